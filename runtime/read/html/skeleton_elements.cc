// Runs of simple elements: markup that tree construction builds into the obvious tree, so the
// whole run can become one marker byte and the tree be built from recorded tokens instead.
// Simple means: well-nested elements of a small set (blocks, lists, headings, links, forms, a few
// inline and formatting elements, tables of rows and cells), each closed by its own end tag;
// text without CR and with only common references; comments. Analyze finds such subtrees in
// one pass and records their tokens; ElementRun cuts the largest that stand between markup
// and takes their tokens. page_tree_elements.cc checks each run's place in the tree.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstddef>

#include "runtime/read/html/skeleton_scanner.h"
#include "runtime/text/utf8.h"

namespace verdict::read::html::skeleton {
namespace {

enum class Kind : uint8_t {
  kNone,        // not modelled
  kVoid,        // no content, no end tag
  kBlock,       // a start tag closes an open <p> (in button scope)
  kInline,      // ordinary: inserted where it stands
  kFormatting,  // in the list of active formatting elements
  kTable,
  kSection,  // tbody
  kRow,
  kCell,
  kHeadVoid,  // <meta>, <link>: only in a head run
  kHeadText,  // <title>, <script>, <style>: only in a head run, with their text
};

Kind KindOf(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_INPUT:
      return Kind::kVoid;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_P:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_FORM:
      return Kind::kBlock;
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SUB:
      return Kind::kInline;
    case GUMBO_TAG_A:
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_U:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_SMALL:
      return Kind::kFormatting;
    case GUMBO_TAG_TABLE:
      return Kind::kTable;
    case GUMBO_TAG_TBODY:
      return Kind::kSection;
    case GUMBO_TAG_TR:
      return Kind::kRow;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return Kind::kCell;
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
      return Kind::kHeadVoid;
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
      return Kind::kHeadText;
    default:
      return Kind::kNone;
  }
}

// True when two attribute names are the same for gumbo (which lowercases ASCII).
bool SameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (Lower(a[k]) != Lower(b[k])) return false;
  }
  return true;
}

// Elements of a run that bound button scope: a <p> outside them is not closed by a block
// inside them.
bool BoundsButtonScope(GumboTag tag) {
  return tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_TABLE;
}

// Elements of a run that end an <li> start tag's search for an <li> to close: the special ones
// but div and p (the others a run holds are inline or formatting elements).
bool EndsListItemSearch(GumboTag tag) {
  const Kind kind = KindOf(tag);
  return tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_P && kind != Kind::kInline &&
         kind != Kind::kFormatting;
}

// Elements that hold only rows, sections and whitespace: text or a flow element there is
// foster-parented.
bool IsTableStructure(GumboTag tag) {
  return tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TR;
}

struct Reference {
  std::string_view name;
  std::string_view utf8;
};
constexpr std::array<Reference, 22> kReferences = {{
    {"nbsp", "\xC2\xA0"},
    {"gt", ">"},
    {"lt", "<"},
    {"amp", "&"},
    {"quot", "\""},
    {"copy", "\xC2\xA9"},
    {"reg", "\xC2\xAE"},
    {"middot", "\xC2\xB7"},
    {"laquo", "\xC2\xAB"},
    {"raquo", "\xC2\xBB"},
    {"times", "\xC3\x97"},
    {"ensp", "\xE2\x80\x82"},
    {"emsp", "\xE2\x80\x83"},
    {"ndash", "\xE2\x80\x93"},
    {"mdash", "\xE2\x80\x94"},
    {"lsquo", "\xE2\x80\x98"},
    {"rsquo", "\xE2\x80\x99"},
    {"ldquo", "\xE2\x80\x9C"},
    {"rdquo", "\xE2\x80\x9D"},
    {"bull", "\xE2\x80\xA2"},
    {"hellip", "\xE2\x80\xA6"},
    {"yen", "\xC2\xA5"},
}};

}  // namespace

