// Skeleton pre-scan: one forward pass that follows just enough of the HTML tokenizer (data
// state, tags with quoted attribute values, comments, doctypes and bogus comments, raw-text,
// RCDATA and script-data elements) to know where character tokens come from, and cuts long
// runs of them. Tree construction only distinguishes whitespace from other characters, so a
// run keeps its leading whitespace exactly and the rest becomes one non-space marker byte.
#include "runtime/read/html/skeleton.h"

#include <algorithm>
#include <array>
#include <utility>

#include "runtime/text/utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace verdict::read::html {
namespace {

// Runs shorter than this (after their leading whitespace) are kept: not worth a marker.
constexpr size_t kMinRun = 12;
// A tag longer than this is most likely an unclosed quote; stop shortening there.
constexpr size_t kMaxTag = size_t{64} << 10;
// Marker bytes to choose from: printable, never part of a character reference or a space.
constexpr std::string_view kMarkerCandidates = "~`^|{}\\";
constexpr size_t kNone = std::string_view::npos;

// Whitespace as the tokenizer sees it (CR becomes LF before tokenizing).
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAlnum(char c) { return IsAlpha(c) || (c >= '0' && c <= '9'); }
inline char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// ASCII bytes a run may hold: printable ones but '<' and '&', and the spaces but CR (gumbo
// rewrites CR, and turns other control characters into U+FFFD).
constexpr std::array<bool, 128> kPlainAscii = [] {
  std::array<bool, 128> plain{};
  for (int c = 0x20; c < 0x7F; ++c) plain[c] = c != '<' && c != '&';
  plain['\t'] = plain['\n'] = plain['\f'] = true;
  return plain;
}();
// In raw text (script, style, …) '<' and '&' are plain characters too.
constexpr std::array<bool, 128> kRawAscii = [] {
  std::array<bool, 128> plain = kPlainAscii;
  plain['<'] = plain['&'] = true;
  return plain;
}();

inline bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

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

// Bits of the 16 bytes at p that may end a run of plain text in valid UTF-8: control bytes,
// '<', '&', DEL, and the lead bytes of C1 controls (C2) and noncharacters (EF, F0..F4).
inline unsigned MaySpecial16(const unsigned char* p) {
#if defined(__SSE2__)
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto eq = [&](int c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(c))); };
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x);
  const __m128i high = _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8(static_cast<char>(0xF0))), x);
  const __m128i hit =
      _mm_or_si128(_mm_or_si128(_mm_or_si128(control, high), eq('<')),
                   _mm_or_si128(_mm_or_si128(eq('&'), eq(0x7F)), _mm_or_si128(eq(0xC2), eq(0xEF))));
  return static_cast<unsigned>(_mm_movemask_epi8(hit));
#else
  unsigned mask = 0;
  for (int k = 0; k < 16; ++k) {
    const unsigned char b = p[k];
    if (b < 0x20 || b == '<' || b == '&' || b == 0x7F || b == 0xC2 || b == 0xEF || b >= 0xF0) {
      mask |= 1u << k;
    }
  }
  return mask;
#endif
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

