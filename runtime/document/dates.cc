// Date recognition for page metadata. Portals print publication dates in a handful of fixed
// shapes; a hand-written parser accepts exactly those and validates the calendar, so numbers
// such as 2018.5 (a year and a month) or 8.16 (a day name) never pass for dates.
#include "runtime/document/dates.h"

#include <cstdio>

#include "runtime/document/scan.h"

namespace verdict::doc {
namespace {

constexpr std::string_view kNian = "年";
constexpr std::string_view kYue = "月";
constexpr std::string_view kRi = "日";
constexpr std::string_view kHao = "号";

// Reads a run of min..max ASCII digits at s[i] that is not followed by another digit.
bool ReadNumber(std::string_view s, size_t& i, size_t min_digits, size_t max_digits, int* value) {
  size_t j = i;
  int v = 0;
  while (j < s.size() && IsDigit(s[j]) && j - i < max_digits) v = v * 10 + (s[j++] - '0');
  if (j - i < min_digits || (j < s.size() && IsDigit(s[j]))) return false;
  i = j;
  *value = v;
  return true;
}

// The normalizer folds spaces but some pages put one around 年/月/日 ("2021 年 3 月 5 日").
size_t SkipOneBlank(std::string_view s, size_t i) {
  return i < s.size() && s[i] == ' ' ? i + 1 : i;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool IsValid(int y, int m, int d) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1) return false;
  return d <= kDays[m - 1] + (m == 2 && IsLeap(y) ? 1 : 0);
}

// Skips an optional " HH:MM" or " HH:MM:SS" (also after 'T'); returns where the date text ends.
size_t SkipTime(std::string_view s, size_t i) {
  size_t j = i;
  if (j < s.size() && (s[j] == ' ' || s[j] == 'T')) ++j;
  int hh = 0, mm = 0, ss = 0;
  if (!ReadNumber(s, j, 1, 2, &hh) || j >= s.size() || s[j] != ':') return i;
  ++j;
  if (!ReadNumber(s, j, 2, 2, &mm) || hh > 23 || mm > 59) return i;
  size_t k = j;
  if (k < s.size() && s[k] == ':') {
    ++k;
    if (ReadNumber(s, k, 2, 2, &ss) && ss <= 59) j = k;
  }
  return j;
}

}  // namespace

std::string Date::Iso() const {
  char buf[48];  // room for any int, so the format can never truncate
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::optional<DateMatch> ParseDateAt(std::string_view s, size_t pos) {
  if (pos >= s.size() || (pos > 0 && IsDigit(s[pos - 1]))) return std::nullopt;
  size_t i = pos;
  DateMatch m;
  if (!ReadNumber(s, i, 4, 4, &m.date.year)) return std::nullopt;
  char sep = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
    sep = s[i++];
  } else {
    i = SkipOneBlank(s, i);
    if (!StartsAt(s, i, kNian)) return std::nullopt;
    i = SkipOneBlank(s, i + kNian.size());
  }
  if (!ReadNumber(s, i, 1, 2, &m.date.month)) return std::nullopt;
  if (sep != 0) {
    if (i >= s.size() || s[i] != sep) return std::nullopt;
    ++i;
  } else {
    i = SkipOneBlank(s, i);
    if (!StartsAt(s, i, kYue)) return std::nullopt;
    i = SkipOneBlank(s, i + kYue.size());
  }
  if (!ReadNumber(s, i, 1, 2, &m.date.day)) return std::nullopt;
  if (sep == 0) {
    const size_t j = SkipOneBlank(s, i);
    if (StartsAt(s, j, kRi) || StartsAt(s, j, kHao)) i = j + kRi.size();
  }
  if (!IsValid(m.date.year, m.date.month, m.date.day)) return std::nullopt;
  m.begin = pos;
  m.end = i;
  m.end_time = SkipTime(s, i);
  return m;
}

bool HasYearNian(std::string_view s) {
  for (size_t at = s.find(kNian); at != kNpos; at = s.find(kNian, at + kNian.size())) {
    if (at < 4) continue;
    size_t i = at - 4;
    int year = 0;
    if (ReadNumber(s, i, 4, 4, &year) && (at == 4 || !IsDigit(s[at - 5])) && year >= 1900 &&
        year <= 2099) {
      return true;
    }
  }
  return false;
}

}  // namespace verdict::doc