GumboTag SimpleTag(std::string_view name) {
  const auto is = [&](std::string_view text, GumboTag tag) {
    return name == text ? tag : GUMBO_TAG_UNKNOWN;
  };
  switch (name.size()) {
    case 1:
      switch (name[0]) {
        case 'a':
          return GUMBO_TAG_A;
        case 'b':
          return GUMBO_TAG_B;
        case 'i':
          return GUMBO_TAG_I;
        case 'p':
          return GUMBO_TAG_P;
        case 'u':
          return GUMBO_TAG_U;
        default:
          return GUMBO_TAG_UNKNOWN;
      }
    case 2:
      switch (name[0]) {
        case 'b':
          return is("br", GUMBO_TAG_BR);
        case 'e':
          return is("em", GUMBO_TAG_EM);
        case 'h':
          return name[1] >= '1' && name[1] <= '6'
                     ? static_cast<GumboTag>(GUMBO_TAG_H1 + (name[1] - '1'))
                     : GUMBO_TAG_UNKNOWN;
        case 'l':
          return is("li", GUMBO_TAG_LI);
        case 'o':
          return is("ol", GUMBO_TAG_OL);
        case 't':
          return name[1] == 'd'   ? GUMBO_TAG_TD
                 : name[1] == 'h' ? GUMBO_TAG_TH
                 : name[1] == 'r' ? GUMBO_TAG_TR
                                  : GUMBO_TAG_UNKNOWN;
        case 'u':
          return is("ul", GUMBO_TAG_UL);
        default:
          return GUMBO_TAG_UNKNOWN;
      }
    case 3:
      switch (name[0]) {
        case 'd':
          return is("div", GUMBO_TAG_DIV);
        case 'i':
          return is("img", GUMBO_TAG_IMG);
        case 'n':
          return is("nav", GUMBO_TAG_NAV);
        case 's':
          return name[2] == 'b' ? is("sub", GUMBO_TAG_SUB) : is("sup", GUMBO_TAG_SUP);
        default:
          return GUMBO_TAG_UNKNOWN;
      }
    case 4:
      switch (name[0]) {
        case 'f':
          return name[1] == 'o' && name[2] == 'r' ? is("form", GUMBO_TAG_FORM)
                                                  : is("font", GUMBO_TAG_FONT);
        case 's':
          return is("span", GUMBO_TAG_SPAN);
        case 'm':
          return is("meta", GUMBO_TAG_META);
        case 'l':
          return is("link", GUMBO_TAG_LINK);
        default:
          return GUMBO_TAG_UNKNOWN;
      }
    case 5:
      switch (name[0]) {
        case 'a':
          return is("aside", GUMBO_TAG_ASIDE);
        case 'i':
          return is("input", GUMBO_TAG_INPUT);
        case 'l':
          return is("label", GUMBO_TAG_LABEL);
        case 's':
          return name[1] == 'm' ? is("small", GUMBO_TAG_SMALL) : is("style", GUMBO_TAG_STYLE);
        case 't':
          return name[1] == 'a'   ? is("table", GUMBO_TAG_TABLE)
                 : name[1] == 'b' ? is("tbody", GUMBO_TAG_TBODY)
                                  : is("title", GUMBO_TAG_TITLE);
        default:
          return GUMBO_TAG_UNKNOWN;
      }
    case 6:
      switch (name[0]) {
        case 'c':
          return is("center", GUMBO_TAG_CENTER);
        case 'f':
          return is("footer", GUMBO_TAG_FOOTER);
        case 'h':
          return is("header", GUMBO_TAG_HEADER);
        case 's':
          return name[1] == 'c' ? is("script", GUMBO_TAG_SCRIPT) : is("strong", GUMBO_TAG_STRONG);
        default:
          return GUMBO_TAG_UNKNOWN;
      }
    case 7:
      return name[0] == 'a' ? is("article", GUMBO_TAG_ARTICLE) : is("section", GUMBO_TAG_SECTION);
    case 10:
      return is("blockquote", GUMBO_TAG_BLOCKQUOTE);
    default:
      return GUMBO_TAG_UNKNOWN;
  }
}

}  // namespace verdict::read::html::skeleton

