// Recognizes calendar dates in normalized text: 2021-03-05, 2021/3/5, 2021.03.05, 2021年3月5日.
#ifndef VERDICT_RUNTIME_DOCUMENT_DATES_H_
#define VERDICT_RUNTIME_DOCUMENT_DATES_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "runtime/document/document.h"

namespace verdict::doc {

struct DateMatch {
  Date date;
  size_t begin = 0;     // offsets into the scanned view
  size_t end = 0;       // end of the date itself (after 日 when present)
  size_t end_time = 0;  // end including an optional time of day (" 10:40", "T10:40:05")
};

// Parses a valid date starting exactly at s[pos]; the year must not continue a longer number.
std::optional<DateMatch> ParseDateAt(std::string_view s, size_t pos);

// True if `s` names a year: four digits (1900-2099) directly followed by 年, as in 2018年度.
bool HasYearNian(std::string_view s);

}  // namespace verdict::doc

#endif  // VERDICT_RUNTIME_DOCUMENT_DATES_H_
