// Helpers shared by the HTML reader tests: fixture loading, charset conversion with ICU (to
// build GBK/Big5 inputs and to count characters in them), and splitting a body into lines.
#ifndef VERDICT_RUNTIME_READ_HTML_TEST_UTIL_H_
#define VERDICT_RUNTIME_READ_HTML_TEST_UTIL_H_

#include <unicode/ucnv.h>

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace verdict::read::html::testing {

inline std::string ReadFixture(std::string_view name) {
  std::ifstream in(std::string(VERDICT_HTML_TESTDATA) + "/" + std::string(name), std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Converts `text` from charset `from` to charset `to` (ICU names); empty on failure.
inline std::string Convert(std::string_view text, const char* from, const char* to) {
  std::string out(text.size() * 4 + 16, '\0');
  UErrorCode status = U_ZERO_ERROR;
  const int32_t n = ucnv_convert(to, from, out.data(), static_cast<int32_t>(out.size()),
                                 text.data(), static_cast<int32_t>(text.size()), &status);
  if (U_FAILURE(status)) return {};
  out.resize(static_cast<size_t>(n));
  return out;
}

inline std::string ToGb18030(std::string_view utf8) { return Convert(utf8, "UTF-8", "GB18030"); }

// Lines of `body` without their breaks.
inline std::vector<std::string> Lines(std::string_view body) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < body.size()) {
    size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    lines.emplace_back(body.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

struct FilePosition {
  uint32_t line = 0;
  uint32_t column = 0;
  bool operator==(const FilePosition&) const = default;
};

// 1-based line and column (in characters) of byte `offset` of file `bytes` in `charset`,
// computed from the raw bytes: lines end at '\n'; the column counts the characters of the
// line before `offset`, decoded with ICU.
inline FilePosition PositionInFile(std::string_view bytes, size_t offset, const char* charset) {
  FilePosition pos;
  const std::string_view before = bytes.substr(0, offset);
  pos.line = 1;
  for (char c : before) pos.line += c == '\n';
  const size_t line_start =
      before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  const std::string utf8 = Convert(before.substr(line_start), charset, "UTF-8");
  pos.column = 1;
  for (unsigned char c : utf8) pos.column += (c & 0xC0) != 0x80;
  return pos;
}

}  // namespace verdict::read::html::testing

#endif  // VERDICT_RUNTIME_READ_HTML_TEST_UTIL_H_
