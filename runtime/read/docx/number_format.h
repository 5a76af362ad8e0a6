// Renders one list counter the way Word draws it for a w:numFmt value.
#ifndef VERDICT_RUNTIME_READ_DOCX_NUMBER_FORMAT_H_
#define VERDICT_RUNTIME_READ_DOCX_NUMBER_FORMAT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace verdict::read::docx {

/// `value` in ST_NumberFormat `num_fmt`: decimal 1, decimalZero 01, decimalFullWidth １,
/// decimalEnclosedParen ⑴, decimalEnclosedFullstop ⒈, decimalEnclosedCircle ①,
/// upperLetter/lowerLetter A..Z AA.., upperRoman/lowerRoman, chineseCounting and its
/// relatives 一 … 十 十一 … 一百, chineseLegalSimplified 壹, ideographDigital 一〇,
/// ideographTraditional 甲 乙 丙 (the heavenly stems), ideographZodiac 子 丑,
/// ideographEnclosedCircle ㊀; bullet and none give "". Unknown formats and values a format
/// cannot show fall back to decimal. At most a few dozen bytes for any value.
std::string FormatNumber(std::string_view num_fmt, int64_t value);

}  // namespace verdict::read::docx

#endif  // VERDICT_RUNTIME_READ_DOCX_NUMBER_FORMAT_H_
