// Round trip of the shared seed reports through make_pdf.py and ReadPdf: the body must give
// back the text file's non-empty lines, so wrapping, page breaks and footers leave no trace.
// Needs ../shared (tests run from the project root) and python3.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "runtime/read/pdf/pdf_reader.h"
#include "runtime/read/pdf/pdf_test_util.h"

namespace verdict::read {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSeedsDir = "../shared/corpus/seeds";

// A PDF has no space characters, only gaps (and none where a line wrapped), so lines are
// compared with all whitespace (ASCII, NBSP, U+2000..U+200A, U+3000) removed.
std::string WithoutSpaces(std::string_view line) {
  std::string out;
  for (size_t i = 0; i < line.size();) {
    const auto b = static_cast<unsigned char>(line[i]);
    if (b == ' ' || b == '\t' || b == '\r') {
      ++i;
    } else if (line.substr(i).starts_with("\xC2\xA0")) {
      i += 2;
    } else if (line.substr(i).starts_with("\xE3\x80\x80") ||
               (line.substr(i).starts_with("\xE2\x80") && i + 2 < line.size() &&
                static_cast<unsigned char>(line[i + 2]) <= 0x8A)) {
      i += 3;
    } else {
      out.push_back(line[i++]);
    }
  }
  return out;
}

std::vector<std::string> NonEmptyLines(std::string_view text) {
  std::vector<std::string> out;
  for (const std::string& line : pdf_test::Lines(text)) {
    std::string squeezed = WithoutSpaces(line);
    if (!squeezed.empty()) out.push_back(std::move(squeezed));
  }
  return out;
}

TEST(PdfSeedsTest, BodyLinesEqualTheTextLines) {
  if (!fs::is_directory(kSeedsDir)) {
    const char* require = std::getenv("VERDICT_REQUIRE_SHARED");
    if (require != nullptr && std::string_view(require) == "1") {
      FAIL() << kSeedsDir << " not found (cwd " << fs::current_path()
             << ") and VERDICT_REQUIRE_SHARED=1";
    }
    GTEST_SKIP() << kSeedsDir << " not found: the shared seed corpus is not beside this clone "
                 << "(CI provides it); skipping";
  }
  if (!pdf_test::HavePython()) GTEST_SKIP() << "python3 not found; cannot run make_pdf.py";
  size_t seeds = 0;
  for (const auto& entry : fs::directory_iterator(kSeedsDir)) {
    if (entry.path().extension() != ".txt") continue;
    ++seeds;
    const std::vector<std::string> want = NonEmptyLines(pdf_test::ReadBytes(entry.path()));
    // Full pages, and short pages so that many paragraphs continue on the next page.
    for (const std::string args : {"", "--lines-per-page 9 --header 某区人民政府"}) {
      SCOPED_TRACE(entry.path().filename().string() + " " + args);
      std::string error;
      const auto pdf = pdf_test::MakePdf(entry.path(), args, &error);
      ASSERT_TRUE(pdf.has_value()) << error;
      const auto result = ReadPdf(*pdf, ReadOptions{});
      ASSERT_TRUE(result.ok()) << result.error().code << ": " << result.error().message;
      const std::vector<std::string> got = NonEmptyLines(result->body);
      size_t i = 0;
      while (i < got.size() && i < want.size() && got[i] == want[i]) ++i;
      if (i < got.size() || i < want.size()) {
        ADD_FAILURE() << "first difference at non-empty line " << i + 1 << " of " << want.size()
                      << "\n  text: " << (i < want.size() ? want[i] : "(none)")
                      << "\n  pdf:  " << (i < got.size() ? got[i] : "(none)");
      }
    }
  }
  EXPECT_GT(seeds, 0u) << "no .txt seeds in " << kSeedsDir;
}

}  // namespace
}  // namespace verdict::read
