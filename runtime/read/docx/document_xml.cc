// Extracts the text of word/document.xml with one iterative pre-order walk (enter/leave events,
// O(1) stack), keeping a small stack of open lines (paragraph, table cell, text-box barrier)
// and open paragraphs, so nesting that a crafted file makes deep costs heap, never call depth.
#include "runtime/read/docx/document_xml.h"

#include <cctype>
#include <cstdint>
#include <limits>
#include <optional>
#include <pugixml.hpp>
#include <unordered_map>
#include <utility>

#include "runtime/read/docx/ooxml_names.h"
#include "runtime/text/utf8.h"

namespace verdict::read::docx {
namespace {

constexpr size_t kNoOffset = std::numeric_limits<size_t>::max();

enum class Tag { kOther, kSkip, kParagraph, kRun, kText, kSpace, kHyphen, kCell, kTextBox };

Tag WordTag(std::string_view local) {
  static const std::unordered_map<std::string_view, Tag> kTags = {
      {"p", Tag::kParagraph},
      {"r", Tag::kRun},
      {"t", Tag::kText},
      {"tab", Tag::kSpace},
      {"ptab", Tag::kSpace},
      {"br", Tag::kSpace},
      {"cr", Tag::kSpace},
      {"noBreakHyphen", Tag::kHyphen},
      {"tc", Tag::kCell},
      {"txbxContent", Tag::kTextBox},
      // Property blocks (read directly where needed) and content that is not shown.
      {"pPr", Tag::kSkip},
      {"rPr", Tag::kSkip},
      {"sectPr", Tag::kSkip},
      {"tblPr", Tag::kSkip},
      {"tblGrid", Tag::kSkip},
      {"trPr", Tag::kSkip},
      {"tcPr", Tag::kSkip},
      {"sdtPr", Tag::kSkip},
      {"sdtEndPr", Tag::kSkip},
      {"customXmlPr", Tag::kSkip},
      {"smartTagPr", Tag::kSkip},
      {"del", Tag::kSkip},
      {"moveFrom", Tag::kSkip},
      {"delText", Tag::kSkip},
      {"instrText", Tag::kSkip},
      {"delInstrText", Tag::kSkip},
      {"fldData", Tag::kSkip},
      {"sym", Tag::kSkip},
      {"rt", Tag::kSkip},  // ruby guide text above the base text
  };
  const auto it = kTags.find(local);
  return it == kTags.end() ? Tag::kOther : it->second;
}

// Appends `raw` to `out` as clean UTF-8: line breaks and other space-like controls become a
// space, remaining control characters are dropped, ill-formed bytes become U+FFFD.
void AppendClean(std::string_view raw, std::string& out) {
  for (size_t i = 0; i < raw.size();) {
    const auto byte = static_cast<unsigned char>(raw[i]);
    if (byte < 0x80) {
      if (byte == '\t' || byte == '\n' || byte == '\r' || byte == '\v' || byte == '\f') {
        out.push_back(' ');
      } else if (byte >= 0x20 && byte != 0x7F) {
        out.push_back(static_cast<char>(byte));
      }
      ++i;
      continue;
    }
    const text::Utf8Sequence sequence = text::ClassifyUtf8(raw, i);
    if (sequence.status != text::Utf8Status::kValid) {
      out += "\xEF\xBF\xBD";
      i += sequence.status == text::Utf8Status::kTruncated ? sequence.length : 1;
      continue;
    }
    const std::string_view code_point = raw.substr(i, sequence.length);
    if (code_point == "\xC2\x85" || code_point == "\xE2\x80\xA8" || code_point == "\xE2\x80\xA9") {
      out.push_back(' ');  // NEL, line and paragraph separators
    } else if (!(sequence.length == 2 && byte == 0xC2 &&
                 static_cast<unsigned char>(raw[i + 1]) < 0xA0)) {
      out.append(code_point);  // everything but the C1 controls
    }
    i += sequence.length;
  }
}

class BodyBuilder {
 public:
  BodyBuilder(const OoxmlNames& names, const StyleSheet& styles, Numbering& numbering,
              std::string_view core_title)
      : names_(names), styles_(styles), numbering_(numbering), core_title_(core_title) {}

  // Returns whether to descend into `node`'s children.
  bool Enter(pugi::xml_node node);
  void Leave(pugi::xml_node node);

