// Reads dc:title, dcterms:created and dcterms:modified from docProps/core.xml into meta hints;
// W3CDTF timestamps keep only their calendar date as written (no time-zone shift).
#include "runtime/read/docx/core_props.h"

#include <cctype>
#include <optional>
#include <pugixml.hpp>
#include <string_view>

#include "runtime/read/docx/document_xml.h"
#include "runtime/read/docx/ooxml_names.h"

namespace verdict::read::docx {
namespace {

// The element's text: its pcdata and cdata children.
std::string TextOf(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    }
  }
  return out;
}

// "2024-03-01" of "2024-03-01T08:00:00Z" (or of a bare date); nullopt otherwise.
std::optional<std::string> IsoDate(std::string_view value) {
  value = TrimSpaces(value);
  if (value.size() < 10) return std::nullopt;
  for (size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? value[i] != '-' : !std::isdigit(static_cast<unsigned char>(value[i]))) {
      return std::nullopt;
    }
  }
  if (value.size() > 10 && value[10] != 'T' && value[10] != ' ') return std::nullopt;
  const int month = (value[5] - '0') * 10 + (value[6] - '0');
  const int day = (value[8] - '0') * 10 + (value[9] - '0');
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return std::string(value.substr(0, 10));
}

}  // namespace

CoreProps ParseCoreProps(std::string xml) {
  CoreProps props;
  pugi::xml_document document;
  if (!document.load_buffer_inplace(xml.data(), xml.size(), XmlParseOptions())) return props;
  const pugi::xml_node root = document.document_element();
  const OoxmlNames names(root);
  std::optional<std::string> written;
  std::optional<std::string> updated;
  for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
    if (names.Is(node, Ns::kDublinCore, "title") && props.title.empty()) {
      props.title = std::string(TrimSpaces(CleanText(TextOf(node))));
    } else if (names.Is(node, Ns::kDublinCoreTerms, "created") && !written) {
      written = IsoDate(TextOf(node));
    } else if (names.Is(node, Ns::kDublinCoreTerms, "modified") && !updated) {
      updated = IsoDate(TextOf(node));
    }
  }
  if (!props.title.empty()) props.meta.push_back({"title", props.title});
  if (written) props.meta.push_back({"written", *written});
  if (updated) props.meta.push_back({"updated", *updated});
  return props;
}

}  // namespace verdict::read::docx
