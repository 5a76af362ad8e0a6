// Document model of one normalized report page: title, page metadata, heading tree,
// paragraphs and sentences, all as byte spans into the normalized text.
#ifndef VERDICT_RUNTIME_DOCUMENT_DOCUMENT_H_
#define VERDICT_RUNTIME_DOCUMENT_DOCUMENT_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

namespace verdict::doc {

// Half-open byte range [begin, end) into the normalized text given to BuildDocument.
struct Span {
  uint32_t begin = 0, end = 0;
  bool empty() const { return begin >= end; }
  uint32_t size() const { return empty() ? 0 : end - begin; }
  bool Contains(uint32_t offset) const { return begin <= offset && offset < end; }
  bool operator==(const Span&) const = default;
};

// The bytes of `span` in `text`; `span` must come from a Document built over `text`.
inline std::string_view Slice(std::string_view text, Span span) {
  return span.empty() ? std::string_view() : text.substr(span.begin, span.end - span.begin);
}

// A calendar date; only validated dates (month 1-12, day within the month) are produced.
struct Date {
  int year = 0, month = 0, day = 0;
  // Formats as YYYY-MM-DD.
  std::string Iso() const;
  auto operator<=>(const Date&) const = default;
};

struct Heading {
  // The heading itself: numbering + title, WITHOUT run-on body text, trimmed.
  Span text;
  // By numbering style: 0 第X部分 / 第X章; 1 一、; 2 (一); 3 1. or 1、; 4 (1).
  int level = 0;
  // The numbering as written, e.g. "一、", "(一)", "1.", "(1)", "第一部分".
  std::string numbering;
  // Index of the nearest preceding heading with a lower level, -1 if none.
  int parent = -1;
  // From text.begin to the end of the last body line before the next heading whose level <= this
  // level (or the body end). Sections nest along `parent`.
  Span section;
};

struct Metadata {
  std::optional<Date> published;
  // The date text that gave `published` (the date only, without a time of day).
  Span published_span;
  // Which kind of date `published` is: "published" (发布), "written" (成文/发文), "updated"
  // (更新), or "date" (a bare date or 日期 row); with " (markup)" when a reader's metadata
  // (<meta name="PubDate">, docProps/core.xml) gave it rather than the text.
  std::string published_kind;
  // The value of 来源 / 信息来源, e.g. "本网"; empty if none.
  std::string source;
  Span source_span;
};

struct Document {
  // The report title (trimmed); covers both lines of a split title; empty if none found.
  Span title;
  Metadata meta;
  Span body;                      // first body line .. end of last body line
  std::vector<Heading> headings;  // document order
  // Body text blocks: each non-heading, non-boilerplate body line (trimmed), plus the run-on text
  // after a heading on the same line. Document order.
  std::vector<Span> paragraphs;
  // Paragraphs split after 。 ! ? ; (terminator and any closing quote kept; spaces trimmed).
  std::vector<Span> sentences;
  // Every non-empty line that is neither title nor body content: page chrome, metadata rows,
  // boilerplate and trailing link lists. Document order; for diagnostics.
  std::vector<Span> dropped;

  // Heading indices, outermost first, whose section contains `offset`; empty outside all sections.
  std::vector<int> SectionPath(uint32_t offset) const;
};

// What a reader of structured input (HTML, DOCX, PDF) knows that the text alone does not say.
// Spans are of the normalized text; a span marks the line it starts in.
struct Hints {
  Span title;  // the line the markup names as the title
  struct HeadingHint {
    Span line;
    int level = 1;  // 1 = top level, as for 一、
  };
  std::vector<HeadingHint> headings;  // sorted by line.begin
  // Markup metadata: key "published", "written", "updated" or "source"; value as written.
  std::vector<std::pair<std::string, std::string>> meta;
};

// Builds the document model of `normalized` (NFKC, spaces folded, '\n' line breaks). Linear in the
// input; only the first 4 GiB are read since spans are 32-bit. Hints take precedence over the
// text heuristics for the title (unless the hinted line is plainly page chrome) and headings;
// markup dates count only where the text shows no date at all.
Document BuildDocument(std::string_view normalized, const Hints& hints = {});

}  // namespace verdict::doc

#endif  // VERDICT_RUNTIME_DOCUMENT_DOCUMENT_H_
