// The tokenizer states the skeleton pre-scan follows: tag ends with quoted attribute values,
// script data with its escaped states, raw text and RCDATA ends, comments, bogus comments and
// doctypes; and which characters gumbo passes through unchanged.
#include <algorithm>
#include <array>

#include "runtime/read/html/skeleton_scanner.h"

namespace verdict::read::html::skeleton {

// ASCII bytes a run may hold: printable ones but '<' and '&', and the spaces but CR (gumbo
// rewrites CR, and turns other control characters into U+FFFD).
const std::array<bool, 128> kPlainAscii = [] {
  std::array<bool, 128> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[c] = c != '<' && c != '&';
  plain['\t'] = plain['\n'] = plain['\f'] = true;
  return plain;
}();
// In raw text (script, style, …) '<' and '&' are plain characters too.
const std::array<bool, 128> kRawAscii = [] {
  std::array<bool, 128> plain = kPlainAscii;
  plain['<'] = plain['&'] = true;
  return plain;
}();
// RCDATA (title) decodes references: only '<' is plain there.
const std::array<bool, 128> kRcdataAscii = [] {
  std::array<bool, 128> plain = kPlainAscii;
  plain['<'] = true;
  return plain;
}();

// Length of the multi-byte character at p (left bytes available) when gumbo passes it through
// unchanged: well-formed, not a C1 control, not a noncharacter. 0 otherwise.
size_t PlainMultiByte(const unsigned char* p, size_t left) {
  const unsigned char b = p[0];
  if (b >= 0xC2 && b <= 0xDF) {
    if (left < 2 || !IsContinuation(p[1])) return 0;
    return b == 0xC2 && p[1] < 0xA0 ? 0 : 2;  // U+0080..U+009F
  }
  if (b >= 0xE0 && b <= 0xEF) {
    if (left < 3 || !IsContinuation(p[1]) || !IsContinuation(p[2])) return 0;
    if (b == 0xE0 && p[1] < 0xA0) return 0;                                   // overlong
    if (b == 0xED && p[1] >= 0xA0) return 0;                                  // surrogates
    if (b == 0xEF && p[1] == 0xB7 && p[2] >= 0x90 && p[2] <= 0xAF) return 0;  // U+FDD0..FDEF
    if (b == 0xEF && p[1] == 0xBF && p[2] >= 0xBE) return 0;                  // U+FFFE, FFFF
    return 3;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    if (left < 4 || !IsContinuation(p[1]) || !IsContinuation(p[2]) || !IsContinuation(p[3])) {
      return 0;
    }
    if ((b == 0xF0 && p[1] < 0x90) || (b == 0xF4 && p[1] >= 0x90)) return 0;
    if ((p[1] & 0x0F) == 0x0F && p[2] == 0xBF && p[3] >= 0xBE) return 0;  // U+xFFFE, xFFFF
    return 4;
  }
  return 0;
}

// True when s[at..] is "</" + `name` (ASCII case-insensitive) + a space, '/' or '>'.
bool EndTagAt(std::string_view s, size_t at, std::string_view name) {
  if (s.size() - at < name.size() + 3 || s[at] != '<' || s[at + 1] != '/') return false;
  for (size_t k = 0; k < name.size(); ++k) {
    if (Lower(s[at + 2 + k]) != name[k]) return false;
  }
  const char after = s[at + 2 + name.size()];
  return IsSpace(after) || after == '/' || after == '>';
}

// Like EndTagAt for a start tag "<name".
bool StartTagAt(std::string_view s, size_t at, std::string_view name) {
  if (s.size() - at < name.size() + 2 || s[at] != '<') return false;
  for (size_t k = 0; k < name.size(); ++k) {
    if (Lower(s[at + 1 + k]) != name[k]) return false;
  }
  const char after = s[at + 1 + name.size()];
  return IsSpace(after) || after == '/' || after == '>';
}

// The tag whose name starts at s[at]: sets `name` and returns the position after its '>'
// (kNone when the page ends inside it). Follows the attribute states, so a '>' inside a quoted
// value does not end the tag.
size_t TagEnd(std::string_view s, size_t at, std::string_view& name) {
  const size_t n = s.size();
  size_t k = at;
  while (k < n && !IsSpace(s[k]) && s[k] != '/' && s[k] != '>') ++k;
  name = s.substr(at, k - at);
  enum class State { kBeforeName, kName, kAfterName, kBeforeValue, kUnquoted, kAfterQuoted };
  State state = State::kBeforeName;
  for (; k < n; ++k) {
    const char c = s[k];
    if (c == '>') return k + 1;  // outside quotes, '>' always ends the tag
    switch (state) {
      case State::kBeforeName:
      case State::kAfterQuoted:
        // '/' (self-closing) reconsumes into the state before an attribute name.
        if (!IsSpace(c) && c != '/') state = State::kName;
        break;
      case State::kName:
        if (IsSpace(c)) state = State::kAfterName;
        if (c == '/') state = State::kBeforeName;
        if (c == '=') state = State::kBeforeValue;
        break;
      case State::kAfterName:
        if (c == '=') state = State::kBeforeValue;
        if (c == '/') state = State::kBeforeName;
        if (!IsSpace(c) && c != '=' && c != '/') state = State::kName;
        break;
      case State::kBeforeValue:
        if (c == '"' || c == '\'') {
          const size_t close = s.find(c, k + 1);
          if (close == kNone) return kNone;
          k = close;
          state = State::kAfterQuoted;
        } else if (!IsSpace(c)) {
          state = State::kUnquoted;
        }
        break;
      case State::kUnquoted:
        if (IsSpace(c)) state = State::kBeforeName;
        break;
    }
  }
  return kNone;
}

// Where the script data starting at s[k] ends: the '<' of its "</script" end tag, kNone when
// the page ends first. Follows the escaped ("<!--") and double-escaped ("<!--<script>") states.
size_t ScriptEnd(std::string_view s, size_t k) {
  enum class State { kData, kEscaped, kDoubleEscaped };
  State state = State::kData;
  int dashes = 0;  // '-' just seen in the escaped states
  const size_t n = s.size();
  while (k < n) {
    if (state == State::kData) {
      k = s.find('<', k);
      if (k == kNone) return kNone;
      if (EndTagAt(s, k, "script")) return k;
      if (s.compare(k, 4, "<!--") == 0) {
        state = State::kEscaped;
        dashes = 2;
        k += 4;
        continue;
      }
      ++k;
      continue;
    }
    const char c = s[k];
    if (c == '-') {
      ++dashes;
      ++k;
      continue;
    }
    if (c == '>' && dashes >= 2) {
      state = State::kData;
      dashes = 0;
      ++k;
      continue;
    }
    dashes = 0;
    if (c == '<') {
      if (state == State::kEscaped) {
        if (EndTagAt(s, k, "script")) return k;
        if (StartTagAt(s, k, "script")) {
          state = State::kDoubleEscaped;
          k += 8;  // the delimiter after the name is consumed too
          continue;
        }
      } else if (EndTagAt(s, k, "script")) {
        state = State::kEscaped;
        k += 9;
        continue;
      }
    }
    ++k;
  }
  return kNone;
}

// The '<' of the end tag closing raw text or RCDATA element `name` from s[k], or kNone.
size_t RawTextEnd(std::string_view s, size_t k, std::string_view name) {
  for (k = s.find("</", k); k != kNone; k = s.find("</", k + 2)) {
    if (EndTagAt(s, k, name)) return k;
  }
  return kNone;
}

// Where a comment starting "<!--" at s[at] ends (after its '>'), or kNone.
size_t CommentEnd(std::string_view s, size_t at) {
  const size_t p = at + 4;
  if (p < s.size() && s[p] == '>') return p + 1;                         // <!-->
  if (p + 1 < s.size() && s[p] == '-' && s[p + 1] == '>') return p + 2;  // <!--->
  const size_t dash = s.find("-->", p);
  const size_t bang = s.find("--!>", p);
  if (dash == kNone && bang == kNone) return kNone;
  return dash <= bang ? dash + 3 : bang + 4;
}

// After a bogus comment or doctype starting at s[from]: the first '>' ends it.
size_t GreaterEnd(std::string_view s, size_t from) {
  const size_t gt = s.find('>', from);
  return gt == kNone ? kNone : gt + 1;
}

}  // namespace verdict::read::html::skeleton
