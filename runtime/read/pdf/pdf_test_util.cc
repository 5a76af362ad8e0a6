// Test helpers for the PDF reader: fixtures live in the source tree (VERDICT_PDF_TESTDATA);
// generated PDFs go to gtest's temporary directory.
#include "runtime/read/pdf/pdf_test_util.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace verdict::read::pdf_test {

std::filesystem::path TestdataDir() { return VERDICT_PDF_TESTDATA; }

std::string ReadBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void WriteBytes(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

bool HavePython() { return std::system("python3 -c pass >/dev/null 2>&1") == 0; }

std::optional<std::string> MakePdf(const std::filesystem::path& text_file, const std::string& args,
                                   std::string* error) {
  static std::atomic<int> counter{0};
  const std::filesystem::path out = std::filesystem::path(::testing::TempDir()) /
                                    ("verdict_pdf_" + std::to_string(++counter) + ".pdf");
  const std::filesystem::path log = out.string() + ".log";
  const std::string command = "python3 '" + (TestdataDir() / "make_pdf.py").string() + "' '" +
                              text_file.string() + "' '" + out.string() + "' " + args + " >'" +
                              log.string() + "' 2>&1";
  if (std::system(command.c_str()) != 0) {
    *error = command + ": " + ReadBytes(log);
    return std::nullopt;
  }
  std::string pdf = ReadBytes(out);
  std::filesystem::remove(out);
  std::filesystem::remove(log);
  return pdf;
}

std::vector<std::string> Lines(std::string_view body) {
  std::vector<std::string> lines;
  while (!body.empty()) {
    const size_t end = body.find('\n');
    lines.emplace_back(body.substr(0, end));
    if (end == std::string_view::npos) break;
    body.remove_prefix(end + 1);
  }
  return lines;
}

}  // namespace verdict::read::pdf_test
