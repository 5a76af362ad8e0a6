// Reads word/styles.xml into resolved paragraph styles: role (title, heading, body) from the
// style's name or id, outline level and numbering inherited along w:basedOn (at most
// kMaxChain links, so a cycle or a crafted chain costs a bounded amount of work).
#include "runtime/read/docx/styles.h"

#include <cctype>
#include <cstdint>
#include <pugixml.hpp>
#include <utility>
#include <vector>

#include "runtime/read/docx/ooxml_names.h"

namespace verdict::read::docx {
namespace {

constexpr int kMaxChain = 16;

// What one w:style states itself, before inheritance.
struct RawStyle {
  std::string id;
  std::string name;
  std::string based_on;
  bool paragraph = false;
  bool is_default = false;
  std::optional<int> outline_level;
  NumberingRef numbering;
};

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// N for "heading N", "headingN", "标题 N", "标题N" (N 1..9), else 0.
int HeadingNumber(std::string_view name) {
  const std::string lower = AsciiLower(name);
  std::string_view rest = lower;
  if (rest.starts_with("heading")) {
    rest.remove_prefix(7);
  } else if (rest.starts_with("标题")) {
    rest.remove_prefix(std::string_view("标题").size());
  } else {
    return 0;
  }
  if (rest.starts_with(' ')) rest.remove_prefix(1);
  if (rest.size() == 1 && rest[0] >= '1' && rest[0] <= '9') return rest[0] - '0';
  return 0;
}

bool IsTitleName(std::string_view name) {
  const std::string lower = AsciiLower(name);
  return lower == "title" || lower == "标题";
}

std::optional<int> SmallInt(const char* value, int64_t lo, int64_t hi) {
  const std::optional<int64_t> parsed = ParseInteger(value);
  if (!parsed || *parsed < lo || *parsed > hi) return std::nullopt;
  return static_cast<int>(*parsed);
}

RawStyle ReadStyle(const OoxmlNames& names, pugi::xml_node style) {
  RawStyle raw;
  const char* type = names.Attribute(style, Ns::kWord, "type");
  raw.paragraph = type == nullptr || std::string_view(type) == "paragraph";
  if (const char* id = names.Attribute(style, Ns::kWord, "styleId")) raw.id = id;
  const char* is_default = names.Attribute(style, Ns::kWord, "default");
  raw.is_default = is_default != nullptr && IsOn(is_default);
  if (const char* name = names.Val(names.Child(style, Ns::kWord, "name"))) raw.name = name;
  if (const char* base = names.Val(names.Child(style, Ns::kWord, "basedOn"))) {
    raw.based_on = base;
  }
  const pugi::xml_node ppr = names.Child(style, Ns::kWord, "pPr");
  raw.outline_level = SmallInt(names.Val(names.Child(ppr, Ns::kWord, "outlineLvl")), 0, 9);
  const pugi::xml_node numpr = names.Child(ppr, Ns::kWord, "numPr");
  if (numpr) {
    raw.numbering.num_id =
        SmallInt(names.Val(names.Child(numpr, Ns::kWord, "numId")), 0, INT32_MAX);
    raw.numbering.ilvl = SmallInt(names.Val(names.Child(numpr, Ns::kWord, "ilvl")), 0, 8);
  }
  return raw;
}

}  // namespace

StyleSheet StyleSheet::Parse(std::string xml) {
  StyleSheet sheet;
  pugi::xml_document document;
  if (!document.load_buffer_inplace(xml.data(), xml.size(), XmlParseOptions())) return sheet;
  const pugi::xml_node root = document.document_element();
  const OoxmlNames names(root);

  std::map<std::string, RawStyle, std::less<>> raw;
  std::string default_id;
  for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
    if (!names.Is(node, Ns::kWord, "style")) continue;
    RawStyle style = ReadStyle(names, node);
    if (style.id.empty()) continue;
    if (style.numbering.num_id) sheet.style_num_id_.emplace(style.id, *style.numbering.num_id);
    if (!style.paragraph) continue;
    if (style.is_default && default_id.empty()) default_id = style.id;
    raw.emplace(style.id, std::move(style));
  }

  for (const auto& [id, own] : raw) {
    std::optional<int> outline;
    NumberingRef numbering;
    const RawStyle* style = &own;
    for (int hop = 0; style != nullptr && hop < kMaxChain; ++hop) {
      if (!outline) outline = style->outline_level;
      if (!numbering.num_id) numbering.num_id = style->numbering.num_id;
      if (!numbering.ilvl) numbering.ilvl = style->numbering.ilvl;
      const auto base = raw.find(style->based_on);
      style = base == raw.end() || style->based_on == style->id ? nullptr : &base->second;
    }
    ParagraphStyle resolved;
    resolved.numbering = numbering;
    int heading = HeadingNumber(own.name);
    if (heading == 0 && own.name.empty()) heading = HeadingNumber(own.id);
    if (IsTitleName(own.name) || (own.name.empty() && IsTitleName(own.id))) {
      resolved.role = ParagraphStyle::Role::kTitle;
    } else if (outline && *outline < 9) {
      resolved.role = ParagraphStyle::Role::kHeading;
      resolved.level = *outline + 1;
    } else if (heading > 0 && !outline) {
      resolved.role = ParagraphStyle::Role::kHeading;
      resolved.level = heading;
    }
    sheet.paragraph_.emplace(id, resolved);
  }
  if (const auto it = sheet.paragraph_.find(default_id); it != sheet.paragraph_.end()) {
    sheet.default_ = it->second;
  }
  return sheet;
}

const ParagraphStyle& StyleSheet::Paragraph(std::string_view style_id) const {
  if (style_id.empty()) return default_;
  const auto it = paragraph_.find(style_id);
  return it == paragraph_.end() ? default_ : it->second;
}

std::optional<int> StyleSheet::StyleNumId(std::string_view style_id) const {
  const auto it = style_num_id_.find(style_id);
  if (it == style_num_id_.end()) return std::nullopt;
  return it->second;
}

}  // namespace verdict::read::docx