namespace verdict::read::html {

uint16_t FormattingBit(GumboTag tag) {
  static constexpr GumboTag kTags[] = {GUMBO_TAG_A, GUMBO_TAG_B, GUMBO_TAG_STRONG, GUMBO_TAG_EM,
                                       GUMBO_TAG_I, GUMBO_TAG_U, GUMBO_TAG_FONT,   GUMBO_TAG_SMALL};
  for (size_t k = 0; k < std::size(kTags); ++k) {
    if (kTags[k] == tag) return static_cast<uint16_t>(1u << k);
  }
  return 0;
}

}  // namespace verdict::read::html

namespace verdict::read::html::skeleton {

size_t SimpleReference(std::string_view s, size_t at, std::string& decoded) {
  const size_t semicolon = s.find(';', at + 1);
  if (semicolon == kNone || semicolon - at > 9) return kNone;
  const std::string_view name = s.substr(at + 1, semicolon - at - 1);
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty() || digits.size() > 6) return kNone;
    uint32_t value = 0;
    for (char c : digits) {
      uint32_t d = 0;
      if (c >= '0' && c <= '9') {
        d = static_cast<uint32_t>(c - '0');
      } else if (hex && Lower(c) >= 'a' && Lower(c) <= 'f') {
        d = static_cast<uint32_t>(Lower(c) - 'a' + 10);
      } else {
        return kNone;
      }
      value = value * (hex ? 16 : 10) + d;
    }
    // Characters gumbo keeps as they are: no C0/C1 controls, surrogates or noncharacters.
    if (value < 0xA0 || (value >= 0xD800 && value < 0xE000) ||
        (value >= 0xFDD0 && value <= 0xFDEF) || value > 0xFFFD) {
      return kNone;
    }
    text::AppendUtf8(value, decoded);
    return semicolon + 1;
  }
  for (const Reference& r : kReferences) {
    if (name == r.name) {
      decoded.append(r.utf8);
      return semicolon + 1;
    }
  }
  return kNone;
}

bool Scanner::OnlySpaceSince(size_t from, size_t to) const {
  for (size_t k = from; k < to; ++k) {
    if (!IsSpace(page_[k]) || page_[k] == '\r') return false;
  }
  return true;
}

struct Scanner::Token {
  enum class Kind : uint8_t { kStart, kEnd, kText, kComment, kOther };
  Kind kind = Kind::kOther;
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool space_only = false;  // kText of HTML whitespace alone
  size_t end = 0;
};

