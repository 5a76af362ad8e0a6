// Builds the preorder index over gumbo's tree with an explicit stack, resolves every text node's
// text and page offsets once (expanding skeleton markers), measures it, and re-aggregates
// subtree statistics whenever the chrome verdicts change.
#include "runtime/read/html/page_tree.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

#include "runtime/read/html/char_class.h"
#include "runtime/read/html/chrome.h"
#include "runtime/read/html/portal_meta.h"
#include "runtime/read/html/source_align.h"
#include "runtime/read/html/text_counts.h"

namespace verdict::read::html {
namespace {

// Text nodes longer than this are prose, whatever words they contain.
constexpr uint32_t kMarkerTextChars = 80;
// Labels are counted in text nodes up to this long (a label cell, or a label and its value).
constexpr uint32_t kLabelTextChars = 60;

GumboTag RawTextTag(CutKind kind) {
  switch (kind) {
    case CutKind::kScript:
      return GUMBO_TAG_SCRIPT;
    case CutKind::kStyle:
      return GUMBO_TAG_STYLE;
    case CutKind::kXmp:
      return GUMBO_TAG_XMP;
    case CutKind::kIframe:
      return GUMBO_TAG_IFRAME;
    case CutKind::kNoembed:
      return GUMBO_TAG_NOEMBED;
    case CutKind::kNoframes:
      return GUMBO_TAG_NOFRAMES;
    case CutKind::kTitle:
      return GUMBO_TAG_TITLE;
    case CutKind::kText:
    case CutKind::kElements:
    case CutKind::kHead:
      break;
  }
  return GUMBO_TAG_UNKNOWN;
}

}  // namespace

PageTree::PageTree(const GumboNode* root, std::string_view source, const Skeleton* skeleton)
    : source_(source),
      skeleton_(skeleton != nullptr && !skeleton->empty() ? skeleton : nullptr),
      parsed_(skeleton_ != nullptr ? skeleton_->text() : source) {
  if (skeleton_ != nullptr) {
    marker_seen_.assign(skeleton_->markers().size(), false);
    // Element runs' nodes and attributes, at most one node per recorded start tag.
    expanded_nodes_.reserve(skeleton_->nodes().size());
    const auto& attributes = skeleton_->attributes();
    expanded_attributes_.reserve(attributes.size());
    attribute_list_.reserve(attributes.size());
    size_t chars = 0;
    for (const SkeletonAttribute& a : attributes) {
      chars += (a.name_end - a.name_begin) + (a.value_end - a.value_begin) + 2;
    }
    attribute_text_.reserve(chars);
  }
  // About one node per '<' (a start tag and its end tag make an element and the text after);
  // an element run's recorded tokens make about one node each.
  const size_t recorded = skeleton_ != nullptr ? skeleton_->nodes().size() : 0;
  const size_t expected =
      static_cast<size_t>(std::count(parsed_.begin(), parsed_.end(), '<')) + recorded + 8;
  nodes_.reserve(expected);
  measure_.reserve(expected);
  texts_.reserve(expected);
  offsets_.reserve(expected);
  Build(root);
  if (skeleton_ != nullptr && markers_seen_ != skeleton_->markers().size()) ok_ = false;
}

void PageTree::Build(const GumboNode* root) {
  struct Frame {
    const GumboNode* node;
    uint32_t index;
    unsigned next_child;
  };
  std::vector<Frame> stack;
  uint32_t link_depth = 0;
  const auto add = [&](const GumboNode* node, uint32_t parent) {
    PageNode entry;
    entry.gumbo = node;
    entry.parent = parent;
    entry.is_text = node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT &&
                    node->type != GUMBO_NODE_TEMPLATE;
    if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
      entry.tag = node->v.element.tag;
    }
    entry.in_link = link_depth > 0;
    // Only <a href> is a link; <a name="_Toc…"> anchors (Word exports) wrap ordinary text.
    entry.is_link = entry.tag == GUMBO_TAG_A && node->type == GUMBO_NODE_ELEMENT &&
                    gumbo_get_attribute(&node->v.element.attributes, "href") != nullptr;
    nodes_.push_back(entry);
    texts_.push_back(entry.is_text ? ResolveText(node) : NodeText());
    offsets_.push_back(NodeOffset(node, texts_.back()));
    measure_.push_back(entry.is_text ? MeasureText(texts_.back().text) : TextMeasure());
    const uint32_t index = static_cast<uint32_t>(nodes_.size() - 1);
    if (entry.is_text) {
      nodes_.back().end = index + 1;
    } else {
      if (entry.is_link) ++link_depth;
      if (entry.tag == GUMBO_TAG_BODY && body_ == 0) body_ = index;
      if (entry.tag == GUMBO_TAG_TITLE && title_ == kNoNode) title_ = index;
      stack.push_back({node, index, 0});
    }
  };
  add(root, kNoNode);
  const char run_mark = skeleton_ != nullptr ? skeleton_->element_marker() : 0;
  while (!stack.empty() && ok_) {
    Frame& top = stack.back();
    const GumboVector* children = top.node->type == GUMBO_NODE_DOCUMENT
                                      ? &top.node->v.document.children
                                      : &top.node->v.element.children;
    if (top.next_child < children->length) {
      const auto* child = static_cast<const GumboNode*>(children->data[top.next_child++]);
      if (run_mark != 0 && child->type == GUMBO_NODE_COMMENT && child->v.text.text != nullptr &&
          child->v.text.text[0] == run_mark && child->v.text.text[1] == '\0') {
        AddHeadRun(child, top.index);
        continue;
      }
      // Comments and template contents never render.
      if (child->type == GUMBO_NODE_COMMENT || child->type == GUMBO_NODE_TEMPLATE) continue;
      if (run_mark != 0 && child->type == GUMBO_NODE_TEXT && child->v.text.text != nullptr &&
          std::strchr(child->v.text.text, run_mark) != nullptr) {
        AddElements(child, top.index, link_depth > 0);
        continue;
      }
      add(child, top.index);
      continue;
    }
    nodes_[top.index].end = static_cast<uint32_t>(nodes_.size());
    if (nodes_[top.index].is_link && link_depth > 0) --link_depth;
    stack.pop_back();
  }
}