  bool too_large() const { return too_large_; }
  DocumentText Take() { return std::move(out_); }

 private:
  enum class LineKind { kParagraph, kCell, kBarrier };
  struct RelativeUnit {
    size_t begin = 0, end = 0;
    uint32_t paragraph = 0, run = 0;
  };
  struct Line {
    LineKind kind = LineKind::kParagraph;
    pugi::xml_node owner;
    std::string text;
    std::vector<RelativeUnit> units;
    std::optional<BlockHint::Kind> hint;
    int level = 1;
  };
  static Line NewLine(LineKind kind, pugi::xml_node owner) {
    Line line;
    line.kind = kind;
    line.owner = owner;
    return line;
  }
  struct Paragraph {
    pugi::xml_node owner;
    size_t line = 0;  // index into lines_
    bool owns_line = false;
    bool separator_pending = false;  // joined into a cell line after another paragraph
    uint32_t number = 0;
    uint32_t runs = 0;
    uint32_t current_run = 0;  // 0 outside a run
    size_t run_begin = kNoOffset;
  };

  Tag Classify(pugi::xml_node node) const;
  void StartParagraph(pugi::xml_node node);
  void AppendText(std::string_view raw, bool label);
  void EndRun();
  void Emit(Line& line);

  const OoxmlNames& names_;
  const StyleSheet& styles_;
  Numbering& numbering_;
  std::string_view core_title_;
  bool core_title_found_ = false;
  bool too_large_ = false;
  uint32_t paragraph_count_ = 0;
  std::vector<Line> lines_;
  std::vector<Paragraph> paragraphs_;
  std::string scratch_;
  DocumentText out_;
};

Tag BodyBuilder::Classify(pugi::xml_node node) const {
  if (node.type() != pugi::node_element) return Tag::kSkip;
  const std::string_view local = names_.LocalName(node, Ns::kWord);
  if (!local.empty()) return WordTag(local);
  // Of mc:AlternateContent, read the first choice (Word's own markup) and skip the fallback
  // copy for older readers.
  return names_.Is(node, Ns::kMarkupCompat, "Fallback") ? Tag::kSkip : Tag::kOther;
}

bool BodyBuilder::Enter(pugi::xml_node node) {
  switch (Classify(node)) {
    case Tag::kSkip:
      return false;
    case Tag::kOther:
      return true;
    case Tag::kParagraph:
      StartParagraph(node);
      return true;
    case Tag::kRun: {
      if (paragraphs_.empty()) return true;
      Paragraph& paragraph = paragraphs_.back();
      paragraph.current_run = ++paragraph.runs;
      paragraph.run_begin = kNoOffset;
      const pugi::xml_node vanish =
          names_.Child(names_.Child(node, Ns::kWord, "rPr"), Ns::kWord, "vanish");
      return !(vanish && IsOn(names_.Val(vanish)));
    }
    case Tag::kText:
      for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
          AppendText(child.value(), false);
        }
      }
      return false;
    case Tag::kSpace:
      AppendText(" ", false);
      return false;
    case Tag::kHyphen:
      AppendText("-", false);
      return false;
    case Tag::kCell:
      // A table nested in a cell stays inside that cell's line.
      if (lines_.empty() || lines_.back().kind != LineKind::kCell) {
        lines_.push_back(NewLine(LineKind::kCell, node));
      }
      return true;
    case Tag::kTextBox:
      lines_.push_back(NewLine(LineKind::kBarrier, node));
      return true;
  }
  return true;
}

void BodyBuilder::Leave(pugi::xml_node node) {
  switch (Classify(node)) {
    case Tag::kParagraph:
      if (!paragraphs_.empty() && paragraphs_.back().owner == node) {
        const Paragraph paragraph = paragraphs_.back();
        paragraphs_.pop_back();
        if (paragraph.owns_line) {
          Emit(lines_.back());
          lines_.pop_back();
        }
      }
      break;
    case Tag::kRun:
      EndRun();
      break;
    case Tag::kCell:
    case Tag::kTextBox:
      if (!lines_.empty() && lines_.back().owner == node) {
        if (lines_.back().kind == LineKind::kCell) Emit(lines_.back());
        lines_.pop_back();
      }
      break;
    default:
      break;
  }
}