Scanner::Token Scanner::NextToken(size_t at, RunTokens* out) {
  const size_t n = page_.size();
  Token token;
  token.end = at;
  if (page_[at] != '<') {
    // Text up to the next '<': plain characters and the common references.
    const size_t decoded_begin = out != nullptr ? out->decoded.size() : 0;
    bool references = false;
    size_t k = at;
    size_t copied = at;
    for (;;) {
      k = PlainEnd(k, n, kPlainAscii);
      if (k >= n || page_[k] == '<') break;
      if (page_[k] != '&') return token;
      reference_scratch_.clear();
      std::string& decoded = out != nullptr ? out->decoded : reference_scratch_;
      decoded.append(page_.substr(copied, k - copied));
      const size_t after = SimpleReference(page_, k, decoded);
      if (after == kNone) {
        if (out != nullptr) out->decoded.resize(decoded_begin);
        return token;
      }
      references = true;
      k = copied = after;
    }
    token.kind = Token::Kind::kText;
    token.end = k;
    token.space_only = !references && OnlySpaceSince(at, k);
    if (out != nullptr) {
      SkeletonNode node;
      node.kind = SkeletonNode::Kind::kText;
      node.begin = static_cast<uint32_t>(at);
      node.end = static_cast<uint32_t>(k);
      if (references) {
        out->decoded.append(page_.substr(copied, k - copied));
        node.decoded_begin = static_cast<uint32_t>(decoded_begin);
        node.decoded_end = static_cast<uint32_t>(out->decoded.size());
      }
      out->nodes.push_back(node);
    }
    return token;
  }
  if (n - at < 3) return token;
  if (page_.compare(at, 4, "<!--") == 0) {
    // A comment whose end gumbo finds where the pre-scan does: no "<!-->", no "--!>".
    const size_t body = at + 4;
    if (body >= n || page_[body] == '>' || page_.compare(body, 2, "->") == 0) return token;
    const size_t dash = page_.find("-->", body);
    if (dash == kNone || page_.substr(body, dash - body).find("--!>") != kNone) return token;
    token.kind = Token::Kind::kComment;
    token.end = dash + 3;
    if (out != nullptr) {
      SkeletonNode node;
      node.kind = SkeletonNode::Kind::kComment;
      node.begin = static_cast<uint32_t>(at);
      node.end = static_cast<uint32_t>(token.end);
      out->nodes.push_back(node);
    }
    return token;
  }
  const bool end_tag = page_[at + 1] == '/';
  size_t k = at + (end_tag ? 2 : 1);
  const size_t name_begin = k;
  while (k < n && IsAlnum(page_[k])) ++k;
  const size_t name_size = k - name_begin;
  if (name_size == 0 || name_size > 10 || !IsAlpha(page_[name_begin]) || k >= n) return token;
  std::array<char, 10> lower{};
  for (size_t c = 0; c < name_size; ++c) lower[c] = Lower(page_[name_begin + c]);
  token.tag = SimpleTag(std::string_view(lower.data(), name_size));
  const Kind kind = KindOf(token.tag);
  if (kind == Kind::kNone) return token;
  if (end_tag) {
    while (k < n && IsSpace(page_[k]) && page_[k] != '\r') ++k;
    if (k >= n || page_[k] != '>' || kind == Kind::kVoid || kind == Kind::kHeadVoid) return token;
    token.kind = Token::Kind::kEnd;
    token.end = k + 1;
    if (out != nullptr) {
      SkeletonNode node;
      node.kind = SkeletonNode::Kind::kEnd;
      node.tag = token.tag;
      node.begin = static_cast<uint32_t>(at);
      node.end = static_cast<uint32_t>(token.end);
      out->nodes.push_back(node);
    }
    return token;
  }
  SkeletonNode node;
  node.kind = SkeletonNode::Kind::kStart;
  node.tag = token.tag;
  node.is_void = kind == Kind::kVoid || kind == Kind::kHeadVoid;
  node.begin = static_cast<uint32_t>(at);
  node.first_attribute = out != nullptr ? static_cast<uint32_t>(out->attributes.size()) : 0;
  const auto fail = [&] {
    if (out != nullptr) out->attributes.resize(node.first_attribute);
    return Token{};
  };
  for (;;) {
    if (page_[k] != '>' && page_[k] != '/' && !IsSpace(page_[k])) return fail();
    while (k < n && IsSpace(page_[k]) && page_[k] != '\r') ++k;
    if (k >= n) return fail();
    if (page_[k] == '>') break;
    if (page_[k] == '/') {
      // Self-closing syntax: only void elements end there.
      if (k + 1 >= n || page_[k + 1] != '>' || !node.is_void) return fail();
      ++k;
      break;
    }
    if (!IsAlpha(page_[k])) return fail();
    SkeletonAttribute attribute;
    attribute.name_begin = static_cast<uint32_t>(k);
    while (k < n && (IsAlnum(page_[k]) || page_[k] == '-' || page_[k] == '_' || page_[k] == ':' ||
                     page_[k] == '.')) {
      ++k;
    }
    attribute.name_end = static_cast<uint32_t>(k);
    if (k >= n) return fail();
    const std::string_view name =
        page_.substr(attribute.name_begin, attribute.name_end - attribute.name_begin);
    const bool read = ReaderReads(name);
    size_t value_begin = k;
    size_t value_end = k;
    if (page_[k] == '=') {
      ++k;
      if (k >= n) return fail();
      if (page_[k] == '"' || page_[k] == '\'') {
        const size_t close = page_.find(page_[k], k + 1);
        if (close == kNone) return fail();
        value_begin = k + 1;
        value_end = close;
        k = close + 1;
      } else {
        value_begin = k;
        while (k < n && !IsSpace(page_[k]) && page_[k] != '>') {
          const char c = page_[k];
          if (c == '"' || c == '\'' || c == '<' || c == '=' || c == '`') return fail();
          ++k;
        }
        value_end = k;
        if (value_end == value_begin || k >= n) return fail();
      }
      // The reader's values are taken as they stand: no references, no CR (href's value is
      // never read).
      if (read && !NameIs(name, "href") &&
          PlainEnd(value_begin, value_end, kPlainAscii) != value_end) {
        return fail();
      }
    }
    if (out == nullptr || !read) continue;
    bool repeated = false;  // gumbo keeps an attribute's first value
    for (size_t a = node.first_attribute; a < out->attributes.size() && !repeated; ++a) {
      const SkeletonAttribute& other = out->attributes[a];
      repeated = SameName(name, page_.substr(other.name_begin, other.name_end - other.name_begin));
    }
    if (repeated) continue;
    if (NameIs(name, "href")) value_begin = value_end;  // only its presence is read
    attribute.value_begin = static_cast<uint32_t>(value_begin);
    attribute.value_end = static_cast<uint32_t>(value_end);
    out->attributes.push_back(attribute);
  }
  token.kind = Token::Kind::kStart;
  token.end = k + 1;
  if (out != nullptr) {
    node.end = static_cast<uint32_t>(token.end);
    node.end_attribute = static_cast<uint32_t>(out->attributes.size());
    out->nodes.push_back(node);
  }
  return token;
}