PageTree::NodeText PageTree::ResolveText(const GumboNode* node) {
  const GumboText& t = node->v.text;
  const std::string_view text = t.text != nullptr ? std::string_view(t.text) : std::string_view();
  const std::string_view raw = SourceSpan(t.original_text);
  if (skeleton_ == nullptr) return {text, raw};
  // Skeleton parse: `raw` is already in the page; the markers in the parsed raw text say what
  // the decoded text holds in place of page runs.
  const char mark = skeleton_->marker();
  const auto& markers = skeleton_->markers();
  const char* parsed_raw = t.original_text.data;
  if (raw.data() == nullptr) {
    if (text.find(mark) != std::string_view::npos) ok_ = false;
    return {text, raw};
  }
  const auto begin = static_cast<uint32_t>(parsed_raw - parsed_.data());
  const auto end = static_cast<uint32_t>(begin + t.original_text.length);
  const size_t first = skeleton_->FirstMarkerFrom(begin, marker_hint_);
  const size_t last = skeleton_->FirstMarkerFrom(end, marker_hint_);
  if (first == last) {
    // No run was cut here: the decoded text is the page's, unless a reference decoded to the
    // marker byte (which the page never holds literally).
    if (text.find(mark) != std::string_view::npos) ok_ = false;
    return {text, raw};
  }
  if (text == std::string_view(parsed_raw, t.original_text.length)) {
    // Verbatim text: the page's raw bytes are its text.
    for (size_t k = first; k < last; ++k) SeeMarker(k, node);
    return {raw, raw};
  }
  // References or CRs beside cut runs: find which decoded marker bytes came from markers.
  AlignToSource(text, std::string_view(parsed_raw, t.original_text.length), begin, align_);
  std::string& out = expanded_.emplace_back();
  size_t copied = 0;
  for (size_t d = text.find(mark); d != std::string_view::npos; d = text.find(mark, d + 1)) {
    const size_t k = skeleton_->FirstMarkerFrom(align_[d], marker_hint_);
    if (k < first || k >= last || markers[k].skeleton != align_[d]) {
      ok_ = false;
      return {text, raw};
    }
    SeeMarker(k, node);
    out.append(text.substr(copied, d - copied));
    out.append(source_.substr(markers[k].page_begin, markers[k].page_end - markers[k].page_begin));
    copied = d + 1;
  }
  out.append(text.substr(copied));
  return {out, raw};
}

void PageTree::MarkSeen(size_t k) {
  if (marker_seen_[k]) ok_ = false;
  marker_seen_[k] = true;
  ++markers_seen_;
}

void PageTree::SeeMarker(size_t k, const GumboNode* node) {
  MarkSeen(k);
  const CutKind kind = skeleton_->markers()[k].kind;
  if (kind == CutKind::kText) return;
  if (kind == CutKind::kElements || kind == CutKind::kHead) {
    ok_ = false;  // only AddElements and AddHeadRun may take a run's marker
    return;
  }
  // Raw text must be the text of the element the pre-scan saw start.
  const GumboNode* parent = node->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT ||
      parent->v.element.tag != RawTextTag(kind)) {
    ok_ = false;
  }
}

