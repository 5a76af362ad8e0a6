// Title detection: score each of the first lines as a report title and keep the best. Portal
// pages surround the title with breadcrumbs, browser titles, widgets and metadata rows, all of
// which are recognized and skipped; the title itself names a report (报告/情况/总结) and a year.
#include "runtime/document/title.h"

#include <algorithm>

#include "runtime/document/boilerplate.h"
#include "runtime/document/dates.h"
#include "runtime/document/headings.h"
#include "runtime/document/metadata.h"
#include "runtime/document/page_chrome.h"
#include "runtime/document/scan.h"

namespace verdict::doc {
namespace {

constexpr int kReject = -1;
constexpr int kMinScore = 4;  // 报告 alone, or a year with one more title word
constexpr size_t kMinChars = 6;
constexpr size_t kMaxChars = 80;
constexpr size_t kCompactChars = 60;
constexpr size_t kMaxIssuerChars = 40;  // first line of a split title: the issuing body
constexpr size_t kMaxTailChars = 20;    // second line of a split title: "…情况报告"

bool IsChrome(std::string_view line) {
  return IsBoilerplateLine(line) || IsBreadcrumb(line) || IsBrowserTitle(line) ||
         IsDateBanner(line) || IsMetadataLine(line, MetaScope::kHeader) || SkipBullets(line) > 0 ||
         !HasWordChar(line);
}

// Disclosure tables sometimes carry the title as a labelled row: "标题: …".
std::string_view StripTitleLabel(std::string_view line) {
  for (std::string_view label : {"标题", "文章标题", "信息名称", "文件名称", "名称"}) {
    if (!line.starts_with(label)) continue;
    const size_t i = SkipBlanks(line, label.size());
    if (i < line.size() && line[i] == ':') return Trim(line.substr(i + 1));
  }
  return line;
}

bool HasClausePunctuation(std::string_view s) {
  return ContainsAny(s, {",", "。", ":", ";", "!", "?"});
}

// The first line of a split title names the issuer: it ends in the name of a body.
bool EndsWithIssuer(std::string_view s) {
  for (std::string_view suffix :
       {"政府", "委员会", "办公室", "办事处", "管委会", "局",   "厅", "委", "办", "院", "镇",
        "乡",   "街道",   "区",     "县",     "市",     "中心", "部", "署", "所", "队", "公司"}) {
    if (s.ends_with(suffix)) return true;
  }
  return false;
}

bool IsIssuerLine(std::string_view s) {
  const size_t chars = CharCount(s);
  return chars >= 2 && chars <= kMaxIssuerChars && !IsChrome(s) && !HasClausePunctuation(s) &&
         MatchNumbering(s).level < 0 && !HasYearNian(s) && !Contains(s, "报告") &&
         EndsWithIssuer(s);
}

bool EndsLikeReport(std::string_view s) {
  return s.ends_with("报告") || s.ends_with("情况") || s.ends_with("总结");
}

bool IsTitleTail(std::string_view s) {
  return CharCount(s) <= kMaxTailChars && !IsChrome(s) && !HasClausePunctuation(s) &&
         MatchNumbering(s).level < 0 && !HasYearNian(s) && EndsLikeReport(s);
}

}  // namespace

int TitleScore(std::string_view line) {
  if (SurelyLongerThan(line, kMaxChars)) return kReject;
  const size_t chars = CharCount(line);
  if (chars < kMinChars || chars > kMaxChars) return kReject;
  // Sentences, addressees ("各科室:") and numbered headings are never titles.
  if (Contains(line, "。") || line.ends_with(":") || MatchNumbering(line).level >= 0) {
    return kReject;
  }
  int score = 0;
  if (Contains(line, "报告")) score += 4;
  for (std::string_view word : {"情况", "总结", "工作"}) score += Contains(line, word) ? 1 : 0;
  if (ContainsAny(line, {"法治", "依法行政"})) score += 1;
  if (HasYearNian(line)) score += 3;
  if (chars <= kCompactChars) score += 1;
  // Titles are noun phrases; clause punctuation points to running text.
  if (ContainsAny(line, {",", ";", "!", "?"})) score -= 3;
  return std::max(score, 0);
}

TitleMatch FindTitle(const std::vector<std::string_view>& lines) {
  const size_t window = std::min(lines.size(), kTitleWindow);
  TitleMatch m;
  int best = kMinScore - 1;
  for (size_t i = 0; i < window; ++i) {
    // Scoring first: it rejects paragraphs cheaply, before the chrome checks run.
    const std::string_view candidate = StripTitleLabel(lines[i]);
    if (const int score = TitleScore(candidate); score > best && !IsChrome(lines[i])) {
      best = score;
      m = {true, i, i, candidate};
    }
  }
  if (!m.found) {
    // Only a browser title names the report: use its own segment, without the site suffix.
    for (size_t i = 0; i < window && !m.found; ++i) {
      if (!IsBrowserTitle(lines[i])) continue;
      const std::string_view head = BrowserTitleHead(lines[i]);
      if (TitleScore(head) >= kMinScore) m = {true, i, i, head};
    }
    return m;
  }
  // A title split over two lines: issuer, then "2017年度…报告"; or "…2017年度…", then "…报告".
  const size_t i = m.first_line;
  const bool opens_bare = !m.text.empty() && (IsDigit(m.text[0]) || m.text.starts_with("关于"));
  if (i > 0 && opens_bare && IsIssuerLine(lines[i - 1])) {
    m.first_line = i - 1;
    m.text = Join(lines[i - 1], m.text);
  } else if (i + 1 < lines.size() && !Contains(m.text, "报告") && !EndsLikeReport(m.text) &&
             IsTitleTail(lines[i + 1])) {
    m.last_line = i + 1;
    m.text = Join(m.text, lines[i + 1]);
  }
  return m;
}

}  // namespace verdict::doc
