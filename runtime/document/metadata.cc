// Metadata rows above (and sometimes below) a report: labelled dates, 来源, disclosure tables.
// Labels are matched literally at the start of a row; dates are ranked by the label in front
// of them so that a 发布时间 wins over a 成文日期 or an 更新时间 wherever they appear.
#include "runtime/document/metadata.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "runtime/document/dates.h"
#include "runtime/document/scan.h"

namespace verdict::doc {
namespace {

constexpr int kRankBare = 1;
constexpr int kRankUpdated = 2;
constexpr int kRankWritten = 3;
constexpr int kRankPublished = 4;

// Labels whose value is a date; a row opening with one is metadata when a ':' or a date follows.
constexpr std::string_view kDateLabels[] = {
    "发布日期", "发布时间", "发布于",   "成文日期", "发文日期", "印发日期",
    "更新时间", "更新日期", "生成日期", "日期",     "时间",
};

// Labels of other metadata rows; these need the ':' so that text opening with 来源于… stays text.
constexpr std::string_view kValueLabels[] = {
    "信息来源", "文章来源", "稿件来源", "来源",     "作者",     "责任编辑", "编辑",
    "审核",     "校对",     "发布机构", "发文机关", "发文单位", "索引号",   "所属类目",
    "主题分类", "体裁",     "发文字号", "文号",     "公开类别", "公开方式", "公开范围",
    "公开时限", "公开形式", "机构名称", "有效性",   "关键词",   "主题词",   "信息类别",
    "组配分类", "服务对象", "废止日期", "访问量",   "浏览次数", "点击数",   "阅读次数",
};

// Words that start the next label on a row; a 来源 value stops in front of them.
constexpr std::string_view kStopWords[] = {
    "作者", "发布", "日期",     "时间",   "字号", "浏览", "访问", "点击",
    "阅读", "编辑", "责任编辑", "审核",   "分享", "打印", "来源", "信息来源",
    "更新", "成文", "发文",     "索引号", "文号", "【",   "[",    "|",
};

// Skips blanks, one optional ':' and blanks after a label.
size_t SkipColon(std::string_view s, size_t i, bool* had_colon = nullptr) {
  i = SkipBlanks(s, i);
  const bool colon = i < s.size() && s[i] == ':';
  if (had_colon) *had_colon = colon;
  return colon ? SkipBlanks(s, i + 1) : i;
}

bool OpensLabel(std::string_view s, size_t i) {
  for (std::string_view w : kStopWords) {
    if (StartsAt(s, i, w)) return true;
  }
  return false;
}

// Where a date sits on a bare date row ("2024-03-06 10:40 来源: …", "(2021年3月5日)"), or kNpos.
size_t BareDatePos(std::string_view line) {
  size_t i = SkipBullets(line);
  const bool paren = i < line.size() && line[i] == '(';
  const size_t pos = paren ? i + 1 : i;
  const std::optional<DateMatch> d = ParseDateAt(line, pos);
  if (!d) return kNpos;
  size_t j = SkipBlanks(line, d->end_time);
  if (paren) {
    if (j >= line.size() || line[j] != ')') return kNpos;
    j = SkipBlanks(line, j + 1);
  }
  return j == line.size() || OpensLabel(line, j) ? pos : kNpos;
}

int RankBefore(std::string_view line, size_t label_pos) {
  const std::string_view before = line.substr(0, label_pos);
  if (before.ends_with("发布")) return kRankPublished;
  if (before.ends_with("成文") || before.ends_with("发文") || before.ends_with("印发")) {
    return kRankWritten;
  }
  if (before.ends_with("更新") || before.ends_with("修改")) return kRankUpdated;
  return kRankBare;
}

// Length of the value part of `token`: up to the first stop word, or 0 when the token is itself
// a label ("保护视力色:"), which means the value is empty.
size_t ValueLength(std::string_view token) {
  for (size_t i = 0; i < token.size(); i += CharLen(token, i)) {
    if (token[i] == ':' || OpensLabel(token, i) || ParseDateAt(token, i)) {
      return token[i] == ':' ? 0 : i;
    }
  }
  return token.size();
}

// True if some label starts with the code point at line[start]: most lines start with none, and
// this keeps them from being probed with every label.
bool MayOpenWithLabel(std::string_view line, size_t start) {
  static const std::vector<char32_t> kFirsts = [] {
    std::vector<char32_t> firsts;
    for (std::string_view l : kDateLabels) firsts.push_back(DecodeAt(l, 0));
    for (std::string_view l : kValueLabels) firsts.push_back(DecodeAt(l, 0));
    std::sort(firsts.begin(), firsts.end());
    firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
    return firsts;
  }();
  return start < line.size() &&
         std::binary_search(kFirsts.begin(), kFirsts.end(), DecodeAt(line, start));
}

}  // namespace

bool IsMetadataLine(std::string_view line, MetaScope scope) {
  const size_t start = SkipBullets(line);
  if (!MayOpenWithLabel(line, start)) {
    return scope == MetaScope::kHeader && BareDatePos(line) != kNpos;
  }
  for (std::string_view label : kDateLabels) {
    const size_t end = MatchLoose(line, start, label);
    if (end == kNpos) continue;
    bool colon = false;
    const size_t value = SkipColon(line, end, &colon);
    if (colon || ParseDateAt(line, value)) return true;
  }
  for (std::string_view label : kValueLabels) {
    const size_t end = MatchLoose(line, start, label);
    if (end == kNpos) continue;
    bool colon = false;
    SkipColon(line, end, &colon);
    if (colon) return true;
  }
  return scope == MetaScope::kHeader && BareDatePos(line) != kNpos;
}

void MetadataCollector::Scan(std::string_view line, MetaScope scope) {
  for (std::string_view label : {std::string_view("日期"), std::string_view("时间")}) {
    for (size_t at = line.find(label); at != kNpos; at = line.find(label, at + label.size())) {
      Offer(line, SkipColon(line, at + label.size()), RankBefore(line, at));
    }
  }
  constexpr std::string_view kPublishedOn = "发布于";
  for (size_t at = line.find(kPublishedOn); at != kNpos;
       at = line.find(kPublishedOn, at + kPublishedOn.size())) {
    Offer(line, SkipColon(line, at + kPublishedOn.size()), kRankPublished);
  }
  if (scope == MetaScope::kHeader) {
    const size_t pos = BareDatePos(line);
    if (pos != kNpos) Offer(line, pos, kRankBare);
  }
  if (meta_.source_span.empty()) ScanSource(line);
}

namespace {

const char* RankKind(int rank) {
  switch (rank) {
    case kRankPublished: return "published";
    case kRankWritten: return "written";
    case kRankUpdated: return "updated";
    default: return "date";
  }
}

}  // namespace

void MetadataCollector::Offer(std::string_view line, size_t date_pos, int rank) {
  if (rank <= rank_) return;
  const std::optional<DateMatch> d = ParseDateAt(line, date_pos);
  if (!d) return;
  rank_ = rank;
  meta_.published = d->date;
  meta_.published_span = SpanIn(text_, line.substr(d->begin, d->end - d->begin));
  meta_.published_kind = RankKind(rank);
}

void MetadataCollector::OfferMarkup(std::string_view key, std::string_view value) {
  const int rank = key == "published" ? kRankPublished
                   : key == "written" ? kRankWritten
                   : key == "updated" ? kRankUpdated
                                      : 0;
  // Any date the text itself shows wins: it is what readers of the page see, and it has a
  // place to point at (a .docx's created date, say, is only when the file was made).
  const bool text_has_date = rank_ > 0 && !meta_.published_kind.ends_with("(markup)");
  if (rank == 0 || text_has_date || rank <= rank_) return;
  for (size_t pos = 0; pos < value.size(); ++pos) {
    const std::optional<DateMatch> d = ParseDateAt(value, pos);
    if (!d) continue;
    rank_ = rank;
    meta_.published = d->date;
    meta_.published_span = {};
    meta_.published_kind = std::string(RankKind(rank)) + " (markup)";
    return;
  }
}

void MetadataCollector::ScanSource(std::string_view line) {
  constexpr std::string_view kLabel = "来源";
  for (size_t at = line.find(kLabel); at != kNpos; at = line.find(kLabel, at + kLabel.size())) {
    const size_t after = at + kLabel.size();
    // "来源" must be a label, i.e. followed by ':' or a blank, not a word such as 来源于.
    if (after < line.size() && line[after] != ':' && !IsBlank(line[after])) continue;
    size_t begin = SkipColon(line, after), end = begin;
    // The value is a run of space-separated words up to the next label.
    for (size_t i = begin; i < line.size();) {
      size_t token_end = i;
      while (token_end < line.size() && !IsBlank(line[token_end])) ++token_end;
      const std::string_view token = line.substr(i, token_end - i);
      const size_t keep = ValueLength(token);
      if (keep > 0) end = i + keep;
      if (keep < token.size()) break;
      // Un-normalized pages separate fields with runs of spaces; one space stays inside a value.
      if (token_end + 1 < line.size() && IsBlank(line[token_end + 1])) break;
      i = SkipBlanks(line, token_end);
    }
    const std::string_view value = Trim(line.substr(begin, end - begin));
    if (value.empty()) continue;
    meta_.source.assign(value);
    meta_.source_span = SpanIn(text_, value);
    return;
  }
}

}  // namespace verdict::doc