bool NameIs(std::string_view name, std::string_view lower) {
  if (name.size() != lower.size()) return false;
  for (size_t k = 0; k < name.size(); ++k) {
    if (Lower(name[k]) != lower[k]) return false;
  }
  return true;
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

// Fewest paragraphs a run must have to be cut.
constexpr size_t kMinParagraphs = 2;

// Attributes that survive in start tags: the ones the reader asks gumbo for.
bool KeptAttribute(std::string_view name) {
  for (std::string_view kept : {"class", "id", "style", "role", "hidden", "name", "content"}) {
    if (NameIs(name, kept)) return true;
  }
  return false;
}

// Start tags whose attributes tree construction looks at: the formatting elements (the list of
// active formatting elements compares attributes) and <input> (type=hidden in tables), plus
// <isindex>, which gumbo expands using its attributes.
bool KeepsAllAttributes(std::string_view name) {
  static constexpr std::string_view kNames[] = {"a",  "b",    "big",   "code",   "em",     "font",
                                                "i",  "nobr", "s",     "small",  "strike", "strong",
                                                "tt", "u",    "input", "isindex"};
  for (std::string_view n : kNames) {
    if (NameIs(name, n)) return n != "a";  // <a> comes in pairs that never pile up
  }
  return false;
}

struct Scan {
  std::string text;
  std::vector<SkeletonMarker> markers;
  std::vector<SkeletonCut> cuts;
  std::vector<SkeletonParagraph> paragraphs;
  std::vector<SkeletonAttribute> attributes;
};

class Scanner {
 public:
  // `paragraph_marker` 0: paragraph runs are not cut.
  Scanner(std::string_view page, char marker, char paragraph_marker)
      : page_(page), marker_(marker), paragraph_marker_(paragraph_marker) {}

  Scan Run() {
    const size_t n = page_.size();
    parts_.text.reserve(n / 2);
    size_t i = 0;
    while (i < n) {
      i = Text(i);
      if (i >= n) break;
      const char c = page_[i];
      if (c == '&') {
        // A character reference: its name decides what it decodes to; keep it whole.
        ++i;
        while (i < n && (IsAlnum(page_[i]) || page_[i] == '#' || page_[i] == ';')) ++i;
      } else if (c == '<') {
        const size_t run =
            paragraph_marker_ != 0 && OnlySpaceSince(markup_end_, i) ? ParagraphRun(i) : i;
        i = run > i ? run : Markup(i);
        markup_end_ = i;
      } else {
        // CR, a control character, a character gumbo replaces: kept as it is.
        ++i;
        while (i < n && IsContinuation(static_cast<unsigned char>(page_[i]))) ++i;
      }
    }
    parts_.text.append(page_.substr(copied_));
    return std::move(parts_);
  }

 private:
  // Scans the text run at page_[i]; shortens it when long enough. Returns where it ends.
  size_t Text(size_t i) {
    const size_t end = PlainEnd(i, page_.size(), kPlainAscii);
    size_t body = i;
    while (body < end && IsSpace(page_[body])) ++body;
    Cut(body, end);
    return end;
  }

  // Where the characters gumbo passes through unchanged, from page_[i], end (at most at
  // `limit`, on a character boundary); `ascii` says which ASCII bytes count.
  size_t PlainEnd(size_t i, size_t limit, const std::array<bool, 128>& ascii) const {
    const auto* p = reinterpret_cast<const unsigned char*>(page_.data());
    const size_t n = limit;
    while (i < n) {
      if (n - i >= 16) {
        // Sixteen bytes at a time up to a byte that may end plain text; the page is valid
        // UTF-8, so any other byte is part of a character gumbo keeps. Such a byte is never a
        // continuation byte, so blocks need not start on a character boundary.
        const unsigned mask = MaySpecial16(p + i);
        if (mask == 0) {
          i += 16;
          continue;
        }
        i += static_cast<size_t>(__builtin_ctz(mask));
      } else {
        while (i < n && IsContinuation(p[i])) ++i;  // the rest of a character begun before
        if (i >= n) break;
      }
      const unsigned char b = p[i];
      if (b < 0x80) {
        if (!ascii[b]) break;
        ++i;
        continue;
      }
      // CJK ideographs a run at a time; they are plain text.
      if (const size_t run = text::CjkRunEnd(page_.substr(0, n), i); run > i) {
        i = run;
        continue;
      }
      // Most of Chinese text: three-byte characters outside every special range.
      if (((b >= 0xE1 && b <= 0xEC) || b == 0xEE) && n - i >= 3 && IsContinuation(p[i + 1]) &&
          IsContinuation(p[i + 2])) {
        i += 3;
        continue;
      }
      const size_t len = PlainMultiByte(p + i, n - i);
      if (len == 0) break;
      i += len;
    }
    return i;
  }

  // Cuts page_[begin, end) to a marker when it is long enough.
  void Cut(size_t begin, size_t end, CutKind kind = CutKind::kText) {
    if (end - begin < kMinRun) return;
    parts_.text.append(page_.substr(copied_, begin - copied_));
    parts_.markers.push_back({static_cast<uint32_t>(parts_.text.size()),
                              static_cast<uint32_t>(begin), static_cast<uint32_t>(end), kind});
    parts_.text.push_back(marker_);
    parts_.cuts.push_back({static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(end)});
    copied_ = end;
  }

  // Leaves page_[begin, end) (inside a start tag) out of the skeleton.
  void Delete(size_t begin, size_t end) {
    if (begin >= end) return;
    parts_.text.append(page_.substr(copied_, begin - copied_));
    parts_.cuts.push_back({static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(end)});
    copied_ = end;
  }

  // Deletes the attributes of the start tag whose name ends at `name_end` and whose '>' is at
  // `gt` that the reader never reads, with the whitespace before each, and href's value. Stops
  // (keeping the rest) at anything but plain `name`, `name=value`, `name="value"` syntax.
  void TrimAttributes(size_t name_end, size_t gt) {
    size_t k = name_end;
    size_t previous_end = name_end;  // where the tag name or the last attribute ended
    while (k < gt) {
      while (k < gt && IsSpace(page_[k])) ++k;
      if (k >= gt || !IsAlpha(page_[k])) return;  // '/', odd names: left as they are
      const size_t name_begin = k;
      while (k < gt && (IsAlnum(page_[k]) || page_[k] == '-' || page_[k] == '_' ||
                        page_[k] == ':' || page_[k] == '.')) {
        ++k;
      }
      const size_t name_stop = k;
      if (k < gt && !IsSpace(page_[k]) && page_[k] != '=') return;
      size_t v = k;
      while (v < gt && IsSpace(page_[v])) ++v;
      size_t attribute_end = name_stop;
      if (v < gt && page_[v] == '=') {
        ++v;
        while (v < gt && IsSpace(page_[v])) ++v;
        if (v >= gt) return;
        if (page_[v] == '"' || page_[v] == '\'') {
          const size_t close = page_.find(page_[v], v + 1);
          if (close == kNone || close >= gt) return;
          attribute_end = close + 1;
        } else {
          while (v < gt && !IsSpace(page_[v])) ++v;
          attribute_end = v;
        }
      }
      // What follows must end the attribute by itself once the attribute is gone ("a="b"c"
      // would otherwise join the tag name or the attribute before it to "c").
      const char next = attribute_end < gt ? page_[attribute_end] : '>';
      if (next != '>' && next != '/' && !IsSpace(next)) return;
      const std::string_view name = page_.substr(name_begin, name_stop - name_begin);
      if (NameIs(name, "href")) {
        Delete(name_stop, attribute_end);  // its presence makes a link; its value is never read
      } else if (!KeptAttribute(name)) {
        Delete(previous_end, attribute_end);
      }
      previous_end = attribute_end;
      k = attribute_end;
    }
  }

  bool OnlySpaceSince(size_t from, size_t to) const {
    for (size_t k = from; k < to; ++k) {
      if (!IsSpace(page_[k]) || page_[k] == '\r') return false;
    }
    return true;
  }

  // A run of simple paragraphs starting at page_[i] == '<', right after markup and whitespace:
  // cut to the paragraph marker when it has kMinParagraphs or more and markup follows it, so
  // that its marker shares a text node with whitespace only. Returns where it ends, or i.
  size_t ParagraphRun(size_t i) {
    const size_t first = parts_.paragraphs.size();
    const size_t first_attribute = parts_.attributes.size();
    size_t end = i;       // after the last "</p>" taken
    size_t next = i;      // where the next paragraph would start
    size_t good = first;  // paragraphs before this one are followed by markup
    size_t good_end = i;
    while (next < page_.size() && page_[next] == '<') {
      const size_t after = SimpleParagraph(next);
      if (after == kNone) break;
      end = after;
      next = after;
      while (next < page_.size() && IsSpace(page_[next]) && page_[next] != '\r') ++next;
      if (next >= page_.size() || page_[next] == '<') {
        good = parts_.paragraphs.size();
        good_end = end;
      }
    }
    if (good - first < kMinParagraphs) {
      parts_.paragraphs.resize(first);
      parts_.attributes.resize(first_attribute);
      return i;
    }
    parts_.paragraphs.resize(good);
    parts_.attributes.resize(parts_.paragraphs.back().end_attribute);
    parts_.text.append(page_.substr(copied_, i - copied_));
    SkeletonMarker marker{static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(i),
                          static_cast<uint32_t>(good_end), CutKind::kParagraphs};
    marker.first_paragraph = static_cast<uint32_t>(first);
    marker.end_paragraph = static_cast<uint32_t>(good);
    parts_.markers.push_back(marker);
    parts_.text.push_back(paragraph_marker_);
    parts_.cuts.push_back(
        {static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(good_end)});
    copied_ = good_end;
    return good_end;
  }

  // "<p attributes>text</p>" at page_[i]: recorded, and the position after it returned; kNone
  // when it is anything else. Attributes must be quoted (or bare names), free of references
  // and CR, and not repeat; the text must be plain and not empty.
  size_t SimpleParagraph(size_t i) {
    const size_t n = page_.size();
    if (n - i < 8 || Lower(page_[i + 1]) != 'p') return kNone;
    SkeletonParagraph paragraph;
    paragraph.tag_begin = static_cast<uint32_t>(i);
    paragraph.first_attribute = static_cast<uint32_t>(parts_.attributes.size());
    size_t k = i + 2;
    if (page_[k] != '>' && !IsSpace(page_[k])) return kNone;
    for (;;) {
      while (k < n && IsSpace(page_[k]) && page_[k] != '\r') ++k;
      if (k >= n) return kNone;
      if (page_[k] == '>') break;
      if (!IsAlpha(page_[k])) return kNone;
      SkeletonAttribute attribute;
      attribute.name_begin = static_cast<uint32_t>(k);
      while (k < n && (IsAlnum(page_[k]) || page_[k] == '-' || page_[k] == '_' || page_[k] == ':' ||
                       page_[k] == '.')) {
        ++k;
      }
      attribute.name_end = static_cast<uint32_t>(k);
      if (k >= n) return kNone;
      attribute.value_begin = attribute.value_end = static_cast<uint32_t>(k);
      if (page_[k] == '=') {
        ++k;
        if (k >= n || (page_[k] != '"' && page_[k] != '\'')) return kNone;
        const char quote = page_[k++];
        const size_t close = page_.find(quote, k);
        if (close == kNone || PlainEnd(k, close, kPlainAscii) != close) return kNone;
        attribute.value_begin = static_cast<uint32_t>(k);
        attribute.value_end = static_cast<uint32_t>(close);
        k = close + 1;
        if (k < n && !IsSpace(page_[k]) && page_[k] != '>') return kNone;
      } else if (page_[k] != '>' && !IsSpace(page_[k])) {
        return kNone;
      }
      const std::string_view name =
          page_.substr(attribute.name_begin, attribute.name_end - attribute.name_begin);
      for (size_t a = paragraph.first_attribute; a < parts_.attributes.size(); ++a) {
        const SkeletonAttribute& other = parts_.attributes[a];
        if (NameIs(page_.substr(other.name_begin, other.name_end - other.name_begin),
                   AsciiLowerCopy(name))) {
          return kNone;
        }
      }
      parts_.attributes.push_back(attribute);
    }
    paragraph.end_attribute = static_cast<uint32_t>(parts_.attributes.size());
    paragraph.text_begin = static_cast<uint32_t>(k + 1);
    const size_t text_end = PlainEnd(k + 1, n, kPlainAscii);
    paragraph.text_end = static_cast<uint32_t>(text_end);
    if (text_end == k + 1 || n - text_end < 4 || page_[text_end] != '<' ||
        page_[text_end + 1] != '/' || Lower(page_[text_end + 2]) != 'p' ||
        page_[text_end + 3] != '>') {
      parts_.attributes.resize(paragraph.first_attribute);
      return kNone;
    }
    parts_.paragraphs.push_back(paragraph);
    return text_end + 4;
  }

  static std::string AsciiLowerCopy(std::string_view s) {
    std::string lower(s);
    for (char& c : lower) c = Lower(c);
    return lower;
  }

  // Raw text from `begin` to the end tag at `end`: one text token whatever it holds, so all of
  // it is cut when gumbo passes it through unchanged. Returns where data state resumes.
  size_t RawText(size_t begin, size_t end, CutKind kind) {
    if (end == kNone) return page_.size();
    if (PlainEnd(begin, end, kRawAscii) == end) Cut(begin, end, kind);
    return end;
  }

  // Handles the markup (or literal '<') at page_[i]; returns where data state resumes, or the
  // page size when shortening stops.
  size_t Markup(size_t i) {
    const size_t n = page_.size();
    if (i + 1 >= n) return i + 1;
    const char c1 = page_[i + 1];
    if (IsAlpha(c1)) return StartTag(i);
    if (c1 == '/') {
      if (i + 2 >= n) return n;
      const char c2 = page_[i + 2];
      if (c2 == '>') return i + 3;
      std::string_view name;
      const size_t end = IsAlpha(c2) ? TagEnd(page_, i + 2, name) : GreaterEnd(page_, i + 2);
      return Checked(i, end);
    }
    if (c1 == '!') {
      const bool comment = page_.compare(i + 2, 2, "--") == 0;
      return Checked(i, comment ? CommentEnd(page_, i) : GreaterEnd(page_, i + 2));
    }
    if (c1 == '?') return Checked(i, GreaterEnd(page_, i + 2));
    return i + 1;  // a literal '<'
  }

  size_t StartTag(size_t i) {
    std::string_view name;
    const size_t end = Checked(i, TagEnd(page_, i + 1, name));
    if (end >= page_.size()) return end;
    if (NameIs(name, "plaintext") || NameIs(name, "svg") || NameIs(name, "math") ||
        NameIs(name, "frameset")) {
      return page_.size();  // the rest is not HTML text as the pre-scan models it
    }
    if (!KeepsAllAttributes(name)) TrimAttributes(i + 1 + name.size(), end - 1);
    if (NameIs(name, "script")) return RawText(end, ScriptEnd(page_, end), CutKind::kScript);
    static constexpr std::pair<std::string_view, CutKind> kRaw[] = {
        {"style", CutKind::kStyle},
        {"xmp", CutKind::kXmp},
        {"iframe", CutKind::kIframe},
        {"noembed", CutKind::kNoembed},
        {"noframes", CutKind::kNoframes}};
    for (const auto& [raw, kind] : kRaw) {
      if (NameIs(name, raw)) return RawText(end, RawTextEnd(page_, end, raw), kind);
    }
    // RCDATA decodes references: kept as it is.
    for (std::string_view rcdata : {"title", "textarea"}) {
      if (NameIs(name, rcdata)) return Resume(RawTextEnd(page_, end, rcdata));
    }
    return end;
  }

  // `end` of markup that started at `start`, or the page size (stop) when it ran off the page
  // or is suspiciously long.
  size_t Checked(size_t start, size_t end) const {
    return end == kNone || end - start > kMaxTag ? page_.size() : end;
  }
  size_t Resume(size_t at) const { return at == kNone ? page_.size() : at; }

  std::string_view page_;
  char marker_;
  char paragraph_marker_;
  size_t copied_ = 0;      // page bytes before this are in parts_.text
  size_t markup_end_ = 0;  // where the last markup (or a reference or odd byte) ended
  Scan parts_;
};

}  // namespace

