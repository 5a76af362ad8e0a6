// Heading recognition by numbering style. Official documents number their sections in a fixed
// hierarchy (第X部分 > 一、 > (一) > 1. > (1)); the numbering alone gives the level, and a
// short title (or a first clause ended by 。;!?:) separates headings from numbered paragraphs.
#include "runtime/document/headings.h"

#include "runtime/document/scan.h"

namespace verdict::doc {
namespace {

constexpr int kNotNumeral = -2;
constexpr size_t kMaxNumeralChars = 6;  // 一百二十三 and a little slack
constexpr size_t kMaxArabicDigits = 2;  // 1.–99.; longer numbers are years and amounts

// 0-9 for digits (两 counts as 2), -10 / -100 for the units 十 / 百.
int ChineseDigit(char32_t c) {
  switch (c) {
    case U'〇':
    case U'零':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    case U'十':
      return -10;
    case U'百':
      return -100;
    default:
      return kNotNumeral;
  }
}

size_t ChineseNumeralEnd(std::string_view s, size_t i) {
  for (size_t n = 0; i < s.size() && n < kMaxNumeralChars; ++n) {
    if (ChineseDigit(DecodeAt(s, i)) == kNotNumeral) break;
    i += CharLen(s, i);
  }
  return i;
}

// End of a run of 1..kMaxArabicDigits digits at s[i] with a value of at least 1; i if none.
size_t ArabicEnd(std::string_view s, size_t i) {
  size_t j = i;
  int value = 0;
  while (j < s.size() && IsDigit(s[j])) value = value * 10 + (s[j++] - '0');
  return j - i > kMaxArabicDigits || value == 0 ? i : j;
}

bool IsChineseNumeral(std::string_view s, size_t begin, size_t end) {
  return end > begin && ChineseNumeralValue(s.substr(begin, end - begin)) > 0;
}

// Where the heading part of a line may end.
size_t TerminatorLength(std::string_view s, size_t i) {
  if (s[i] == ';' || s[i] == '!' || s[i] == '?' || s[i] == ':') return 1;
  return StartsAt(s, i, "。") ? 3 : 0;
}

}  // namespace

int ChineseNumeralValue(std::string_view s) {
  int total = 0, pending = -1, last_unit = 1000;
  for (size_t i = 0; i < s.size(); i += CharLen(s, i)) {
    const int d = ChineseDigit(DecodeAt(s, i));
    if (d == kNotNumeral) return -1;
    if (d == 0) {
      // 零 only fills a gap after a unit, as in 一百零一.
      if (pending != -1 || total == 0) return -1;
    } else if (d > 0) {
      if (pending != -1) return -1;  // two digits in a row: 二〇二一, 一二
      pending = d;
    } else {
      const int unit = -d;
      if (unit >= last_unit) return -1;
      // A bare 十 means 一十, but only at the start (十一); 百 always needs its digit.
      const int times = pending != -1 ? pending : (unit == 10 && total == 0 ? 1 : -1);
      if (times < 0) return -1;
      total += times * unit;
      pending = -1;
      last_unit = unit;
    }
  }
  total += pending > 0 ? pending : 0;
  return total > 0 ? total : -1;
}

Numbering MatchNumbering(std::string_view line) {
  constexpr std::string_view kDi = "第", kPart = "部分", kChapter = "章", kDun = "、";
  if (line.starts_with(kDi)) {
    const size_t i = kDi.size();
    size_t j = ChineseNumeralEnd(line, i);
    if (!IsChineseNumeral(line, i, j)) j = ArabicEnd(line, i);
    if (j == i) return {};
    if (StartsAt(line, j, kPart)) return {kLevelPart, j + kPart.size()};
    if (StartsAt(line, j, kChapter)) return {kLevelPart, j + kChapter.size()};
    return {};
  }
  if (line.starts_with('(')) {
    size_t j = ChineseNumeralEnd(line, 1);
    if (IsChineseNumeral(line, 1, j) && StartsAt(line, j, ")")) return {kLevelParenChinese, j + 1};
    j = ArabicEnd(line, 1);
    if (j > 1 && StartsAt(line, j, ")")) return {kLevelParenArabic, j + 1};
    return {};
  }
  if (size_t j = ArabicEnd(line, 0); j > 0) {
    size_t end = 0;
    if (StartsAt(line, j, ".")) {
      end = j + 1;
    } else if (StartsAt(line, j, kDun)) {
      end = j + kDun.size();
    } else {
      return {};
    }
    // 1.5亿 is an amount, not item 1.
    if (end < line.size() && IsDigit(line[end])) return {};
    return {kLevelArabic, end};
  }
  const size_t j = ChineseNumeralEnd(line, 0);
  if (IsChineseNumeral(line, 0, j) && StartsAt(line, j, kDun)) {
    return {kLevelChinese, j + kDun.size()};
  }
  return {};
}

std::optional<HeadingMatch> MatchHeading(std::string_view line) {
  const Numbering num = MatchNumbering(line);
  if (num.level < 0) return std::nullopt;
  HeadingMatch h;
  h.level = num.level;
  h.numbering = line.substr(0, num.length);
  size_t i = SkipBlanks(line, num.length);
  for (size_t chars = 0; i < line.size() && chars < kMaxHeadingChars; ++chars) {
    if (const size_t term = TerminatorLength(line, i); term > 0) {
      h.text = Trim(line.substr(0, i + term));
      h.run_on = Trim(line.substr(i + term));
      return h;
    }
    i += CharLen(line, i);
  }
  if (i < line.size()) return std::nullopt;  // a long numbered sentence: a paragraph
  h.text = line;
  return h;
}

}  // namespace verdict::doc
