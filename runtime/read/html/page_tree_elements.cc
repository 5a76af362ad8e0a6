// Expands an element run's marker back into the elements, text and whitespace a whole-page
// parse would have built from it, after checking that the marker's place in the tree is one
// where the run's markup parses as recorded: the same nodes, as children of the marker's
// parent.
#include <gumbo.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "runtime/read/html/page_tree.h"

namespace verdict::read::html {
namespace {

// Stands in for the text nodes of expanded runs (PageNode::gumbo is only asked for an
// element's attributes).
const GumboNode kExpandedText = [] {
  GumboNode node{};
  node.type = GUMBO_NODE_TEXT;
  return node;
}();

bool OnlyHtmlSpace(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; });
}

bool IsHtmlElement(const GumboNode* n) {
  return n != nullptr && n->type == GUMBO_NODE_ELEMENT &&
         n->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
}

// The special elements of the HTML standard's tree construction (those gumbo knows): an <li>
// start tag looks for an <li> to close up to the first of them that is not address, div or p.
bool IsSpecial(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_META:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

// gumbo does not flag foster-parented nodes, but they stand before the table they came after
// in the source: a later sibling of the node that starts before `offset` (the run's place in
// the source) gives away a table still open around the run.
bool LaterSiblingStartsBefore(const GumboNode* node, size_t offset) {
  const GumboNode* parent = node->parent;
  if (parent == nullptr || parent->type != GUMBO_NODE_ELEMENT) return false;
  const GumboVector& siblings = parent->v.element.children;
  for (unsigned k = node->index_within_parent + 1; k < siblings.length; ++k) {
    const auto* sibling = static_cast<const GumboNode*>(siblings.data[k]);
    if (sibling->type == GUMBO_NODE_ELEMENT && sibling->v.element.start_pos.offset < offset) {
      return true;
    }
  }
  return false;
}

// True when the run's markup in place of this text node would have parsed into the recorded
// nodes as children of the node's parent: the text went where flow content goes (not
// foster-parented, not into a formatting element the parser reconstructed or the adoption
// agency made), the parent is in the HTML namespace and lets start tags and text in as the
// body does (not select, table structure, template, head or raw text), and nothing open there
// is closed by the run's start tags (`marker`'s needs).
bool RunFitsHere(const GumboNode* text, const SkeletonMarker& marker) {
  const size_t offset = marker.skeleton;
  constexpr unsigned kMoved =
      GUMBO_INSERTION_FOSTER_PARENTED | GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT |
      GUMBO_INSERTION_ADOPTION_AGENCY_CLONED | GUMBO_INSERTION_ADOPTION_AGENCY_MOVED;
  if ((text->parse_flags & kMoved) != 0) return false;
  const GumboNode* parent = text->parent;
  if (!IsHtmlElement(parent) || (parent->parse_flags & kMoved) != 0) return false;
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
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
      return false;
    default:
      break;
  }
  if (IsHeadingTag(parent->v.element.tag) && (marker.needs & kNoHeadingParent) != 0) return false;
  if (LaterSiblingStartsBefore(text, offset)) return false;
  bool paragraph_scope = (marker.needs & kNoOpenParagraph) != 0;
  bool list_item_scope = (marker.needs & kNoOpenListItem) != 0;
  for (const GumboNode* n = parent; n != nullptr && n->type == GUMBO_NODE_ELEMENT; n = n->parent) {
    if (n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return false;
    // An open element that was foster-parented: a table is open, and the parser is in one of
    // its modes, where a <table> start tag closes it.
    if (LaterSiblingStartsBefore(n, offset)) return false;
    const GumboTag tag = n->v.element.tag;
    if ((FormattingBit(tag) & marker.formatting) != 0) return false;
    if (paragraph_scope) {
      if (tag == GUMBO_TAG_P) return false;  // a block start tag would close it
      switch (tag) {
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
          paragraph_scope = false;  // the edge of button scope
          break;
        default:
          break;
      }
    }
    if (list_item_scope) {
      if (tag == GUMBO_TAG_LI) return false;  // an <li> start tag would close it
      if (IsSpecial(tag) && tag != GUMBO_TAG_ADDRESS && tag != GUMBO_TAG_DIV &&
          tag != GUMBO_TAG_P) {
        list_item_scope = false;
      }
    }
  }
  return true;
}

}  // namespace

