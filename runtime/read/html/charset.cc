// Charset handling for HTML pages: a small scanner for <meta> charset declarations in the page
// prefix, and the decode decision (declared legacy encodings strictly through ICU, everything
// else, including declarations the bytes contradict, through text::Decode).
#include "runtime/read/html/charset.h"

#include <utility>

#include "runtime/read/html/char_class.h"
#include "runtime/text/icu_decode.h"
#include "runtime/text/sniff.h"
#include "runtime/text/utf8.h"

namespace verdict::read::html {
namespace {

// Well-formed multi-byte UTF-8 sequences that mark a page declared GBK as really UTF-8 (when
// the whole page is valid UTF-8): GBK Chinese text essentially never is.
constexpr uint64_t kUtf8Evidence = 4;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string Trim(std::string_view s) {
  while (!s.empty() && (IsSpace(s.front()) || s.front() == '"' || s.front() == '\'')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (IsSpace(s.back()) || s.back() == '"' || s.back() == '\'')) {
    s.remove_suffix(1);
  }
  return AsciiLower(s);
}

// The value after "charset=" in a Content-Type string, or empty.
std::string CharsetFromContentType(std::string_view content) {
  const std::string lower = AsciiLower(content);
  const size_t at = lower.find("charset");
  if (at == std::string::npos) return {};
  size_t k = at + 7;
  while (k < lower.size() && IsSpace(lower[k])) ++k;
  if (k >= lower.size() || lower[k] != '=') return {};
  ++k;
  while (k < lower.size() && (IsSpace(lower[k]) || lower[k] == '"' || lower[k] == '\'')) ++k;
  size_t end = k;
  while (end < lower.size() && !IsSpace(lower[end]) && lower[end] != ';' && lower[end] != '"' &&
         lower[end] != '\'') {
    ++end;
  }
  return lower.substr(k, end - k);
}

// Attributes of the tag whose name ends just before `pos`, up to its '>'. Calls
// on_attr(name_lower, value) for each; returns the position after the tag.
template <typename F>
size_t ScanAttributes(std::string_view s, size_t pos, F&& on_attr) {
  size_t k = pos;
  while (k < s.size() && s[k] != '>') {
    while (k < s.size() && (IsSpace(s[k]) || s[k] == '/')) ++k;
    const size_t name = k;
    while (k < s.size() && !IsSpace(s[k]) && s[k] != '=' && s[k] != '>' && s[k] != '/') ++k;
    const std::string attr = AsciiLower(s.substr(name, k - name));
    while (k < s.size() && IsSpace(s[k])) ++k;
    std::string_view value;
    if (k < s.size() && s[k] == '=') {
      ++k;
      while (k < s.size() && IsSpace(s[k])) ++k;
      if (k < s.size() && (s[k] == '"' || s[k] == '\'')) {
        const char quote = s[k++];
        const size_t start = k;
        while (k < s.size() && s[k] != quote) ++k;
        value = s.substr(start, k - start);
        if (k < s.size()) ++k;
      } else {
        const size_t start = k;
        while (k < s.size() && !IsSpace(s[k]) && s[k] != '>') ++k;
        value = s.substr(start, k - start);
      }
    }
    if (!attr.empty()) on_attr(attr, value);
    if (k == name) ++k;  // a stray character; move on
  }
  return k;
}

bool StartsWithIgnoreCase(std::string_view s, size_t pos, std::string_view lower) {
  if (s.size() - pos < lower.size()) return false;
  for (size_t i = 0; i < lower.size(); ++i) {
    char c = s[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

Result<text::DecodedText, text::ReadError> DecodeDeclared(std::string_view bytes,
                                                          const char* charset) {
  auto strict = text::DecodeStrict(bytes, 0, charset, charset);
  if (!strict.ok()) return text::Decode(bytes);
  if (text::IsBlank(strict->utf8)) return text::Decode(bytes);  // reports the empty document
  return std::move(strict).value();
}

}  // namespace

std::string DeclaredCharset(std::string_view bytes) {
  const std::string_view s = bytes.substr(0, kCharsetPrefix);
  if (StartsWithIgnoreCase(s, 0, "<?xml")) {
    std::string found;
    ScanAttributes(s, 5, [&](const std::string& name, std::string_view value) {
      if (name == "encoding") found = Trim(value);
    });
    if (!found.empty()) return found;
  }
  for (size_t pos = s.find('<'); pos != std::string_view::npos; pos = s.find('<', pos + 1)) {
    if (StartsWithIgnoreCase(s, pos, "<!--")) {
      const size_t end = s.find("-->", pos + 4);
      if (end == std::string_view::npos) break;
      pos = end + 2;
      continue;
    }
    if (!StartsWithIgnoreCase(s, pos, "<meta") || pos + 5 >= s.size() ||
        !(IsSpace(s[pos + 5]) || s[pos + 5] == '/')) {
      continue;
    }
    std::string charset;
    std::string content;
    bool content_type = false;
    ScanAttributes(s, pos + 5, [&](const std::string& name, std::string_view value) {
      if (name == "charset") charset = Trim(value);
      if (name == "content") content = std::string(value);
      if (name == "http-equiv") content_type = Trim(value) == "content-type";
    });
    if (!charset.empty()) return charset;
    if (content_type || !content.empty()) {
      std::string from_content = CharsetFromContentType(content);
      if (!from_content.empty()) return from_content;
    }
  }
  return {};
}

std::string CanonicalCharset(std::string_view label) {
  const std::string l = AsciiLower(label);
  if (l == "gbk" || l == "gb2312" || l == "gb18030" || l == "x-gbk" || l == "cp936" ||
      l == "ms936" || l == "windows-936" || l == "euc-cn" || l == "csgb2312" || l == "gb_2312" ||
      l == "gb_2312-80" || l == "csgbk" || l == "x-euc-cn" || l == "chinese" || l == "iso-ir-58") {
    return "GB18030";
  }
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "x-unicode20utf8") {
    return "UTF-8";
  }
  if (l == "big5" || l == "big5-hkscs" || l == "cn-big5" || l == "x-x-big5" || l == "csbig5") {
    return "Big5";
  }
  return {};
}

Result<text::DecodedText, text::ReadError> DecodeHtml(std::string_view bytes) {
  // Declared UTF-8, undeclared or unsupported: valid UTF-8 stays UTF-8, and bytes that are not
  // (a "utf-8" page saved as GBK) go through the GB18030 detection. (Checked first: the
  // declaration is in the first bytes, and text::Decode does its own binary checks.)
  const std::string encoding = CanonicalCharset(DeclaredCharset(bytes));
  if (encoding != "GB18030" && encoding != "Big5") return text::Decode(bytes);
  // BOMs, binary files and empty input are text::Decode's business whatever the markup says.
  if (bytes.empty() || bytes.starts_with("\xEF\xBB\xBF") || bytes.starts_with("\xFF\xFE") ||
      bytes.starts_with("\xFE\xFF") || text::SniffBinaryMagic(bytes) ||
      text::LooksBinary(text::CountControlBytes(bytes), bytes.size())) {
    return text::Decode(bytes);
  }
  // A legacy declaration left in a template whose page is now UTF-8.
  if (text::FindInvalidUtf8(bytes) == std::string_view::npos &&
      text::CountUtf8(bytes).multibyte >= kUtf8Evidence) {
    return text::Decode(bytes);
  }
  return DecodeDeclared(bytes, encoding.c_str());
}

}  // namespace verdict::read::html
