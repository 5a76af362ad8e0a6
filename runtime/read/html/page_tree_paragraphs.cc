// Expands a paragraph run's marker back into the <p> elements, their text and the whitespace
// between them, exactly as a whole-page parse would have built them, after checking that the
// marker's place in the tree is one where those paragraphs would have parsed as its siblings.
#include <gumbo.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "runtime/read/html/char_class.h"
#include "runtime/read/html/page_tree.h"

namespace verdict::read::html {
namespace {

// Stands in for the text nodes of expanded paragraph runs (PageNode::gumbo is only asked for
// an element's attributes).
const GumboNode kExpandedText = [] {
  GumboNode node{};
  node.type = GUMBO_NODE_TEXT;
  return node;
}();

// Every <p> without attributes: one node serves them all.
const GumboNode kBareParagraph = [] {
  GumboNode node{};
  node.type = GUMBO_NODE_ELEMENT;
  node.v.element.tag = GUMBO_TAG_P;
  node.v.element.tag_namespace = GUMBO_NAMESPACE_HTML;
  return node;
}();

bool OnlyHtmlSpace(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; });
}

// True when "<p>text</p>" in place of this text node would have parsed as <p> children of the
// node's parent: the text went where a paragraph goes (not foster-parented, not into a
// formatting element the parser reconstructed or the adoption agency made), and the parent lets
// a <p> start tag open a paragraph there (no <p> open in button scope; not select, table,
// template, head, raw text or foreign content, where <p> or text are treated otherwise).
bool ParagraphsFitHere(const GumboNode* text) {
  constexpr unsigned kMoved =
      GUMBO_INSERTION_FOSTER_PARENTED | GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT |
      GUMBO_INSERTION_ADOPTION_AGENCY_CLONED | GUMBO_INSERTION_ADOPTION_AGENCY_MOVED;
  if ((text->parse_flags & kMoved) != 0) return false;
  const GumboNode* parent = text->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT ||
      (parent->parse_flags & kMoved) != 0) {
    return false;
  }
  switch (parent->v.element.tag) {
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_PLAINTEXT:
      return false;
    default:
      break;
  }
  // gumbo does not flag foster-parented text, but it stands before the table it came after in
  // the source: a later sibling that starts earlier gives it away.
  const GumboVector& siblings = parent->v.element.children;
  for (unsigned k = text->index_within_parent + 1; k < siblings.length; ++k) {
    const auto* sibling = static_cast<const GumboNode*>(siblings.data[k]);
    if (sibling->type == GUMBO_NODE_ELEMENT &&
        sibling->v.element.start_pos.offset < text->v.text.start_pos.offset) {
      return false;
    }
  }
  for (const GumboNode* n = parent; n != nullptr && n->type == GUMBO_NODE_ELEMENT; n = n->parent) {
    if (n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return false;
    switch (n->v.element.tag) {
      case GUMBO_TAG_P:
        return false;  // the first <p> start tag would close it
      case GUMBO_TAG_APPLET:
      case GUMBO_TAG_BUTTON:
      case GUMBO_TAG_CAPTION:
      case GUMBO_TAG_HTML:
      case GUMBO_TAG_MARQUEE:
      case GUMBO_TAG_OBJECT:
      case GUMBO_TAG_TABLE:
      case GUMBO_TAG_TD:
      case GUMBO_TAG_TEMPLATE:
      case GUMBO_TAG_TH:
        return true;  // the edge of button scope
      default:
        break;
    }
  }
  return true;
}

}  // namespace