void BodyBuilder::StartParagraph(pugi::xml_node node) {
  Paragraph paragraph;
  paragraph.owner = node;
  paragraph.number = ++paragraph_count_;
  if (!lines_.empty() && lines_.back().kind == LineKind::kCell) {
    paragraph.line = lines_.size() - 1;
    paragraph.separator_pending = true;
  } else {
    paragraph.line = lines_.size();
    paragraph.owns_line = true;
    lines_.push_back(NewLine(LineKind::kParagraph, node));
  }

  const pugi::xml_node properties = names_.Child(node, Ns::kWord, "pPr");
  const char* style_id = names_.Val(names_.Child(properties, Ns::kWord, "pStyle"));
  const ParagraphStyle& style = styles_.Paragraph(style_id == nullptr ? "" : style_id);

  if (paragraph.owns_line) {
    Line& line = lines_.back();
    if (style.role == ParagraphStyle::Role::kTitle) {
      line.hint = BlockHint::Kind::kTitle;
    } else if (style.role == ParagraphStyle::Role::kHeading) {
      line.hint = BlockHint::Kind::kHeading;
      line.level = style.level;
    }
    const std::optional<int64_t> outline =
        ParseInteger(names_.Val(names_.Child(properties, Ns::kWord, "outlineLvl")));
    if (outline && *outline >= 0 && *outline <= 9 && line.hint != BlockHint::Kind::kTitle) {
      if (*outline == 9) {
        line.hint.reset();  // "body text" level: explicitly not a heading
      } else {
        line.hint = BlockHint::Kind::kHeading;
        line.level = static_cast<int>(*outline) + 1;
      }
    }
  }

  std::optional<int> num_id = style.numbering.num_id;
  int ilvl = style.numbering.ilvl.value_or(0);
  if (const pugi::xml_node numpr = names_.Child(properties, Ns::kWord, "numPr")) {
    const std::optional<int64_t> direct_id =
        ParseInteger(names_.Val(names_.Child(numpr, Ns::kWord, "numId")));
    const std::optional<int64_t> direct_level =
        ParseInteger(names_.Val(names_.Child(numpr, Ns::kWord, "ilvl")));
    if (direct_id && *direct_id >= 0 && *direct_id <= INT32_MAX) {
      num_id = static_cast<int>(*direct_id);
    }
    if (direct_level && *direct_level >= 0 && *direct_level <= 8) {
      ilvl = static_cast<int>(*direct_level);
    }
  }
  paragraphs_.push_back(paragraph);
  if (num_id && *num_id > 0) {
    const std::string label = numbering_.Next(*num_id, ilvl);
    if (!label.empty()) AppendText(label, true);
  }
}

void BodyBuilder::AppendText(std::string_view raw, bool label) {
  if (paragraphs_.empty()) return;  // text outside any paragraph is not shown
  scratch_.clear();
  AppendClean(raw, scratch_);
  if (scratch_.empty()) return;
  Paragraph& paragraph = paragraphs_.back();
  Line& line = lines_[paragraph.line];
  if (paragraph.separator_pending) {
    if (!line.text.empty()) line.text.push_back(' ');
    paragraph.separator_pending = false;
  }
  const size_t begin = line.text.size();
  line.text += scratch_;
  if (label) {
    line.units.push_back({begin, line.text.size(), paragraph.number, 0});
  } else if (paragraph.current_run != 0 && paragraph.run_begin == kNoOffset) {
    paragraph.run_begin = begin;
  }
}

void BodyBuilder::EndRun() {
  if (paragraphs_.empty()) return;
  Paragraph& paragraph = paragraphs_.back();
  if (paragraph.current_run != 0 && paragraph.run_begin != kNoOffset) {
    Line& line = lines_[paragraph.line];
    if (line.text.size() > paragraph.run_begin) {
      line.units.push_back(
          {paragraph.run_begin, line.text.size(), paragraph.number, paragraph.current_run});
    }
  }
  paragraph.current_run = 0;
  paragraph.run_begin = kNoOffset;
}