size_t Scanner::Analyze(size_t i) {
  std::vector<Open>& stack = open_elements_;
  stack.clear();
  std::vector<SkeletonNode>& nodes = parts_.runs.nodes;
  const size_t n = page_.size();
  // A completed element is a candidate when it may stand alone: not a part of a table's
  // structure. The candidates inside it stay, for when it cannot be cut itself.
  const auto complete = [&](GumboTag tag, size_t begin, size_t end, size_t first_node) {
    const GumboTag parent = stack.empty() ? GUMBO_TAG_UNKNOWN : stack.back().tag;
    if (IsTableStructure(parent) || KindOf(tag) == Kind::kRow || KindOf(tag) == Kind::kCell) {
      return;
    }
    candidates_.push_back({begin, end, first_node, nodes.size()});
  };
  // A <tbody> the parser implies: a start before the <tr> just recorded, or an end before the
  // </table>.
  const auto imply_tbody = [&](SkeletonNode::Kind kind, size_t at) {
    SkeletonNode implied;
    implied.kind = kind;
    implied.tag = GUMBO_TAG_TBODY;
    implied.begin = implied.end = static_cast<uint32_t>(at);
    implied.first_attribute = implied.end_attribute =
        static_cast<uint32_t>(parts_.runs.attributes.size());
    nodes.insert(nodes.end() - 1, implied);
  };
  // Elements complete after the elements inside them: put them back in page order.
  struct Sorted {
    std::vector<Candidate>& candidates;
    ~Sorted() { std::sort(candidates.begin(), candidates.end()); }
  } sorted{candidates_};
  size_t at = i;
  bool text_before = false;  // the token before this one was text
  while (at < n) {
    const size_t recorded = nodes.size();
    const Token token = NextToken(at, &parts_.runs);
    const GumboTag top = stack.empty() ? GUMBO_TAG_UNKNOWN : stack.back().tag;
    const bool after_text = text_before;
    text_before = token.kind == Token::Kind::kText;
    switch (token.kind) {
      case Token::Kind::kOther:
        return at;
      case Token::Kind::kComment:
        break;
      case Token::Kind::kText:
        if (IsTableStructure(top) && !token.space_only) return at;  // foster-parented
        break;
      case Token::Kind::kEnd: {
        if (stack.empty()) return at;  // closes an element around the run
        // gumbo takes </form> off the stack without first placing the text it holds back:
        // text right before it lands after the form.
        if (token.tag == GUMBO_TAG_FORM && after_text) return at;
        if (stack.back().implied && token.tag == GUMBO_TAG_TABLE) {
          imply_tbody(SkeletonNode::Kind::kEnd, at);  // </table> closes the <tbody> it implied
          stack.pop_back();
        }
        if (stack.empty() || stack.back().tag != token.tag || stack.back().implied) return at;
        const Open open = stack.back();
        stack.pop_back();
        complete(token.tag, open.begin, token.end, open.first_node);
        break;
      }
      case Token::Kind::kStart: {
        const Kind kind = KindOf(token.tag);
        if (kind == Kind::kHeadVoid || kind == Kind::kHeadText) return at;
        // What may stand here: table structure holds rows and sections only; cells hold
        // flow like the body.
        if (top == GUMBO_TAG_TABLE) {
          if (kind != Kind::kSection && kind != Kind::kRow) return at;
        } else if (top == GUMBO_TAG_TBODY) {
          if (kind != Kind::kRow) return at;
        } else if (top == GUMBO_TAG_TR) {
          if (kind != Kind::kCell) return at;
        } else if (kind == Kind::kSection || kind == Kind::kRow || kind == Kind::kCell) {
          return at;
        }
        // Start tags that would close or reopen something in the run: a block (or table)
        // while a <p> is open in button scope, <li> inside <li>, a heading right in a
        // heading, a formatting element inside one of its kind.
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
          const GumboTag open = it->tag;
          if ((kind == Kind::kBlock || kind == Kind::kTable) && open == GUMBO_TAG_P) return at;
          if (BoundsButtonScope(open)) break;
        }
        if (token.tag == GUMBO_TAG_LI) {
          for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            if (it->tag == GUMBO_TAG_LI) return at;
            if (EndsListItemSearch(it->tag)) break;
          }
        }
        if (IsHeadingTag(token.tag) && IsHeadingTag(top)) return at;
        // A <form> only where the parser's form pointer is known to be clear, and not inside
        // another (which the parser would ignore).
        if (token.tag == GUMBO_TAG_FORM) {
          if (form_open_ || forms_unknown_) return at;
          for (const Open& open : stack) {
            if (open.tag == GUMBO_TAG_FORM) return at;
          }
        }
        if (kind == Kind::kFormatting) {
          for (const Open& open : stack) {
            if (open.tag == token.tag) return at;
          }
        }
        size_t first_node = recorded;
        if (kind == Kind::kRow && top == GUMBO_TAG_TABLE) {
          imply_tbody(SkeletonNode::Kind::kStart, at);
          stack.push_back({GUMBO_TAG_TBODY, at, recorded, /*implied=*/true});
          ++first_node;
        }
        if (kind == Kind::kVoid) {
          complete(token.tag, at, token.end, first_node);
        } else {
          stack.push_back({token.tag, at, first_node, false});
        }
        break;
      }
    }
    at = token.end;
  }
  return at;
}