Skeleton Skeleton::Build(std::string_view page) {
  Skeleton skeleton;
  if (page.empty() || page.size() >= UINT32_MAX || page.find('\0') != kNone) return skeleton;
  char marker = 0;
  char paragraph_marker = 0;
  for (char candidate : kMarkerCandidates) {
    if (page.find(candidate) != kNone) continue;
    if (marker == 0) {
      marker = candidate;
    } else {
      paragraph_marker = candidate;
      break;
    }
  }
  if (marker == 0) return skeleton;
  Scan parts = Scanner(page, marker, paragraph_marker).Run();
  if (parts.cuts.empty()) return skeleton;
  skeleton.text_ = std::move(parts.text);
  skeleton.markers_ = std::move(parts.markers);
  skeleton.cuts_ = std::move(parts.cuts);
  skeleton.paragraphs_ = std::move(parts.paragraphs);
  skeleton.attributes_ = std::move(parts.attributes);
  skeleton.marker_ = marker;
  skeleton.paragraph_marker_ = paragraph_marker;
  return skeleton;
}

namespace {

// Index of the first element of `items` whose key(item) >= value (when `strict`, > value),
// searching a few steps outward from `hint` first (updated to the answer), then by bisection.
template <typename T, typename Key>
size_t HintedBound(const std::vector<T>& items, uint32_t value, bool strict, size_t& hint,
                   Key key) {
  const auto before = [&](size_t k) {
    return strict ? key(items[k]) <= value : key(items[k]) < value;
  };
  constexpr int kSteps = 8;
  const size_t n = items.size();
  size_t k = std::min(hint, n);
  int steps = 0;
  while (k < n && before(k) && steps++ < kSteps) ++k;
  while (k > 0 && !before(k - 1) && steps++ < kSteps) --k;
  if ((k < n && before(k)) || (k > 0 && !before(k - 1))) {
    k = static_cast<size_t>(std::partition_point(items.begin(), items.end(),
                                                 [&](const T& item) {
                                                   return strict ? key(item) <= value
                                                                 : key(item) < value;
                                                 }) -
                            items.begin());
  }
  hint = k;
  return k;
}

}  // namespace

size_t Skeleton::FirstMarkerFrom(uint32_t offset) const {
  size_t hint = 0;
  return FirstMarkerFrom(offset, hint);
}

size_t Skeleton::FirstMarkerFrom(uint32_t offset, size_t& hint) const {
  return HintedBound(markers_, offset, /*strict=*/false, hint,
                     [](const SkeletonMarker& m) { return m.skeleton; });
}

uint32_t Skeleton::ToPage(uint32_t offset) const {
  size_t hint = 0;
  return ToPage(offset, hint);
}

uint32_t Skeleton::ToPage(uint32_t offset, size_t& hint) const {
  // The last cut at or before `offset` says where the page is.
  const size_t after = HintedBound(cuts_, offset, /*strict=*/true, hint,
                                   [](const SkeletonCut& c) { return c.skeleton_end; });
  if (after == 0) return offset;
  const SkeletonCut& c = cuts_[after - 1];
  return c.page_end + (offset - c.skeleton_end);
}

}  // namespace verdict::read::html