void PageTree::AddElements(const GumboNode* node, uint32_t parent, bool in_link) {
  // The skeleton holds whitespace, the run's marker and an empty comment, which ends the text
  // node at the marker: the run stands after the page's whitespace before it. That whitespace
  // may come from both sides of markup that adds no node (a </body> before a run after the
  // body), where the text is not the source's bytes.
  const GumboText& t = node->v.text;
  const std::string_view text(t.text);
  const char* parsed_raw = t.original_text.data;
  const auto& markers = skeleton_->markers();
  const char mark = skeleton_->element_marker();
  const size_t at = text.find(mark);
  if (parsed_raw < parsed_.data() || parsed_raw + t.original_text.length > parsed_.end()) {
    ok_ = false;
    return;
  }
  const std::string_view raw_parsed(parsed_raw, t.original_text.length);
  const size_t raw_at = raw_parsed.find(mark);
  // A "</>" before the marker makes no token: a whole-page parse would count it as the start
  // of the run's first element.
  if (raw_at == std::string_view::npos || at + 1 != text.size() ||
      raw_parsed.substr(0, raw_at).find("</>") != std::string_view::npos ||
      !OnlyHtmlSpace(text.substr(0, at))) {
    ok_ = false;
    return;
  }
  const bool verbatim = raw_parsed.starts_with(text);
  const auto begin = static_cast<uint32_t>(parsed_raw - parsed_.data());
  const auto offset = static_cast<uint32_t>(begin + raw_at);
  const size_t k = skeleton_->FirstMarkerFrom(offset, marker_hint_);
  if (k >= markers.size() || markers[k].skeleton != offset ||
      markers[k].kind != CutKind::kElements || !RunFitsHere(node, markers[k])) {
    ok_ = false;
    return;
  }
  MarkSeen(k);
  if (!ok_) return;  // a run expands once: the storage reserved for it is exact
  const SkeletonMarker& run = markers[k];
  if (at > 0) {
    AddExpandedText(skeleton_->ToPage(begin, map_hint_), run.page_begin, parent, in_link,
                    verbatim ? std::string_view() : text.substr(0, at));
  }
  ExpandRun(run, parent, in_link);
}

void PageTree::ExpandRun(const SkeletonMarker& run, uint32_t parent, bool in_link) {
  open_.clear();
  open_.push_back(parent);
  uint32_t link_depth = in_link ? 1 : 0;
  const std::string_view decoded = skeleton_->decoded();
  for (uint32_t j = run.first_node; j < run.end_node; ++j) {
    const SkeletonNode& r = skeleton_->nodes()[j];
    switch (r.kind) {
      case SkeletonNode::Kind::kStart: {
        PageNode element;
        element.gumbo = ExpandedElement(r);
        element.parent = open_.back();
        element.tag = r.tag;
        element.in_link = link_depth > 0;
        element.is_link =
            r.tag == GUMBO_TAG_A &&
            gumbo_get_attribute(&element.gumbo->v.element.attributes, "href") != nullptr;
        const auto index = static_cast<uint32_t>(nodes_.size());
        element.end = index + 1;
        if (r.tag == GUMBO_TAG_TITLE && title_ == kNoNode) title_ = index;
        nodes_.push_back(element);
        texts_.emplace_back();
        offsets_.push_back(r.begin);
        measure_.emplace_back();
        if (!r.is_void) {
          open_.push_back(index);
          link_depth += element.is_link;
        }
        break;
      }
      case SkeletonNode::Kind::kEnd: {
        const uint32_t index = open_.back();
        open_.pop_back();
        nodes_[index].end = static_cast<uint32_t>(nodes_.size());
        link_depth -= nodes_[index].is_link;
        break;
      }
      case SkeletonNode::Kind::kText:
        AddExpandedText(r.begin, r.end, open_.back(), link_depth > 0,
                        r.decoded_end > r.decoded_begin
                            ? decoded.substr(r.decoded_begin, r.decoded_end - r.decoded_begin)
                            : std::string_view());
        break;
      case SkeletonNode::Kind::kComment:
        break;
    }
  }
}

