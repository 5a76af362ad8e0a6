// Builds the preorder index over gumbo's tree with an explicit stack, measures every text node
// once, and re-aggregates subtree statistics whenever the chrome verdicts change.
#include "runtime/read/html/page_tree.h"

#include <algorithm>
#include <utility>

#include "runtime/read/html/char_class.h"
#include "runtime/read/html/chrome.h"
#include "runtime/read/html/portal_meta.h"

namespace verdict::read::html {
namespace {

// Text nodes longer than this are prose, whatever words they contain.
constexpr uint32_t kMarkerTextChars = 80;
// Labels are counted in text nodes up to this long (a label cell, or a label and its value).
constexpr uint32_t kLabelTextChars = 60;

}  // namespace

PageTree::PageTree(const GumboNode* root, std::string_view source) : source_(source) {
  Build(root);
  Recount();
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
    measure_.push_back(entry.is_text ? MeasureText(node->v.text.text) : TextMeasure());
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
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector* children = top.node->type == GUMBO_NODE_DOCUMENT
                                      ? &top.node->v.document.children
                                      : &top.node->v.element.children;
    if (top.next_child < children->length) {
      const auto* child = static_cast<const GumboNode*>(children->data[top.next_child++]);
      // Comments and template contents never render.
      if (child->type == GUMBO_NODE_COMMENT || child->type == GUMBO_NODE_TEMPLATE) continue;
      add(child, top.index);
      continue;
    }
    nodes_[top.index].end = static_cast<uint32_t>(nodes_.size());
    if (nodes_[top.index].is_link && link_depth > 0) --link_depth;
    stack.pop_back();
  }
}

PageTree::TextMeasure PageTree::MeasureText(const char* c_text) {
  TextMeasure m;
  if (c_text == nullptr) return m;
  const std::string_view text(c_text);
  // A byte loop: ASCII and CJK (three-byte) characters are classified without decoding.
  for (size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      m.chars += !IsCollapsibleSpace(lead);
      ++i;
      continue;
    }
    if (lead >= 0xE4 && lead <= 0xE9 && i + 2 < text.size()) {  // U+4000..U+9FFF
      ++m.chars;
      // All but U+4DC0..U+4DFF (E4 B7 xx), the hexagram symbols.
      m.cjk += lead != 0xE4 || static_cast<unsigned char>(text[i + 1]) != 0xB7;
      i += 3;
      continue;
    }
    const CodePoint cp = DecodeCodePoint(text, i);
    if (!IsCollapsibleSpace(cp.value)) {
      ++m.chars;
      if (IsCjkIdeograph(cp.value)) ++m.cjk;
    }
    i += cp.length;
  }
  if (m.chars == 0) return m;
  m.chrome = m.chars <= kMarkerTextChars && HasChromeMarker(text);
  // Longer text makes every block around it too long for a disclosure table anyway.
  if (m.chars <= kLabelTextChars) m.labels = CountDisclosureLabels(text);
  return m;
}

std::string_view PageTree::Text(uint32_t i) const {
  const PageNode& n = nodes_[i];
  if (!n.is_text || n.gumbo->v.text.text == nullptr) return {};
  return n.gumbo->v.text.text;
}

std::string_view PageTree::RawText(uint32_t i) const {
  const PageNode& n = nodes_[i];
  if (!n.is_text) return {};
  const GumboStringPiece& raw = n.gumbo->v.text.original_text;
  const char* begin = source_.data();
  if (raw.data < begin || raw.data + raw.length > begin + source_.size()) return {};
  return {raw.data, raw.length};
}

uint32_t PageTree::RawOffset(uint32_t i) const {
  const std::string_view raw = RawText(i);
  if (raw.data() != nullptr) return static_cast<uint32_t>(raw.data() - source_.data());
  return Offset(i);
}

uint32_t PageTree::Offset(uint32_t i) const {
  const PageNode& n = nodes_[i];
  uint32_t offset = 0;
  if (n.is_text) {
    const std::string_view raw = RawText(i);
    offset = raw.data() != nullptr ? static_cast<uint32_t>(raw.data() - source_.data())
                                   : n.gumbo->v.text.start_pos.offset;
  } else if (n.gumbo->type == GUMBO_NODE_ELEMENT) {
    offset = n.gumbo->v.element.start_pos.offset;
  }
  return std::min<uint32_t>(offset, static_cast<uint32_t>(source_.size()));
}

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

std::string PageTree::ClassAndId(uint32_t i) const {
  const std::string_view cls = Attribute(i, "class");
  const std::string_view id = Attribute(i, "id");
  if (cls.empty() && id.empty()) return {};
  std::string key = AsciiLower(cls);
  key.push_back(' ');
  key += AsciiLower(id);
  return key;
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