size_t Scanner::ElementRun(size_t i) {
  const size_t n = page_.size();
  if (i >= analyzed_) {
    candidates_.clear();
    next_candidate_ = 0;
    if (i + 1 < n && IsAlpha(page_[i + 1])) analyzed_ = std::max(Analyze(i), i + 1);
  }
  while (next_candidate_ < candidates_.size() && candidates_[next_candidate_].begin < i) {
    ++next_candidate_;
  }
  if (next_candidate_ >= candidates_.size() || candidates_[next_candidate_].begin != i) return i;
  // The next candidate from page offset `from` on (candidates nest; those inside a cut one
  // are passed with it).
  const auto from = [&](size_t c, size_t offset) {
    return static_cast<size_t>(
        std::lower_bound(candidates_.begin() + static_cast<std::ptrdiff_t>(c), candidates_.end(),
                         Candidate{offset, 0, 0, 0}) -
        candidates_.begin());
  };
  // Past whitespace and comments (which end text nodes as markup does).
  const auto space_end = [&](size_t k) {
    for (;;) {
      while (k < n && IsSpace(page_[k]) && page_[k] != '\r') ++k;
      if (k >= n || page_.compare(k, 4, "<!--") != 0) return k;
      const Token comment = NextToken(k, nullptr);
      if (comment.kind != Token::Kind::kComment) return k;
      k = comment.end;
    }
  };
  // Candidates with only whitespace and comments between them make one run.
  std::vector<size_t>& members = run_members_;
  members.assign(1, next_candidate_);
  for (;;) {
    const size_t gap_end = space_end(candidates_[members.back()].end);
    const size_t next = from(members.back(), gap_end);
    if (next >= candidates_.size() || candidates_[next].begin != gap_end) break;
    members.push_back(next);
  }
  // The marker must share its text node with whitespace only: markup follows the run (any
  // candidate but the last is followed by the next one's start tag).
  const size_t after = space_end(candidates_[members.back()].end);
  const bool markup_follows = after + 1 < n && page_[after] == '<' &&
                              (IsAlpha(page_[after + 1]) || page_[after + 1] == '/' ||
                               page_[after + 1] == '!' || page_[after + 1] == '?');
  if (!markup_follows) {
    if (members.size() == 1) {
      ++next_candidate_;  // the scanner goes into it; candidates inside may be cut
      return i;
    }
    members.pop_back();
  }
  const Candidate& last = candidates_[members.back()];
  if (!ClearsFramesetOk(candidates_[members.front()].first_node, last.end_node)) {
    ++next_candidate_;  // the scanner goes into it; candidates inside may be cut
    return i;
  }
  const size_t end = last.end;
  SkeletonMarker marker{static_cast<uint32_t>(0), static_cast<uint32_t>(i),
                        static_cast<uint32_t>(end), CutKind::kElements};
  marker.first_node = static_cast<uint32_t>(candidates_[members.front()].first_node);
  marker.end_node = static_cast<uint32_t>(last.end_node);
  SetNeeds(marker);
  next_candidate_ = from(members.back(), end);
  parts_.text.append(page_.substr(copied_, i - copied_));
  marker.skeleton = static_cast<uint32_t>(parts_.text.size());
  parts_.markers.push_back(marker);
  parts_.text.push_back(element_marker_);
  parts_.cuts.push_back({static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(end)});
  // An empty comment right after the marker: gumbo inserts the text it holds when the next
  // node comes, and a </form> before that would take the form off the stack first (the marker
  // would land after the form, where the run's elements stand inside it). The comment is that
  // next node; it maps to nothing in the page.
  parts_.text.append("<!---->");
  parts_.cuts.push_back({static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(end)});
  copied_ = end;
  return end;
}

