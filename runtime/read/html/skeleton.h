// The skeleton of a page: the page with every long run of plain text (between markup, free of
// character references, CR and NUL) cut to its leading whitespace and a one-byte marker, and
// long script and style contents cut to a marker, and every run of two or more simple
// paragraphs ("<p>text</p>", whitespace between) cut to another marker. gumbo tokenizes text
// one character at a time and builds a node per tag, so parsing the skeleton builds the same
// tree for a fraction of the work; the markers and an offset map lead back to the page.
#ifndef VERDICT_RUNTIME_READ_HTML_SKELETON_H_
#define VERDICT_RUNTIME_READ_HTML_SKELETON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace verdict::read::html {

// What a marker stands for: text in data state, or the whole content of a raw-text element.
// The tree must show a raw-text marker as the text of that element: the pre-scan cannot know
// when tree construction ignores the start tag (<style> inside <select>) and the tokenizer
// stays in data state.
// kParagraphs stands for a run of simple paragraphs (SkeletonParagraph) under another marker
// byte, which the tree expands back into <p> elements.
enum class CutKind : uint8_t {
  kText,
  kScript,
  kStyle,
  kXmp,
  kIframe,
  kNoembed,
  kNoframes,
  kParagraphs
};

// One shortened run: the marker byte at skeleton offset `skeleton` stands for page bytes
// [page_begin, page_end) (a text run without its leading whitespace, which the skeleton keeps).
struct SkeletonMarker {
  uint32_t skeleton = 0;
  uint32_t page_begin = 0;
  uint32_t page_end = 0;
  CutKind kind = CutKind::kText;
  // kParagraphs: paragraphs()[first_paragraph, end_paragraph).
  uint32_t first_paragraph = 0;
  uint32_t end_paragraph = 0;
};

// An attribute of a simple paragraph: page bytes of its name (ASCII, any case) and of its
// value (inside the quotes; no references, so the value is these bytes).
struct SkeletonAttribute {
  uint32_t name_begin = 0;
  uint32_t name_end = 0;
  uint32_t value_begin = 0;
  uint32_t value_end = 0;
};

// A simple paragraph "<p attributes>text</p>": the page offset of its '<', its text (plain:
// what gumbo would decode it to, byte for byte), and attributes()[first_attribute,
// end_attribute). Paragraphs of one run are separated by whitespace only.
struct SkeletonParagraph {
  uint32_t tag_begin = 0;
  uint32_t text_begin = 0;
  uint32_t text_end = 0;
  uint32_t first_attribute = 0;
  uint32_t end_attribute = 0;
};

// A place where skeleton and page differ: skeleton bytes before `skeleton_end` are followed by
// page bytes from `page_end` on (a marker's end, or the end of deleted attributes).
struct SkeletonCut {
  uint32_t skeleton_end = 0;
  uint32_t page_end = 0;
};

class Skeleton {
 public:
  // The skeleton of `page` (UTF-8). empty() when nothing was shortened, or when the page holds
  // something the pre-scan does not model (NUL bytes, no free marker byte): parse the page
  // itself then. The content of raw-text elements (script, style, …) is cut whole when gumbo
  // passes it through unchanged; text inside tags, comments and RCDATA (title, textarea) is
  // kept verbatim; shortening stops for good at <plaintext>, <svg>, <math> and <frameset>.
  // Start tags lose the attributes the reader never reads (all but class, id, style, role,
  // hidden, name, content) and href its value (only its presence counts), except on formatting
  // elements and <input>, whose attributes tree construction compares or reads.
  // `page` must be valid UTF-8 (a DecodedText).
  static Skeleton Build(std::string_view page);

  bool empty() const { return cuts_.empty(); }
  std::string_view text() const { return text_; }
  // The marker byte: printable ASCII that occurs nowhere in the page.
  char marker() const { return marker_; }
  // The marker byte of paragraph runs (another such byte), or 0 when runs are not cut.
  char paragraph_marker() const { return paragraph_marker_; }
  const std::vector<SkeletonMarker>& markers() const { return markers_; }
  const std::vector<SkeletonParagraph>& paragraphs() const { return paragraphs_; }
  const std::vector<SkeletonAttribute>& attributes() const { return attributes_; }

  // The page offset of skeleton offset `offset` (0..text().size()); a marker maps to the start
  // of its run, the byte after it to the end of the run; deleted attributes map to nothing.
  uint32_t ToPage(uint32_t offset) const;
  // Index of the first marker at skeleton offset >= `offset` (markers().size() when none).
  size_t FirstMarkerFrom(uint32_t offset) const;
  // The same two, searching outward from `hint` (an earlier answer, updated to this one):
  // near-constant time for offsets that come roughly in page order, as a tree walk asks them.
  // Each keeps its own hint.
  size_t FirstMarkerFrom(uint32_t offset, size_t& hint) const;
  uint32_t ToPage(uint32_t offset, size_t& hint) const;

 private:
  std::string text_;
  std::vector<SkeletonMarker> markers_;
  std::vector<SkeletonCut> cuts_;  // markers and deletions, by skeleton_end
  std::vector<SkeletonParagraph> paragraphs_;
  std::vector<SkeletonAttribute> attributes_;
  char marker_ = 0;
  char paragraph_marker_ = 0;
};

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_SKELETON_H_