void PageTree::AddHeadRun(const GumboNode* node, uint32_t parent) {
  const GumboStringPiece& source = node->v.text.original_text;  // "<!--" marker "-->"
  const PageNode& head = nodes_[parent];
  if (source.data < parsed_.data() || source.data + source.length > parsed_.end() ||
      source.length != 8 || head.tag != GUMBO_TAG_HEAD || head.is_text ||
      head.gumbo->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) {
    ok_ = false;
    return;
  }
  // A comment goes where the current node is: the head was open, in its insertion mode.
  const auto offset = static_cast<uint32_t>(source.data - parsed_.data() + 4);
  const auto& markers = skeleton_->markers();
  const size_t k = skeleton_->FirstMarkerFrom(offset, marker_hint_);
  if (k >= markers.size() || markers[k].skeleton != offset || markers[k].kind != CutKind::kHead) {
    ok_ = false;
    return;
  }
  MarkSeen(k);
  if (!ok_) return;
  ExpandRun(markers[k], parent, false);
}

void PageTree::AddExpandedText(uint32_t begin, uint32_t end, uint32_t parent, bool in_link,
                               std::string_view decoded) {
  if (begin >= end) return;
  PageNode entry;
  entry.gumbo = &kExpandedText;
  entry.parent = parent;
  entry.is_text = true;
  entry.in_link = in_link;
  entry.end = static_cast<uint32_t>(nodes_.size() + 1);
  nodes_.push_back(entry);
  const std::string_view raw = source_.substr(begin, end - begin);
  texts_.push_back({decoded.data() != nullptr ? decoded : raw, raw});
  offsets_.push_back(begin);
  measure_.push_back(MeasureText(texts_.back().text));
}

const GumboNode* PageTree::ExpandedElement(const SkeletonNode& r) {
  if (r.first_attribute == r.end_attribute) {
    // Elements without attributes share one node per tag.
    const GumboNode*& bare = bare_elements_[r.tag];
    if (bare == nullptr) {
      GumboNode& node = expanded_nodes_.emplace_back();
      node.type = GUMBO_NODE_ELEMENT;
      node.v.element.tag = r.tag;
      node.v.element.tag_namespace = GUMBO_NAMESPACE_HTML;
      bare = &node;
    }
    return bare;
  }
  GumboNode& node = expanded_nodes_.emplace_back();
  node.type = GUMBO_NODE_ELEMENT;
  node.v.element.tag = r.tag;
  node.v.element.tag_namespace = GUMBO_NAMESPACE_HTML;
  const size_t first = attribute_list_.size();
  const auto append = [&](std::string_view piece, bool lower) {
    const size_t at = attribute_text_.size();
    attribute_text_.append(piece);
    if (lower) {
      for (size_t k = at; k < attribute_text_.size(); ++k) {
        const char c = attribute_text_[k];
        if (c >= 'A' && c <= 'Z') attribute_text_[k] = static_cast<char>(c - 'A' + 'a');
      }
    }
    attribute_text_.push_back('\0');
    return attribute_text_.data() + at;
  };
  for (uint32_t a = r.first_attribute; a < r.end_attribute; ++a) {
    const SkeletonAttribute& from = skeleton_->attributes()[a];
    GumboAttribute& attribute = expanded_attributes_.emplace_back();
    attribute.attr_namespace = GUMBO_ATTR_NAMESPACE_NONE;
    attribute.name = append(source_.substr(from.name_begin, from.name_end - from.name_begin), true);
    attribute.value =
        append(source_.substr(from.value_begin, from.value_end - from.value_begin), false);
    // The value as written, quotes included, as gumbo gives it: in the page (SourceSpan).
    const bool quoted =
        from.value_begin >= 2 && from.value_end < source_.size() &&
        source_[from.value_begin - 2] == '=' &&
        (source_[from.value_begin - 1] == '"' || source_[from.value_begin - 1] == '\'');
    const uint32_t raw_begin = from.value_begin - (quoted ? 1 : 0);
    attribute.original_value = {source_.data() + raw_begin,
                                from.value_end + (quoted ? 1 : 0) - raw_begin};
    attribute_list_.push_back(&attribute);
  }
  node.v.element.attributes.data = attribute_list_.data() + first;
  node.v.element.attributes.length = static_cast<unsigned>(attribute_list_.size() - first);
  node.v.element.attributes.capacity = node.v.element.attributes.length;
  return &node;
}

}  // namespace verdict::read::html
