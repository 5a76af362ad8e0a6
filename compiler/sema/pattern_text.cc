// Normalization of pattern text for the matcher; see pattern_text.h.
#include "compiler/sema/pattern_text.h"

#include "runtime/text/normalize.h"
#include "runtime/text/simplify.h"
#include "runtime/text/utf8.h"

namespace verdict::sema {
namespace {

bool IsAsciiPunct(unsigned char c) {
  return c < 0x80 && c > ' ' && !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                                  (c >= 'A' && c <= 'Z') || c == '_');
}

// Appends normalized text, escaping every ASCII punctuation character so it matches itself.
void AppendEscaped(std::string* out, std::string_view normalized) {
  for (char ch : normalized) {
    if (IsAsciiPunct(static_cast<unsigned char>(ch))) *out += '\\';
    *out += ch;
  }
}


}  // namespace

std::string LiteralToExpression(std::string_view literal) {
  std::string normalized = text::NormalizeString(text::SimplifyString(literal));
  std::string out;
  if (normalized.find_first_not_of(' ') == std::string::npos) return out;  // matches nothing useful
  AppendEscaped(&out, normalized);
  return out;
}

std::string NormalizeRegex(std::string_view regex) {
  std::string out;
  size_t i = 0;
  while (i < regex.size()) {
    unsigned char c = static_cast<unsigned char>(regex[i]);
    if (c == '\\' && i + 1 < regex.size()) {
      unsigned char next = static_cast<unsigned char>(regex[i + 1]);
      if (next < 0x80) {
        out.append(regex.substr(i, 2));  // \d, \s, \(, \x{...} stay as written
        i += 2;
        continue;
      }
      ++i;  // an escaped non-ASCII character is just that character
      c = next;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t n = std::min(text::Utf8SequenceLength(c), regex.size() - i);
    AppendEscaped(&out, text::NormalizeString(text::SimplifyString(regex.substr(i, n))));
    i += n;
  }
  return out;
}

}  // namespace verdict::sema
