// A flat, preorder index over a gumbo parse tree: parents, subtree ends, what each node's text
// weighs (characters, links, chrome markers, disclosure labels) and whether it is removed as
// page chrome. Every later step works on indices into it, without recursion.
#ifndef VERDICT_RUNTIME_READ_HTML_PAGE_TREE_H_
#define VERDICT_RUNTIME_READ_HTML_PAGE_TREE_H_

#include <gumbo.h>

#include <array>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/read/html/skeleton.h"

namespace verdict::read::html {

inline constexpr uint32_t kNoNode = UINT32_MAX;

// Why a subtree is left out of the article. kHidden never renders (script, style, head,
// display:none); kChrome is page furniture (nav, footer, share bars, disclosure tables);
// kHeader is a <header>, chrome for the body yet still searched for the title.
enum class Drop : uint8_t { kKeep, kHidden, kChrome, kHeader };

struct PageNode {
  const GumboNode* gumbo = nullptr;
  uint32_t parent = kNoNode;
  uint32_t end = 0;  // one past the last node of the subtree
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool is_text = false;
  bool is_link = false;     // an <a href>
  bool in_link = false;     // text inside an <a href>
  Drop drop = Drop::kKeep;  // this node's own verdict
  bool removed = false;     // it or an ancestor is dropped
  // Over the text of the subtree that is not removed; counts are non-space code points.
  uint32_t chars = 0;
  uint32_t link_chars = 0;
  uint32_t chrome_chars = 0;  // in text nodes carrying a widget, breadcrumb or footer marker
  uint32_t cjk = 0;           // CJK ideographs outside links
  uint32_t max_run = 0;       // the longest single text node
  uint32_t labels = 0;      // disclosure-table labels (索引号, 发布机构, 成文日期, …)
  uint32_t paragraphs = 0;  // <p> and <br> elements

  uint32_t content() const {
    const uint32_t other = link_chars + chrome_chars;
    return chars > other ? chars - other : 0;
  }
};

class PageTree {
 public:
  // `root` is gumbo's document node for `source` (the page) or, when `skeleton` is given, for
  // skeleton->text(): text nodes are then expanded back to the page's text and every offset is
  // a page offset, exactly as if the page had been parsed. `skeleton` must outlive the tree.
  PageTree(const GumboNode* root, std::string_view source, const Skeleton* skeleton = nullptr);

  // False when the skeleton's markers did not all come back, once each, in text the tree
  // shows (a marker in a comment, a template, an attribute): parse the page itself instead.
  bool ok() const { return ok_; }

  const std::vector<PageNode>& nodes() const { return nodes_; }
  const PageNode& node(uint32_t i) const { return nodes_[i]; }
  uint32_t size() const { return static_cast<uint32_t>(nodes_.size()); }
  std::string_view source() const { return source_; }
  // Index of <body> (or of the root when there is none).
  uint32_t body() const { return body_; }
  // First <title> element in the document, or kNoNode.
  uint32_t title_element() const { return title_; }

  // Decoded text of a text node; empty for elements.
  std::string_view Text(uint32_t i) const;
  // The text node as written in the source, and where that starts in the source.
  std::string_view RawText(uint32_t i) const;
  uint32_t RawOffset(uint32_t i) const;
  // Source offset of a node (an element's start tag, a text node's first byte).
  uint32_t Offset(uint32_t i) const;

  // The page bytes of a piece of the parsed buffer (an attribute's original value); data() is
  // null when the piece does not lie in that buffer.
  std::string_view SourceSpan(const GumboStringPiece& piece) const;
  // The page offset of an offset in the parsed buffer (a gumbo source position), clamped to
  // the page.
  uint32_t SourceOffset(size_t parsed_offset) const;

  // Attribute value (decoded) or empty.
  std::string_view Attribute(uint32_t i, const char* name) const;
  // True when the class or id attribute contains `lower` ignoring ASCII case.
  bool ClassOrIdContains(uint32_t i, std::string_view lower) const;
  // The class and id attributes, lowercased and joined by a space; empty when neither is set.
  // Valid until the next call.
  std::string_view ClassAndId(uint32_t i) const;
  // True when `ancestor` is `i` or one of its ancestors.
  bool Contains(uint32_t ancestor, uint32_t i) const {
    return ancestor <= i && i < nodes_[ancestor].end;
  }

