// Aligns a parser-decoded string with its source text in one forward pass: equal code points
// advance both sides; a character reference in the source accounts for the one or two code
// points it decodes to; anything else resynchronises within a short window.
#include "runtime/read/html/source_align.h"

#include <algorithm>
#include <array>

#include "runtime/read/html/char_class.h"
#include "runtime/read/html/text_counts.h"

namespace verdict::read::html {
namespace {

// How far ahead in the source a lost alignment looks for the next decoded code point.
constexpr size_t kResyncWindow = 24;

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Named references common on Chinese portal pages. Any name with ';' that the parser knows
// decodes; these are the ones we trust to have decoded even when the decoded text happens to
// spell the reference out literally ("&amp;amp;").
constexpr std::array<std::string_view, 36> kKnownNames = {
    "nbsp",  "amp",    "lt",    "gt",     "quot",   "apos",   "copy",  "reg",  "middot",
    "ldquo", "rdquo",  "lsquo", "rsquo",  "hellip", "mdash",  "ndash", "bull", "times",
    "yen",   "emsp",   "ensp",  "thinsp", "deg",    "plusmn", "sect",  "para", "laquo",
    "raquo", "divide", "rarr",  "larr",   "trade",  "cent",   "pound", "euro", "shy"};

// Length of the character reference starting at raw[pos] == '&', or 0 when none starts there.
// `known` says whether it certainly decodes (numeric, or a well-known name with ';').
size_t ReferenceLength(std::string_view raw, size_t pos, bool& known) {
  known = false;
  size_t k = pos + 1;
  if (k < raw.size() && raw[k] == '#') {
    ++k;
    const bool hex = k < raw.size() && (raw[k] == 'x' || raw[k] == 'X');
    if (hex) ++k;
    const size_t digits = k;
    while (k < raw.size() && (hex ? IsHexDigit(raw[k]) : (raw[k] >= '0' && raw[k] <= '9'))) ++k;
    if (k == digits) return 0;
    if (k < raw.size() && raw[k] == ';') ++k;
    known = true;
    return k - pos;
  }
  const size_t name = k;
  while (k < raw.size() && IsAsciiAlnum(raw[k])) ++k;
  if (k == name) return 0;
  const std::string_view ident = raw.substr(name, k - name);
  if (k < raw.size() && raw[k] == ';') {
    ++k;
    known = std::find(kKnownNames.begin(), kKnownNames.end(), ident) != kKnownNames.end();
  }
  return k - pos;
}

// True when raw[pos..] starts with `bytes` (one code point, 1..4 bytes).
inline bool SameAt(std::string_view raw, size_t pos, std::string_view bytes) {
  if (raw.size() - std::min(pos, raw.size()) < bytes.size()) return false;
  for (size_t k = 0; k < bytes.size(); ++k) {
    if (raw[pos + k] != bytes[k]) return false;
  }
  return true;
}

}  // namespace

void AlignToSource(std::string_view decoded, std::string_view raw, uint32_t raw_base,
                   std::vector<uint32_t>& offsets) {
  offsets.resize(decoded.size());
  if (decoded == raw) {
    // Most text has no references and no CR: every byte maps to its character's first byte.
    FillCharStarts(decoded, 0, decoded.size(), raw_base, offsets.data());
    return;
  }
  size_t r = 0;             // position in raw
  size_t entity_start = 0;  // raw position of the last reference consumed
  int entity_extra = 0;     // code points still allowed to come from that reference
  const auto at = [&](size_t raw_pos) {
    return raw_base + static_cast<uint32_t>(std::min(raw_pos, raw.size()));
  };
  for (size_t d = 0; d < decoded.size();) {
    const CodePoint cp = DecodeCodePoint(decoded, d);
    const std::string_view bytes = decoded.substr(d, cp.length);
    uint32_t source = at(r);
    if (r < raw.size() && raw[r] == '&') {
      bool known = false;
      const size_t len = ReferenceLength(raw, r, known);
      const bool literal = len == 0 || (!known && decoded.substr(d, len) == raw.substr(r, len));
      if (literal) {
        r += 1;  // a bare '&'
      } else {
        entity_start = r;
        entity_extra = 1;  // a reference decodes to at most two code points
        r += len;
      }
    } else if (SameAt(raw, r, bytes)) {
      r += bytes.size();
      entity_extra = 0;
    } else if (cp.value == '\n' && r < raw.size() && raw[r] == '\r') {
      r += (r + 1 < raw.size() && raw[r + 1] == '\n') ? 2 : 1;
      entity_extra = 0;
    } else if (entity_extra > 0) {
      source = at(entity_start);
      --entity_extra;
    } else {
      // Lost: look a little ahead for this code point; otherwise map it here and move on.
      const std::string_view window = raw.substr(r, kResyncWindow);
      const size_t found = window.find(bytes);
      if (found != std::string_view::npos) {
        source = at(r + found);
        r += found + bytes.size();
      }
    }
    for (size_t k = 0; k < cp.length; ++k) offsets[d + k] = source;
    d += cp.length;
  }
}

}  // namespace verdict::read::html