void BodyBuilder::Emit(Line& line) {
  const std::string_view trimmed = TrimSpaces(line.text);
  if (trimmed.empty()) return;
  const size_t first = static_cast<size_t>(trimmed.data() - line.text.data());
  const size_t last = first + trimmed.size();
  const size_t base = out_.body.size();
  if (base + trimmed.size() + 1 > std::numeric_limits<uint32_t>::max()) {
    too_large_ = true;
    return;
  }
  out_.body.append(trimmed);
  out_.body.push_back('\n');
  const auto begin = static_cast<uint32_t>(base);
  const auto end = static_cast<uint32_t>(base + trimmed.size());

  std::optional<BlockHint::Kind> hint = line.hint;
  if (line.kind == LineKind::kCell) {
    hint = BlockHint::Kind::kTableCell;
  } else if (!core_title_found_ && !core_title_.empty() && trimmed == core_title_) {
    hint = BlockHint::Kind::kTitle;
    core_title_found_ = true;
  }
  if (hint) {
    out_.blocks.push_back(BlockHint{.kind = *hint,
                                    .begin = begin,
                                    .end = end,
                                    .level = *hint == BlockHint::Kind::kHeading ? line.level : 1});
  }
  for (const RelativeUnit& unit : line.units) {
    const size_t unit_begin = std::max(unit.begin, first);
    const size_t unit_end = std::min(unit.end, last);
    if (unit_begin >= unit_end) continue;
    out_.units.push_back(Unit{.begin = static_cast<uint32_t>(base + unit_begin - first),
                              .end = static_cast<uint32_t>(base + unit_end - first),
                              .page = 0,
                              .paragraph = unit.paragraph,
                              .run = unit.run});
  }
}

// Pre-order walk of `root`'s descendants with enter/leave events, using parent and sibling
// links instead of a stack.
template <typename Visitor>
void Walk(pugi::xml_node root, Visitor& visitor) {
  pugi::xml_node node = root.first_child();
  while (node) {
    if (visitor.Enter(node) && node.first_child()) {
      node = node.first_child();
      continue;
    }
    for (;;) {
      visitor.Leave(node);
      if (const pugi::xml_node next = node.next_sibling()) {
        node = next;
        break;
      }
      node = node.parent();
      if (node == root) {
        node = pugi::xml_node();
        break;
      }
    }
  }
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::string CleanText(std::string_view raw) {
  std::string out;
  AppendClean(raw, out);
  return out;
}

// Bytes of the space character `text` starts with (0 when it starts with none): ASCII space and
// tab, U+00A0, U+2000..U+200B, U+3000 and U+FEFF.
size_t LeadingSpace(std::string_view text) {
  if (text.starts_with(' ') || text.starts_with('\t')) return 1;
  if (text.starts_with("\xC2\xA0")) return 2;
  if (text.size() >= 3 && text.starts_with("\xE2\x80") &&
      static_cast<unsigned char>(text[2]) <= 0x8B) {
    return 3;
  }
  if (text.starts_with("\xE3\x80\x80") || text.starts_with("\xEF\xBB\xBF")) return 3;
  return 0;
}

std::string_view TrimSpaces(std::string_view text) {
  while (const size_t size = LeadingSpace(text)) text.remove_prefix(size);
  for (;;) {
    // Every space above is 1..3 bytes long and starts on a lead byte.
    size_t size = 0;
    for (size_t width = 1; width <= 3 && width <= text.size() && size == 0; ++width) {
      if (LeadingSpace(text.substr(text.size() - width)) == width) size = width;
    }
    if (size == 0) return text;
    text.remove_suffix(size);
  }
}

Result<DocumentText, text::ReadError> ExtractDocumentText(std::string xml, const StyleSheet& styles,
                                                          Numbering& numbering,
                                                          std::string_view core_title) {
  pugi::xml_document document;
  const pugi::xml_parse_result parsed =
      document.load_buffer_inplace(xml.data(), xml.size(), XmlParseOptions());
  if (!parsed) {
    return Err(text::ReadError{
        "bad-xml", "word/document.xml is not well-formed xml: " + Lower(parsed.description()) +
                       " at byte " + std::to_string(parsed.offset)});
  }
  const pugi::xml_node root = document.document_element();
  const OoxmlNames names(root);
  if (!names.Is(root, Ns::kWord, "document")) {
    return Err(text::ReadError{"bad-xml", "word/document.xml has no w:document root element"});
  }
  BodyBuilder builder(names, styles, numbering, core_title);
  if (const pugi::xml_node body = names.Child(root, Ns::kWord, "body")) Walk(body, builder);
  if (builder.too_large()) {
    return Err(text::ReadError{"too-large", "the text of word/document.xml exceeds 4 gib"});
  }
  return builder.Take();
}

}  // namespace verdict::read::docx