  // Sets a node's own drop verdict; call Recount() afterwards.
  void SetDrop(uint32_t i, Drop drop) { nodes_[i].drop = drop; }
  // Recomputes `removed` top-down and the subtree statistics bottom-up. Linear. A new tree's
  // statistics are zero until the first call (the reader first marks hidden subtrees).
  void Recount();

 private:
  // A text node's own measurements, kept apart from the aggregated fields.
  struct TextMeasure {
    uint32_t chars = 0, cjk = 0, labels = 0;
    bool chrome = false;
  };
  // A text node's text (decoded) and its source bytes in the page (data() null when unknown).
  struct NodeText {
    std::string_view text;
    std::string_view raw;
  };
  static TextMeasure MeasureText(std::string_view text);
  void Build(const GumboNode* root);
  NodeText ResolveText(const GumboNode* node);
  uint32_t NodeOffset(const GumboNode* node, const NodeText& text) const;
  // Skeleton parses: adds the nodes of the element run whose marker is in text node `node`
  // (and the whitespace around them), or makes the tree not ok when the run would not have
  // parsed into those nodes under `parent` there.
  void AddElements(const GumboNode* node, uint32_t parent, bool in_link);
  // Skeleton parses: adds the nodes of the head run whose marker is comment `node`, or makes
  // the tree not ok when `parent` is not the head element that was open there.
  void AddHeadRun(const GumboNode* node, uint32_t parent);
  // Adds the recorded nodes of `run` under `parent`, nested as recorded.
  void ExpandRun(const SkeletonMarker& run, uint32_t parent, bool in_link);
  // A text node of page bytes [begin, end) (none when empty); its text is `decoded` when
  // given, the page bytes otherwise.
  void AddExpandedText(uint32_t begin, uint32_t end, uint32_t parent, bool in_link,
                       std::string_view decoded = {});
  // An element node with the recorded start tag's attributes, owned by the tree.
  const GumboNode* ExpandedElement(const SkeletonNode& start);
  // Skeleton parses: records that marker k came back; a second time makes the tree not ok.
  void MarkSeen(size_t k);
  // Skeleton parses: MarkSeen for a marker in text node `node`; a raw-text marker outside its
  // element, or an element run's, makes the tree not ok.
  void SeeMarker(size_t k, const GumboNode* node);

  std::string_view source_;
  const Skeleton* skeleton_;
  std::string_view parsed_;  // what gumbo parsed: source_ or the skeleton's text
  std::vector<PageNode> nodes_;
  std::vector<TextMeasure> measure_;
  std::vector<NodeText> texts_;    // per node; empty for elements
  std::vector<uint32_t> offsets_;  // per node: Offset(i)
  // Text of nodes whose markers sat among references.
  std::deque<std::string> expanded_;
  // The element nodes of expanded element runs, their attributes (each node's contiguous in
  // attribute_list_) and the attributes' names and values, NUL-terminated; all reserved once
  // from the skeleton's counts, so that pointers into them stay valid. The shared node of each
  // tag without attributes; the open elements while a run expands.
  std::vector<GumboNode> expanded_nodes_;
  std::vector<GumboAttribute> expanded_attributes_;
  std::vector<void*> attribute_list_;
  std::string attribute_text_;
  std::array<const GumboNode*, GUMBO_TAG_LAST + 1> bare_elements_{};
  std::vector<uint32_t> open_;
  mutable std::string class_and_id_;  // ClassAndId's answer
  std::vector<uint32_t> align_;       // scratch for AlignToSource
  mutable size_t marker_hint_ = 0;    // last marker index looked up (see Skeleton)
  mutable size_t map_hint_ = 0;       // the same for Skeleton::ToPage
  std::vector<bool> marker_seen_;
  size_t markers_seen_ = 0;
  bool ok_ = true;
  uint32_t body_ = 0;
  uint32_t title_ = kNoNode;
};

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_PAGE_TREE_H_
