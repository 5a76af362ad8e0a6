// Finds page chrome in the top and bottom lines of each page: page-number lines by their shape
// (a small skeleton of digits, dashes and 第/页/共 compared with known forms) and running
// headers/footers by repetition of the same text, digits ignored, across most pages.
#include "runtime/read/pdf/page_chrome.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>

#include "runtime/read/pdf/code_point.h"

namespace verdict::read::pdf {
namespace {

constexpr size_t kMaxPageNumberDigits = 5;
// Repeated lines must be within this share of their median font size.
constexpr double kSameSizeTolerance = 0.2;

bool IsDigit(uint32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

bool IsSpace(uint32_t cp) {
  return cp == ' ' || cp == 0x00A0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B);
}

bool IsDash(uint32_t cp) {
  return cp == '-' || cp == '~' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFF0D ||
         cp == 0x00B7 || cp == 0x30FB;
}

// The shape of a possible page-number line: digit runs become 'N', dashes '-', 第 'D', 页 'Y',
// 共 'G', slashes '/', commas ',', ASCII letters lowercase; spaces vanish. nullopt-like empty
// result for anything else.
std::string Skeleton(std::string_view text) {
  std::string out;
  size_t digits = 0;
  for (size_t pos = 0; pos < text.size();) {
    const uint32_t cp = NextCodePoint(text, pos);
    if (IsDigit(cp)) {
      if (++digits > kMaxPageNumberDigits) return {};
      if (digits == 1) out.push_back('N');
      continue;
    }
    digits = 0;
    if (IsSpace(cp)) continue;
    if (IsDash(cp)) {
      out.push_back('-');
    } else if (cp == '/' || cp == 0xFF0F) {
      out.push_back('/');
    } else if (cp == ',' || cp == 0xFF0C || cp == 0x3001) {
      out.push_back(',');
    } else if (cp == 0x7B2C) {  // 第
      out.push_back('D');
    } else if (cp == 0x9875 || cp == 0x9801) {  // 页 頁
      out.push_back('Y');
    } else if (cp == 0x5171) {  // 共
      out.push_back('G');
    } else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
      out.push_back(static_cast<char>(cp | 0x20));
    } else {
      return {};
    }
  }
  return out;
}

// Text with spaces removed and every digit run replaced by '#', so "第3页 青山区" and
// "第4页 青山区" compare equal.
std::string RepeatKey(std::string_view text) {
  std::string out;
  bool in_digits = false;
  for (size_t pos = 0; pos < text.size();) {
    const size_t start = pos;
    const uint32_t cp = NextCodePoint(text, pos);
    if (IsDigit(cp)) {
      if (!in_digits) out.push_back('#');
      in_digits = true;
      continue;
    }
    in_digits = false;
    if (!IsSpace(cp)) out.append(text.substr(start, pos - start));
  }
  return out;
}

bool InZone(size_t index, size_t count) {
  return index < kChromeZone || index + kChromeZone >= count;
}

// More than half of `total` pages, and at least two.
bool MostPages(size_t count, size_t total) { return count >= 2 && count * 2 > total; }

struct Occurrence {
  size_t page;
  size_t line;
  double em;
};

}  // namespace

bool IsPageNumberLine(std::string_view text) {
  static constexpr std::string_view kForms[] = {
      "N",      "-N-",     "-N",  "N-",    "DNY",   "DNYGNY",   "DNY,GNY", "DNY/GNY",
      "GNYDNY", "GNY,DNY", "N/N", "-N/N-", "pageN", "pageNofN", "N/GNY",
  };
  const std::string skeleton = Skeleton(text);
  return std::find(std::begin(kForms), std::end(kForms), skeleton) != std::end(kForms);
}

void RemovePageChrome(std::vector<std::vector<TextLine>>& pages) {
  for (std::vector<TextLine>& lines : pages) {
    std::vector<TextLine> kept;
    kept.reserve(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!(InZone(i, lines.size()) && IsPageNumberLine(lines[i].text))) {
        kept.push_back(std::move(lines[i]));
      }
    }
    lines = std::move(kept);
  }

  std::unordered_map<std::string, std::vector<Occurrence>> by_key;
  for (size_t p = 0; p < pages.size(); ++p) {
    const size_t count = pages[p].size();
    for (size_t i = 0; i < count; ++i) {
      if (InZone(i, count)) by_key[RepeatKey(pages[p][i].text)].push_back({p, i, pages[p][i].em});
    }
  }
  std::vector<std::vector<bool>> drop(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) drop[p].assign(pages[p].size(), false);
  for (auto& [key, occurrences] : by_key) {
    if (occurrences.size() < 2) continue;
    std::vector<double> ems;
    for (const Occurrence& o : occurrences) ems.push_back(o.em);
    std::nth_element(ems.begin(), ems.begin() + ems.size() / 2, ems.end());
    const double median = ems[ems.size() / 2];
    std::vector<Occurrence> alike;
    for (const Occurrence& o : occurrences) {
      if (std::abs(o.em - median) <= kSameSizeTolerance * median) alike.push_back(o);
    }
    size_t on_pages[2] = {0, 0};  // distinct pages with an even / odd index
    for (size_t k = 0; k < alike.size(); ++k) {
      if (k == 0 || alike[k].page != alike[k - 1].page) ++on_pages[alike[k].page % 2];
    }
    if (!MostPages(on_pages[0] + on_pages[1], pages.size()) &&
        !MostPages(on_pages[0], (pages.size() + 1) / 2) &&
        !MostPages(on_pages[1], pages.size() / 2)) {
      continue;
    }
    for (const Occurrence& o : alike) drop[o.page][o.line] = true;
  }
  for (size_t p = 0; p < pages.size(); ++p) {
    std::vector<TextLine> kept;
    kept.reserve(pages[p].size());
    for (size_t i = 0; i < pages[p].size(); ++i) {
      if (!drop[p][i]) kept.push_back(std::move(pages[p][i]));
    }
    pages[p] = std::move(kept);
  }
}

}  // namespace verdict::read::pdf