bool Scanner::ClearsFramesetOk(size_t first, size_t end) const {
  for (size_t k = first; k < end; ++k) {
    const SkeletonNode& node = parts_.runs.nodes[k];
    if (node.kind == SkeletonNode::Kind::kStart &&
        (node.tag == GUMBO_TAG_IMG || node.tag == GUMBO_TAG_BR || node.tag == GUMBO_TAG_LI ||
         node.tag == GUMBO_TAG_TABLE)) {
      return true;
    }
    if (node.kind != SkeletonNode::Kind::kText) continue;
    if (node.decoded_end > node.decoded_begin) return true;  // references: never whitespace
    if (!OnlySpaceSince(node.begin, node.end)) return true;
  }
  return false;
}

size_t Scanner::HeadRun(size_t from) {
  const size_t n = page_.size();
  size_t k = from;
  while (k < n && IsSpace(page_[k]) && page_[k] != '\r') ++k;
  const size_t begin = k;
  RunTokens& runs = parts_.runs;
  const size_t first_node = runs.nodes.size();
  const size_t first_attribute = runs.attributes.size();
  const size_t first_decoded = runs.decoded.size();
  const auto give_up = [&] {
    runs.nodes.resize(first_node);
    runs.attributes.resize(first_attribute);
    runs.decoded.resize(first_decoded);
    return from;
  };
  size_t end = begin;  // after the last token that is not whitespace
  bool elements = false;
  while (k < n) {
    if (IsSpace(page_[k])) {
      const size_t text = k;
      while (k < n && IsSpace(page_[k]) && page_[k] != '\r') ++k;
      if (k < n && page_[k] == '\r') return give_up();
      SkeletonNode node;
      node.kind = SkeletonNode::Kind::kText;
      node.begin = static_cast<uint32_t>(text);
      node.end = static_cast<uint32_t>(k);
      runs.nodes.push_back(node);
      continue;
    }
    if (page_[k] != '<') return give_up();
    if (EndTagAt(page_, k, "head")) break;
    const Token token = NextToken(k, &runs);
    if (token.kind == Token::Kind::kComment) {
      k = end = token.end;
      continue;
    }
    if (token.kind != Token::Kind::kStart) return give_up();
    const Kind kind = KindOf(token.tag);
    if (kind == Kind::kHeadText) {
      // The element's text up to its end tag, which gumbo passes through unchanged: raw text,
      // or a title without references.
      const std::string_view name = gumbo_normalized_tagname(token.tag);
      const size_t close = token.tag == GUMBO_TAG_SCRIPT ? ScriptEnd(page_, token.end)
                                                         : RawTextEnd(page_, token.end, name);
      if (close == kNone ||
          PlainEnd(token.end, close, token.tag == GUMBO_TAG_TITLE ? kRcdataAscii : kRawAscii) !=
              close) {
        return give_up();
      }
      if (close > token.end) {
        SkeletonNode text;
        text.kind = SkeletonNode::Kind::kText;
        text.begin = static_cast<uint32_t>(token.end);
        text.end = static_cast<uint32_t>(close);
        runs.nodes.push_back(text);
      }
      const Token end_tag = NextToken(close, &runs);
      if (end_tag.kind != Token::Kind::kEnd || end_tag.tag != token.tag) return give_up();
      k = end = end_tag.end;
      elements = true;
      continue;
    }
    if (kind != Kind::kHeadVoid) return give_up();
    k = end = token.end;
    elements = true;
  }
  if (k >= n || !elements) return give_up();
  // Whitespace before </head> stays in the skeleton, like the whitespace before the run.
  while (runs.nodes.size() > first_node && runs.nodes.back().kind == SkeletonNode::Kind::kText &&
         runs.nodes.back().begin >= end) {
    runs.nodes.pop_back();
  }
  // A comment holding the marker: gumbo puts it into the head as it would the run's markup,
  // which a text marker would leave for the body.
  parts_.text.append(page_.substr(copied_, begin - copied_));
  parts_.text.append("<!--");
  SkeletonMarker marker{static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(begin),
                        static_cast<uint32_t>(end), CutKind::kHead};
  marker.first_node = static_cast<uint32_t>(first_node);
  marker.end_node = static_cast<uint32_t>(runs.nodes.size());
  parts_.markers.push_back(marker);
  parts_.text.push_back(element_marker_);
  parts_.text.append("-->");
  parts_.cuts.push_back({static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(end)});
  copied_ = end;
  return end;
}