void PageTree::AddParagraphs(const GumboNode* node, uint32_t parent, bool in_link) {
  // The skeleton holds whitespace, the run's marker, whitespace: the paragraphs stand between
  // the page's whitespace before and after them.
  const GumboText& t = node->v.text;
  const std::string_view text(t.text);
  const char* parsed_raw = t.original_text.data;
  const auto& markers = skeleton_->markers();
  const size_t at = text.find(skeleton_->paragraph_marker());
  // gumbo's original text may run on over markup consumed before the node was closed (at the
  // end of the page): the text must be verbatim up to its own end.
  if (parsed_raw < parsed_.data() || parsed_raw + t.original_text.length > parsed_.end() ||
      !std::string_view(parsed_raw, t.original_text.length).starts_with(text) ||
      !OnlyHtmlSpace(text.substr(0, at)) || !OnlyHtmlSpace(text.substr(at + 1)) ||
      !ParagraphsFitHere(node)) {
    ok_ = false;
    return;
  }
  const auto begin = static_cast<uint32_t>(parsed_raw - parsed_.data());
  const auto offset = static_cast<uint32_t>(begin + at);
  const size_t k = skeleton_->FirstMarkerFrom(offset, marker_hint_);
  if (k >= markers.size() || markers[k].skeleton != offset ||
      markers[k].kind != CutKind::kParagraphs) {
    ok_ = false;
    return;
  }
  MarkSeen(k);
  const SkeletonMarker& run = markers[k];
  const auto& paragraphs = skeleton_->paragraphs();
  uint32_t from = skeleton_->ToPage(begin, map_hint_);  // page whitespace not yet added
  for (uint32_t j = run.first_paragraph; j < run.end_paragraph; ++j) {
    const SkeletonParagraph& p = paragraphs[j];
    AddExpandedText(from, p.tag_begin, parent, in_link);
    PageNode element;
    element.gumbo = ExpandedParagraph(p);
    element.parent = parent;
    element.tag = GUMBO_TAG_P;
    element.in_link = in_link;
    const auto index = static_cast<uint32_t>(nodes_.size());
    element.end = index + 2;
    nodes_.push_back(element);
    texts_.emplace_back();
    offsets_.push_back(p.tag_begin);
    measure_.emplace_back();
    AddExpandedText(p.text_begin, p.text_end, index, in_link);
    from = p.text_end + 4;  // after "</p>"
  }
  // The whitespace after the run ends the node; its source, like gumbo's, runs on to where the
  // node's original text ends.
  AddExpandedText(
      from, skeleton_->ToPage(begin + static_cast<uint32_t>(text.size()), map_hint_), parent,
      in_link, skeleton_->ToPage(begin + static_cast<uint32_t>(t.original_text.length), map_hint_));
}

void PageTree::AddExpandedText(uint32_t begin, uint32_t end, uint32_t parent, bool in_link,
                               uint32_t raw_end) {
  if (begin >= end) return;
  PageNode entry;
  entry.gumbo = &kExpandedText;
  entry.parent = parent;
  entry.is_text = true;
  entry.in_link = in_link;
  entry.end = static_cast<uint32_t>(nodes_.size() + 1);
  nodes_.push_back(entry);
  texts_.push_back(
      {source_.substr(begin, end - begin), source_.substr(begin, std::max(end, raw_end) - begin)});
  offsets_.push_back(begin);
  measure_.push_back(MeasureText(texts_.back().text));
}

const GumboNode* PageTree::ExpandedParagraph(const SkeletonParagraph& p) {
  if (p.first_attribute == p.end_attribute) return &kBareParagraph;
  GumboNode& node = expanded_nodes_.emplace_back(kBareParagraph);
  std::vector<void*>& list = expanded_attribute_lists_.emplace_back();
  for (uint32_t a = p.first_attribute; a < p.end_attribute; ++a) {
    const SkeletonAttribute& from = skeleton_->attributes()[a];
    std::string& name = expanded_.emplace_back(
        AsciiLower(source_.substr(from.name_begin, from.name_end - from.name_begin)));
    std::string& value =
        expanded_.emplace_back(source_.substr(from.value_begin, from.value_end - from.value_begin));
    GumboAttribute& attribute = expanded_attributes_.emplace_back();
    attribute.attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
    attribute.name = name.c_str();
    attribute.value = value.c_str();
    list.push_back(&attribute);
  }
  node.v.element.attributes.data = list.data();
  node.v.element.attributes.length = static_cast<unsigned>(list.size());
  node.v.element.attributes.capacity = static_cast<unsigned>(list.size());
  return &node;
}

}  // namespace verdict::read::html
