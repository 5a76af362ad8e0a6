// Numbered headings of Chinese official documents: 第X部分, 一、, (一), 1., (1).
#ifndef VERDICT_RUNTIME_DOCUMENT_HEADINGS_H_
#define VERDICT_RUNTIME_DOCUMENT_HEADINGS_H_

#include <cstddef>
#include <optional>
#include <string_view>

namespace verdict::doc {

// Heading levels by numbering style.
inline constexpr int kLevelPart = 0;          // 第一部分, 第一章
inline constexpr int kLevelChinese = 1;       // 一、
inline constexpr int kLevelParenChinese = 2;  // (一)
inline constexpr int kLevelArabic = 3;        // 1.  1、
inline constexpr int kLevelParenArabic = 4;   // (1)

// The most characters a heading's title may have after its numbering before the line counts
// as a numbered paragraph instead.
inline constexpr size_t kMaxHeadingChars = 40;

struct Numbering {
  int level = -1;     // -1: the line does not open with a numbering
  size_t length = 0;  // bytes of the numbering, e.g. "(一)"
};

// The heading numbering that opens `line`, if any. Not numberings: 一是, 2018年, 1.5亿, 2018.5,
// numbers of three or more digits.
Numbering MatchNumbering(std::string_view line);

// Value of a Chinese numeral (一 … 九十九, 一百 …), or -1 if `s` is not one.
int ChineseNumeralValue(std::string_view s);

struct HeadingMatch {
  int level = 0;
  std::string_view numbering;  // views into the matched line
  std::string_view text;       // numbering + title, trimmed, through the terminator if any
  std::string_view run_on;     // body text after the heading on the same line; empty if none
};

// Splits a trimmed `line` into heading and run-on text. The heading ends after the first 。 ; ! ?
// or ':' within kMaxHeadingChars characters of the numbering; without one, a line of at most
// kMaxHeadingChars characters is all heading and a longer one is a numbered paragraph (nullopt).
std::optional<HeadingMatch> MatchHeading(std::string_view line);

}  // namespace verdict::doc

#endif  // VERDICT_RUNTIME_DOCUMENT_HEADINGS_H_
