// The skeleton of a page: the page with every long run of plain text (between markup, free of
// character references, CR and NUL) cut to its leading whitespace and a one-byte marker, and
// long script, style and title contents cut to a marker, and every run of simple, well-nested
// elements (divs, lists, paragraphs, links, forms, tables … with plain text) cut to another
// marker, as is a head of <meta>, <link>, <title>, <script> and <style> (inside a comment).
// gumbo tokenizes text one character at a time and builds a node per tag, so parsing the
// skeleton builds the same tree for a fraction of the work; the markers and an offset map lead
// back to the page, and the tree expands element and head runs from their recorded tokens.
#ifndef VERDICT_RUNTIME_READ_HTML_SKELETON_H_
#define VERDICT_RUNTIME_READ_HTML_SKELETON_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace verdict::read::html {

// What a marker stands for: text in data state, or the whole content of a raw-text element
// (or of a title, RCDATA without references).
// The tree must show a raw-text marker as the text of that element: the pre-scan cannot know
// when tree construction ignores the start tag (<style> inside <select>) and the tokenizer
// stays in data state.
// kElements stands for a run of simple elements (SkeletonNode) under another marker byte,
// which the tree expands back into the nodes gumbo would have made; kHead for the head's
// content (<meta>, <link>, <title>, <script>, <style>), its marker byte in a comment.
enum class CutKind : uint8_t {
  kText,
  kScript,
  kStyle,
  kXmp,
  kIframe,
  kNoembed,
  kNoframes,
  kTitle,
  kElements,
  kHead
};

// One shortened run: the marker byte at skeleton offset `skeleton` stands for page bytes
// [page_begin, page_end) (a text run without its leading whitespace, which the skeleton keeps).
struct SkeletonMarker {
  uint32_t skeleton = 0;
  uint32_t page_begin = 0;
  uint32_t page_end = 0;
  CutKind kind = CutKind::kText;
  // kElements: nodes()[first_node, end_node), and what the run needs of its place in the
  // tree (RunNeeds bits; FormattingBit of each formatting element it holds).
  uint32_t first_node = 0;
  uint32_t end_node = 0;
  uint16_t needs = 0;
  uint16_t formatting = 0;
};

// What an element run needs of the place its marker takes in the tree.
enum RunNeeds : uint16_t {
  kNoOpenParagraph = 1,  // a block of it would close a <p> open there in button scope
  kNoOpenListItem = 2,   // an <li> of it would close an <li> open there
  kNoHeadingParent = 4,  // a heading of it would close a heading it stands in
};
// h1 … h6.
inline bool IsHeadingTag(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }
// A bit for each formatting element an element run may hold (a, b, strong, em, i, u, font,
// small), 0 for other tags: such an element must not be open where the run stands.
uint16_t FormattingBit(GumboTag tag);

// An attribute of an element in a run, one the reader reads: page bytes of its name (ASCII,
// any case) and of its value (no references, so the value is these bytes; empty for href,
// whose presence alone is read).
struct SkeletonAttribute {
  uint32_t name_begin = 0;
  uint32_t name_end = 0;
  uint32_t value_begin = 0;
  uint32_t value_end = 0;
};

// One token of an element run, in page order: an element's start tag (with the attributes
// the reader reads), its end, a text, or a comment (which only keeps the texts around it
// apart). The tokens nest: every kStart of a non-void element has its kEnd. A <tbody> the
// parser inserts before a <tr> has an implied kStart at the <tr> and kEnd before </table>.
struct SkeletonNode {
  enum class Kind : uint8_t { kStart, kEnd, kText, kComment };
  Kind kind = Kind::kText;
  bool is_void = false;  // kStart of an element without content (<img>, <br>)
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  uint32_t begin = 0;  // page bytes of the token (for a text, its undecoded bytes)
  uint32_t end = 0;
  // kStart: attributes()[first_attribute, end_attribute).
  uint32_t first_attribute = 0;
  uint32_t end_attribute = 0;
  // kText holding references: its decoded text is decoded()[decoded_begin, decoded_end);
  // otherwise both are 0 and the page bytes are the text.
  uint32_t decoded_begin = 0;
  uint32_t decoded_end = 0;
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
  // `element_runs` false: element runs are left to gumbo (the retry when a run's place in the
  // tree is not one where it parses as recorded). `page` must be valid UTF-8 (a DecodedText).
  static Skeleton Build(std::string_view page, bool element_runs = true);

  bool empty() const { return cuts_.empty(); }
  std::string_view text() const { return text_; }
  // The marker byte: printable ASCII that occurs nowhere in the page.
  char marker() const { return marker_; }
  // The marker byte of element runs (another such byte), or 0 when runs are not cut.
  char element_marker() const { return element_marker_; }
  // True when some element run was cut.
  bool has_element_runs() const { return element_runs_; }
  const std::vector<SkeletonMarker>& markers() const { return markers_; }
  // The tokens recorded for element runs (markers index them; not all belong to one).
  const std::vector<SkeletonNode>& nodes() const { return nodes_; }
  const std::vector<SkeletonAttribute>& attributes() const { return attributes_; }
  // Decoded text of the element runs' texts that hold references.
  std::string_view decoded() const { return decoded_; }

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
  // The page offset where the skeleton bytes before `offset` end: ToPage, but right after a
  // deletion the page offset where the deleted bytes start (so a span ending there does not
  // take them in). Each hint as above.
  uint32_t ToPageEnd(uint32_t offset, size_t& map_hint, size_t& marker_hint) const;

 private:
  std::string text_;
  std::vector<SkeletonMarker> markers_;
  std::vector<SkeletonCut> cuts_;  // markers and deletions, by skeleton_end
  std::vector<SkeletonNode> nodes_;
  std::vector<SkeletonAttribute> attributes_;
  std::string decoded_;
  char marker_ = 0;
  char element_marker_ = 0;
  bool element_runs_ = false;
};

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_SKELETON_H_