void Scanner::SetNeeds(SkeletonMarker& marker) {
  // What the run needs of its place follows from how its start tags nest.
  std::vector<GumboTag>& open = open_tags_;
  open.clear();
  for (uint32_t k = marker.first_node; k < marker.end_node; ++k) {
    const SkeletonNode& node = parts_.runs.nodes[k];
    if (node.kind == SkeletonNode::Kind::kEnd) {
      if (!open.empty()) open.pop_back();
      continue;
    }
    if (node.kind != SkeletonNode::Kind::kStart) continue;
    const Kind kind = KindOf(node.tag);
    if (kind == Kind::kBlock || kind == Kind::kTable) {
      // Reaches the run's place unless a cell or table inside the run bounds button scope.
      if (std::none_of(open.begin(), open.end(), BoundsButtonScope)) {
        marker.needs |= kNoOpenParagraph;
      }
    }
    if (node.tag == GUMBO_TAG_LI) {
      if (std::none_of(open.begin(), open.end(), EndsListItemSearch)) {
        marker.needs |= kNoOpenListItem;
      }
    }
    if (IsHeadingTag(node.tag) && open.empty()) marker.needs |= kNoHeadingParent;
    marker.formatting |= FormattingBit(node.tag);
    if (!node.is_void) open.push_back(node.tag);
  }
}

}  // namespace verdict::read::html::skeleton
