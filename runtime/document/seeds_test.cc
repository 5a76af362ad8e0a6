// Runs BuildDocument over the shared seed reports and checks title and publication date against
// the seeds' expected.json. The real normalizer lives elsewhere, so this file applies a minimal
// stand-in (full-width ASCII, ideographic and no-break spaces, CRLF) to inputs and expectations.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "runtime/document/document.h"

namespace verdict::doc {
namespace {

namespace fs = std::filesystem;

// Tests run from the project root; CI checks out shared/ beside it.
constexpr std::string_view kSeedsDir = "../shared/corpus/seeds";

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Stand-in for the normalizer: U+FF01..U+FF5E to ASCII; U+3000, U+00A0, tab and the
// U+2000..U+200A spaces (NFKC maps those to ' ' as well) to a space; space runs folded; CRLF and
// CR to LF. Assumes valid UTF-8, as the seeds are.
std::string StandInNormalize(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size();) {
    const auto b = static_cast<unsigned char>(in[i]);
    const size_t len = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    char32_t cp = len == 1 ? b : b & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < len && i + k < in.size(); ++k) {
      cp = (cp << 6) | (static_cast<unsigned char>(in[i + k]) & 0x3F);
    }
    i += len;
    if (cp == '\r') {
      if (i < in.size() && in[i] == '\n') ++i;
      cp = '\n';
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
    if (cp == 0x3000 || cp == 0x00A0 || cp == '\t' || (cp >= 0x2000 && cp <= 0x200A)) cp = ' ';
    if (cp == ' ' && !out.empty() && out.back() == ' ') continue;
    AppendUtf8(cp, &out);
  }
  return out;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(StandInNormalizeTest, MapsWidthSpacesAndLineBreaks) {
  EXPECT_EQ(StandInNormalize("（一）发布时间：２０２１\u3000\u2003来源\r\n下一行\t\u00A0x"),
            "(一)发布时间:2021 来源\n下一行 x");
}

TEST(DocumentSeedsTest, TitleAndPublishedMatchExpected) {
  const fs::path dir(kSeedsDir);
  if (!fs::is_directory(dir)) {
    const char* require = std::getenv("VERDICT_REQUIRE_SHARED");
    if (require != nullptr && std::string_view(require) == "1") {
      FAIL() << kSeedsDir << " not found (cwd " << fs::current_path()
             << ") and VERDICT_REQUIRE_SHARED=1";
    }
    GTEST_SKIP() << "../shared/corpus/seeds not found; CI provides it";
  }
  const nlohmann::json expected = nlohmann::json::parse(ReadFile(dir / "expected.json"));
  const nlohmann::json& documents = expected.at("documents");
  ASSERT_FALSE(documents.empty());
  for (const auto& [name, want] : documents.items()) {
    SCOPED_TRACE(name);
    const fs::path path = dir / name;
    ASSERT_TRUE(fs::is_regular_file(path)) << path;
    const std::string text = StandInNormalize(ReadFile(path));
    const Document doc = BuildDocument(text);

    EXPECT_EQ(Slice(text, doc.title), StandInNormalize(want.at("title").get<std::string>()));
    if (want.contains("published") && !want.at("published").is_null()) {
      ASSERT_TRUE(doc.meta.published.has_value());
      EXPECT_EQ(doc.meta.published->Iso(), want.at("published").get<std::string>());
    } else {
      EXPECT_FALSE(doc.meta.published.has_value());
    }
    // Every seed is a real report: it has a body and numbered sections.
    EXPECT_FALSE(doc.body.empty());
    EXPECT_FALSE(doc.headings.empty());
  }
}

}  // namespace
}  // namespace verdict::doc
