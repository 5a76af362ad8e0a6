// Recognizers for chrome above the report: navigation trails, the browser title that some
// savers prepend, and date banners. Each is a literal scan of one line; the caller applies them
// only to the top of the page, where report text cannot be mistaken for them.
#include "runtime/document/page_chrome.h"

#include "runtime/document/dates.h"
#include "runtime/document/scan.h"

namespace verdict::doc {
namespace {

constexpr size_t kMaxCrumbChars = 30;   // longer than any menu entry
constexpr size_t kMaxTrailChars = 200;  // a whole trail
constexpr size_t kMaxBannerChars = 30;

bool IsTitleSeparator(char c) { return c == '_' || c == '|'; }

bool NamesSite(std::string_view segment) {
  segment = Trim(segment);
  return ContainsAny(segment, {"网站", "门户", "政府网", "人民政府", "政务网", "政务服务网"}) ||
         segment.ends_with("网");
}

}  // namespace

bool IsBreadcrumb(std::string_view line) {
  if (StartsWithAny(line, {"当前位置", "您的位置", "您现在的位置", "您当前的位置", "所在位置",
                           "当前页面", "位置:"})) {
    return true;
  }
  if (SurelyLongerThan(line, kMaxTrailChars) || Contains(line, "。")) return false;
  // Every '>' (also '»', '›') separates menu entries; each entry is a short label.
  size_t separators = 0, segment_begin = 0;
  for (size_t i = 0; i <= line.size();) {
    size_t sep_len = 0;
    if (i < line.size()) {
      if (line[i] == '>') {
        sep_len = 1;
      } else if (StartsAt(line, i, "»") || StartsAt(line, i, "›")) {
        sep_len = 2;
      }
    }
    if (i == line.size() || sep_len > 0) {
      const std::string_view segment = Trim(line.substr(segment_begin, i - segment_begin));
      if (CharCount(segment) > kMaxCrumbChars) return false;
      if (i == line.size()) break;
      if (!segment.empty()) ++separators;
      i += sep_len;
      segment_begin = i;
    } else {
      i += CharLen(line, i);
    }
  }
  return separators > 0;
}

bool IsBrowserTitle(std::string_view line) {
  if (line.find('_') == kNpos && line.find('|') == kNpos) return false;
  size_t segments = 0, begin = 0;
  bool site_named = false;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || IsTitleSeparator(line[i])) {
      // The first segment is the page title; only the later ones identify the site.
      if (segments > 0 && NamesSite(line.substr(begin, i - begin))) site_named = true;
      ++segments;
      begin = i + 1;
    }
  }
  return segments >= 2 && site_named;
}

std::string_view BrowserTitleHead(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && !IsTitleSeparator(line[i])) ++i;
  return Trim(line.substr(0, i));
}

bool IsDateBanner(std::string_view line) {
  if (StartsWithAny(line, {"今天是", "今日是", "今天:", "今日:"})) return true;
  if (SurelyLongerThan(line, kMaxBannerChars) || CharCount(line) > kMaxBannerChars ||
      !Contains(line, "星期")) {
    return false;
  }
  for (size_t i = 0; i < line.size(); i += CharLen(line, i)) {
    if (ParseDateAt(line, i)) return true;
  }
  return false;
}

}  // namespace verdict::doc
