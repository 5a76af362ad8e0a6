// Counter rendering for w:numFmt: decimal variants, letters, roman numerals and the Chinese
// styles government reports use for 一、 and （一） headings. Formats a value cannot be drawn in
// (letters past a sensible length, stems past 癸) fall back to decimal, as Word does.
#include "runtime/read/docx/number_format.h"

#include <array>
#include <utility>

#include "runtime/text/utf8.h"

namespace verdict::read::docx {
namespace {

constexpr std::array<const char*, 10> kChineseDigits = {"〇", "一", "二", "三", "四",
                                                        "五", "六", "七", "八", "九"};
constexpr std::array<const char*, 10> kLegalDigits = {"零", "壹", "贰", "叁", "肆",
                                                      "伍", "陆", "柒", "捌", "玖"};

// 1..9999 with units 十 百 千: 十一, 一百零五, 一千零一十. `digits` gives 0..9; `units` gives
// 十 百 千; `short_ten` drops the 一 of 一十 at the start (chineseCounting writes 十一).
std::string ChineseBelowTenThousand(int64_t n, const std::array<const char*, 10>& digits,
                                    const std::array<const char*, 3>& units, bool short_ten) {
  const char* zero = "零";  // inside a number; a lone zero is digits[0]
  std::string out;
  const int64_t place[4] = {1000, 100, 10, 1};
  bool pending_zero = false;
  for (int i = 0; i < 4; ++i) {
    const int64_t d = (n / place[i]) % 10;
    if (d == 0) {
      if (!out.empty()) pending_zero = true;
      continue;
    }
    if (pending_zero) {
      out += zero;
      pending_zero = false;
    }
    const bool leading_ten = i == 2 && out.empty() && d == 1 && short_ten;
    if (!leading_ten) out += digits[static_cast<size_t>(d)];
    if (i < 3) out += units[static_cast<size_t>(2 - i)];
  }
  return out;
}

// 1..99999999 in Chinese counting, 万 grouping above 9999.
std::string Chinese(int64_t n, bool legal) {
  const auto& digits = legal ? kLegalDigits : kChineseDigits;
  const std::array<const char*, 3> units = legal ? std::array<const char*, 3>{"拾", "佰", "仟"}
                                                 : std::array<const char*, 3>{"十", "百", "千"};
  if (n == 0) return digits[0];
  if (n < 10000) return ChineseBelowTenThousand(n, digits, units, !legal);
  std::string out = ChineseBelowTenThousand(n / 10000, digits, units, !legal);
  out += "万";
  const int64_t rest = n % 10000;
  if (rest != 0) {
    if (rest < 1000) out += "零";
    out += ChineseBelowTenThousand(rest, digits, units, false);
  }
  return out;
}

std::string Letters(int64_t n, char first) {
  // A..Z, then AA BB .. ZZ, AAA ..: the letter repeats (n - 1) / 26 + 1 times.
  const size_t repeat = static_cast<size_t>((n - 1) / 26 + 1);
  return std::string(repeat, static_cast<char>(first + (n - 1) % 26));
}

std::string Roman(int64_t n, bool upper) {
  static constexpr std::array<std::pair<int, const char*>, 13> kParts = {{{1000, "M"},
                                                                          {900, "CM"},
                                                                          {500, "D"},
                                                                          {400, "CD"},
                                                                          {100, "C"},
                                                                          {90, "XC"},
                                                                          {50, "L"},
                                                                          {40, "XL"},
                                                                          {10, "X"},
                                                                          {9, "IX"},
                                                                          {5, "V"},
                                                                          {4, "IV"},
                                                                          {1, "I"}}};
  std::string out;
  for (const auto& [amount, letters] : kParts) {
    for (; n >= amount; n -= amount) out += letters;
  }
  if (!upper) {
    for (char& c : out) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string Digitwise(int64_t n, bool full_width) {
  std::string out;
  for (char c : std::to_string(n)) {
    if (full_width) {
      text::AppendUtf8(0xFF10 + static_cast<uint32_t>(c - '0'), out);
    } else {
      out += kChineseDigits[static_cast<size_t>(c - '0')];
    }
  }
  return out;
}

// The code point `first` + n - 1 for 1 <= n <= count, else nothing.
bool FromBlock(int64_t n, uint32_t first, int64_t count, std::string& out) {
  if (n < 1 || n > count) return false;
  text::AppendUtf8(first + static_cast<uint32_t>(n - 1), out);
  return true;
}

}  // namespace

std::string FormatNumber(std::string_view num_fmt, int64_t value) {
  if (num_fmt == "bullet" || num_fmt == "none") return "";
  const int64_t n = value < 0 ? 0 : value;
  const std::string decimal = std::to_string(n);
  std::string out;
  if (num_fmt == "decimalZero") return n < 10 ? "0" + decimal : decimal;
  if (num_fmt == "decimalFullWidth" || num_fmt == "decimalFullWidth2") return Digitwise(n, true);
  if (num_fmt == "decimalEnclosedParen") {
    return FromBlock(n, 0x2474, 20, out) ? out : "(" + decimal + ")";
  }
  if (num_fmt == "decimalEnclosedFullstop") {
    return FromBlock(n, 0x2488, 20, out) ? out : decimal + ".";
  }
  if (num_fmt == "decimalEnclosedCircle" || num_fmt == "decimalEnclosedCircleChinese") {
    return FromBlock(n, 0x2460, 20, out) ? out : decimal;
  }
  if (num_fmt == "upperLetter" || num_fmt == "lowerLetter") {
    if (n < 1 || n > 26 * 10) return decimal;
    return Letters(n, num_fmt == "upperLetter" ? 'A' : 'a');
  }
  if (num_fmt == "upperRoman" || num_fmt == "lowerRoman") {
    if (n < 1 || n > 3999) return decimal;
    return Roman(n, num_fmt == "upperRoman");
  }
  if (num_fmt == "chineseCounting" || num_fmt == "chineseCountingThousand" ||
      num_fmt == "japaneseCounting" || num_fmt == "taiwaneseCounting" ||
      num_fmt == "taiwaneseCountingThousand" || num_fmt == "japaneseDigitalTenThousand") {
    return n < 100000000 ? Chinese(n, false) : decimal;
  }
  if (num_fmt == "chineseLegalSimplified" || num_fmt == "ideographLegalTraditional" ||
      num_fmt == "japaneseLegal") {
    return n < 100000000 ? Chinese(n, true) : decimal;
  }
  if (num_fmt == "ideographDigital" || num_fmt == "taiwaneseDigital") return Digitwise(n, false);
  if (num_fmt == "ideographTraditional") {
    static constexpr std::array<const char*, 10> kStems = {"甲", "乙", "丙", "丁", "戊",
                                                           "己", "庚", "辛", "壬", "癸"};
    return n >= 1 && n <= 10 ? kStems[static_cast<size_t>(n - 1)] : decimal;
  }
  if (num_fmt == "ideographZodiac" || num_fmt == "ideographZodiacTraditional") {
    static constexpr std::array<const char*, 12> kBranches = {"子", "丑", "寅", "卯", "辰", "巳",
                                                              "午", "未", "申", "酉", "戌", "亥"};
    return n >= 1 && n <= 12 ? kBranches[static_cast<size_t>(n - 1)] : decimal;
  }
  if (num_fmt == "ideographEnclosedCircle") {
    if (FromBlock(n, 0x3280, 10, out)) return out;
    return n < 100000000 ? Chinese(n, false) : decimal;
  }
  return decimal;
}

}  // namespace verdict::read::docx