std::string_view PageTree::SourceSpan(const GumboStringPiece& piece) const {
  const auto within = [&](std::string_view buffer) {
    const auto at = reinterpret_cast<uintptr_t>(piece.data);
    const auto from = reinterpret_cast<uintptr_t>(buffer.data());
    return piece.data != nullptr && at >= from && at + piece.length <= from + buffer.size();
  };
  if (!within(parsed_)) {
    // Attributes of expanded element runs point into the page itself.
    if (skeleton_ != nullptr && within(source_)) return {piece.data, piece.length};
    return {};
  }
  const char* begin = parsed_.data();
  const auto offset = static_cast<size_t>(piece.data - begin);
  if (skeleton_ == nullptr) return source_.substr(offset, piece.length);
  const uint32_t from = skeleton_->ToPage(static_cast<uint32_t>(offset), map_hint_);
  const uint32_t to =
      skeleton_->ToPageEnd(static_cast<uint32_t>(offset + piece.length), map_hint_, marker_hint_);
  return source_.substr(from, to - from);
}

uint32_t PageTree::SourceOffset(size_t parsed_offset) const {
  const auto clamped = static_cast<uint32_t>(std::min(parsed_offset, parsed_.size()));
  const uint32_t offset = skeleton_ != nullptr ? skeleton_->ToPage(clamped, map_hint_) : clamped;
  return std::min<uint32_t>(offset, static_cast<uint32_t>(source_.size()));
}

uint32_t PageTree::NodeOffset(const GumboNode* node, const NodeText& text) const {
  if (node->type == GUMBO_NODE_ELEMENT) return SourceOffset(node->v.element.start_pos.offset);
  if (node->type == GUMBO_NODE_DOCUMENT || node->type == GUMBO_NODE_TEMPLATE) return 0;
  if (text.raw.data() != nullptr) return static_cast<uint32_t>(text.raw.data() - source_.data());
  return SourceOffset(node->v.text.start_pos.offset);
}

PageTree::TextMeasure PageTree::MeasureText(std::string_view text) {
  TextMeasure m;
  const TextCounts counts = CountText(text);
  m.chars = counts.chars;
  m.cjk = counts.cjk;
  if (m.chars == 0) return m;
  m.chrome = m.chars <= kMarkerTextChars && HasChromeMarker(text);
  // Longer text makes every block around it too long for a disclosure table anyway.
  if (m.chars <= kLabelTextChars) m.labels = CountDisclosureLabels(text);
  return m;
}

std::string_view PageTree::Text(uint32_t i) const { return texts_[i].text; }

std::string_view PageTree::RawText(uint32_t i) const { return texts_[i].raw; }

uint32_t PageTree::RawOffset(uint32_t i) const {
  const std::string_view raw = texts_[i].raw;
  if (raw.data() != nullptr) return static_cast<uint32_t>(raw.data() - source_.data());
  return offsets_[i];
}

uint32_t PageTree::Offset(uint32_t i) const { return offsets_[i]; }

std::string_view PageTree::Attribute(uint32_t i, const char* name) const {
  const PageNode& n = nodes_[i];
  if (n.is_text || n.gumbo->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&n.gumbo->v.element.attributes, name);
  return attr != nullptr && attr->value != nullptr ? std::string_view(attr->value)
                                                   : std::string_view();
}

bool PageTree::ClassOrIdContains(uint32_t i, std::string_view lower) const {
  return ContainsIgnoreCase(Attribute(i, "class"), lower) ||
         ContainsIgnoreCase(Attribute(i, "id"), lower);
}

std::string_view PageTree::ClassAndId(uint32_t i) const {
  const std::string_view cls = Attribute(i, "class");
  const std::string_view id = Attribute(i, "id");
  if (cls.empty() && id.empty()) return {};
  // Asked for most elements: built in one buffer the tree keeps.
  class_and_id_.assign(cls);
  class_and_id_.push_back(' ');
  class_and_id_.append(id);
  for (char& c : class_and_id_) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return class_and_id_;
}

void PageTree::Recount() {
  const uint32_t n = size();
  for (uint32_t i = 0; i < n; ++i) {
    PageNode& node = nodes_[i];
    node.removed =
        node.drop != Drop::kKeep || (node.parent != kNoNode && nodes_[node.parent].removed);
    const TextMeasure& m = measure_[i];
    node.chars = m.chars;
    node.cjk = node.in_link ? 0 : m.cjk;
    node.link_chars = node.in_link ? m.chars : 0;
    node.chrome_chars = m.chrome && !node.in_link ? m.chars : 0;
    node.labels = m.labels;
    node.max_run = m.chars;
    node.paragraphs = !node.is_text && (node.tag == GUMBO_TAG_P || node.tag == GUMBO_TAG_BR);
  }
  for (uint32_t i = n; i-- > 1;) {
    const PageNode& node = nodes_[i];
    if (node.removed || node.parent == kNoNode) continue;
    PageNode& parent = nodes_[node.parent];
    parent.chars += node.chars;
    parent.link_chars += node.link_chars;
    parent.chrome_chars += node.chrome_chars;
    parent.cjk += node.cjk;
    parent.labels += node.labels;
    parent.max_run = std::max(parent.max_run, node.max_run);
    parent.paragraphs += node.paragraphs;
  }
}

}  // namespace verdict::read::html
