// BuildDocument: the document model over normalized text. Lines are classified once, top to
// bottom: chrome and metadata above the title, the title, header rows after it, then the body,
// where headings open nested sections and every other kept line is a paragraph.
#include "runtime/document/document.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

#include "runtime/document/boilerplate.h"
#include "runtime/document/headings.h"
#include "runtime/document/lines.h"
#include "runtime/document/metadata.h"
#include "runtime/document/page_chrome.h"
#include "runtime/document/scan.h"
#include "runtime/document/sentences.h"
#include "runtime/document/title.h"

namespace verdict::doc {
namespace {

// Rows between the title and the first body line: widgets, metadata, disclosure tables, or the
// title repeated.
bool IsHeaderRow(std::string_view line, std::string_view title) {
  return line == title || IsBoilerplateLine(line) || IsMetadataLine(line, MetaScope::kHeader) ||
         IsBreadcrumb(line) || IsBrowserTitle(line) || IsDateBanner(line) ||
         SkipBullets(line) > 0 || !HasWordChar(line);
}

// Accumulates the body: headings with their open-section stack, paragraphs and sentences.
class BodyBuilder {
 public:
  BodyBuilder(std::string_view text, Document* doc) : text_(text), doc_(doc) {}

  void AddHeading(const HeadingMatch& h) {
    const Span text = SpanIn(text_, h.text);
    CloseSections(h.level);
    Heading& heading = doc_->headings.emplace_back();
    heading.text = text;
    heading.level = h.level;
    heading.numbering.assign(h.numbering);
    heading.parent = open_.empty() ? -1 : open_.back();
    heading.section.begin = text.begin;
    open_.push_back(static_cast<int>(doc_->headings.size()) - 1);
    MarkContent(text);
    if (!h.run_on.empty()) AddParagraph(h.run_on);
  }

  void AddParagraph(std::string_view line) {
    const Span span = SpanIn(text_, line);
    doc_->paragraphs.push_back(span);
    AppendSentences(text_, line, &doc_->sentences);
    MarkContent(span);
  }

  bool has_content() const { return has_content_; }

  void Finish() {
    CloseSections(std::numeric_limits<int>::min());
    if (has_content_) doc_->body = {body_begin_, last_end_};
  }

 private:
  // A heading ends the sections of all open headings at its level or deeper; they stop where
  // the last content line before it stops.
  void CloseSections(int level) {
    while (!open_.empty() && doc_->headings[open_.back()].level >= level) {
      doc_->headings[open_.back()].section.end = last_end_;
      open_.pop_back();
    }
  }

  void MarkContent(Span span) {
    if (!has_content_) body_begin_ = span.begin;
    has_content_ = true;
    last_end_ = std::max(last_end_, span.end);
  }

  std::string_view text_;
  Document* doc_;
  std::vector<int> open_;  // headings whose sections are still open, outermost first
  bool has_content_ = false;
  uint32_t body_begin_ = 0;
  uint32_t last_end_ = 0;
};

}  // namespace

std::vector<int> Document::SectionPath(uint32_t offset) const {
  // Only the last heading starting at or before `offset` and its ancestors can contain it, since
  // sections nest along parent links.
  const auto after =
      std::upper_bound(headings.begin(), headings.end(), offset,
                       [](uint32_t off, const Heading& h) { return off < h.section.begin; });
  std::vector<int> path;
  for (int i = static_cast<int>(after - headings.begin()) - 1; i >= 0; i = headings[i].parent) {
    if (headings[i].section.Contains(offset)) path.push_back(i);
  }
  std::reverse(path.begin(), path.end());
  return path;
}

namespace {

// The hinted heading overlapping `line`, if any. Hints are sorted and do not overlap, so their
// ends are sorted too.
const Hints::HeadingHint* HeadingHintFor(const Hints& hints, Span line) {
  auto it = std::partition_point(hints.headings.begin(), hints.headings.end(),
                                 [&](const Hints::HeadingHint& h) { return h.line.end <= line.begin; });
  return it != hints.headings.end() && it->line.begin < line.end ? &*it : nullptr;
}

// The line of `lines` that contains offset `at`, or lines.size().
size_t LineAt(std::string_view text, const std::vector<std::string_view>& lines, uint32_t at) {
  for (size_t i = 0; i < lines.size(); ++i) {
    const Span s = SpanIn(text, lines[i]);
    if (s.begin <= at && at < std::max(s.end, s.begin + 1)) return i;
    if (s.begin > at) return i;  // the hint fell on a blank line: take the next one
  }
  return lines.size();
}

}  // namespace

Document BuildDocument(std::string_view normalized, const Hints& hints) {
  const std::string_view text =
      normalized.substr(0, std::min<size_t>(normalized.size(), UINT32_MAX));
  Document doc;
  const std::vector<std::string_view> lines = SplitLines(text);
  MetadataCollector meta(text);
  auto drop = [&](std::string_view line) { doc.dropped.push_back(SpanIn(text, line)); };

  // Above the title everything is page chrome; its labelled metadata rows still count, but a
  // bare date there is more likely a clock or banner than the publication date.
  TitleMatch title = FindTitle(lines);
  if (!hints.title.empty()) {
    // Markup names a title (<h1>, ArticleTitle, a Title style); take it unless it is plainly
    // page chrome, as a document property copied from a breadcrumb can be.
    const size_t at = LineAt(text, lines, hints.title.begin);
    if (at < lines.size() && TitleScore(lines[at]) > 0 && !IsBreadcrumb(lines[at]) &&
        !IsBrowserTitle(lines[at])) {
      title = TitleMatch{true, at, at, lines[at]};
    }
  }
  size_t i = 0;
  if (title.found) {
    doc.title = SpanIn(text, title.text);
    for (; i < title.first_line; ++i) {
      meta.Scan(lines[i], MetaScope::kBody);
      drop(lines[i]);
    }
    i = title.last_line + 1;
  }
  const std::string_view title_text = title.found ? title.text : std::string_view();
  for (; i < lines.size() && IsHeaderRow(lines[i], title_text); ++i) {
    meta.Scan(lines[i], MetaScope::kHeader);
    drop(lines[i]);
  }

  // The body. Once a trailing link list starts ("相关文章") after some report text, the report
  // is over.
  doc.paragraphs.reserve(lines.size() - std::min(i, lines.size()));
  doc.sentences.reserve(doc.paragraphs.capacity() * 2);
  BodyBuilder body(text, &doc);
  bool in_tail = false;
  for (; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    if (!in_tail) {
      if (const std::optional<HeadingMatch> h = MatchHeading(line)) {
        body.AddHeading(*h);
        continue;
      }
      if (const Hints::HeadingHint* hint = HeadingHintFor(hints, SpanIn(text, line))) {
        // Markup says heading (<h3>, a Heading style) though the line carries no numbering.
        body.AddHeading(HeadingMatch{hint->level, std::string_view(), line, std::string_view()});
        continue;
      }
      in_tail = body.has_content() && IsTailMarker(line);
    }
    const bool is_meta = IsMetadataLine(line, MetaScope::kBody);
    if (is_meta) meta.Scan(line, MetaScope::kBody);
    if (in_tail || is_meta || IsBoilerplateLine(line) || !HasWordChar(line)) {
      drop(line);
      continue;
    }
    body.AddParagraph(line);
  }
  body.Finish();
  for (const auto& [key, value] : hints.meta) {
    if (key == "source") {
      if (meta.result().source.empty()) meta.SetSourceFromMarkup(value);
    } else {
      meta.OfferMarkup(key, value);
    }
  }
  doc.meta = meta.TakeResult();
  return doc;
}

}  // namespace verdict::doc
