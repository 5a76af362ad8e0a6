// Maps the namespace URIs of WordprocessingML, markup compatibility and Dublin Core to the
// prefixes one part uses, so the reader matches "w:p" written as "w:p", "ns0:p" or plain "p".
#include "runtime/read/docx/ooxml_names.h"

#include <charconv>
#include <cstring>

namespace verdict::read::docx {
namespace {

struct KnownNamespace {
  Ns ns;
  const char* uri;
};
constexpr KnownNamespace kKnown[] = {
    {Ns::kWord, "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
    {Ns::kWord, "http://purl.oclc.org/ooxml/wordprocessingml/main"},
    {Ns::kMarkupCompat, "http://schemas.openxmlformats.org/markup-compatibility/2006"},
    {Ns::kDublinCore, "http://purl.org/dc/elements/1.1/"},
    {Ns::kDublinCoreTerms, "http://purl.org/dc/terms/"},
};

bool HasPrefixThenLocal(std::string_view name, std::string_view prefix, std::string_view local) {
  return name.size() == prefix.size() + local.size() && name.starts_with(prefix) &&
         name.ends_with(local);
}

}  // namespace

OoxmlNames::OoxmlNames(pugi::xml_node root)
    : prefix_{std::string("w:"), std::string("mc:"), std::string("dc:"), std::string("dcterms:")} {
  for (pugi::xml_attribute attribute : root.attributes()) {
    const std::string_view name = attribute.name();
    std::string prefix;
    if (name == "xmlns") {
      prefix = "";
    } else if (name.starts_with("xmlns:")) {
      prefix = std::string(name.substr(6)) + ":";
    } else {
      continue;
    }
    for (const KnownNamespace& known : kKnown) {
      if (std::strcmp(attribute.value(), known.uri) == 0) {
        prefix_[static_cast<size_t>(known.ns)] = prefix;
      }
    }
  }
}

bool OoxmlNames::Is(pugi::xml_node node, Ns ns, std::string_view local) const {
  return node.type() == pugi::node_element &&
         HasPrefixThenLocal(node.name(), prefix_[static_cast<size_t>(ns)], local);
}

std::string_view OoxmlNames::LocalName(pugi::xml_node node, Ns ns) const {
  if (node.type() != pugi::node_element) return {};
  const std::string_view name = node.name();
  const std::string& prefix = prefix_[static_cast<size_t>(ns)];
  if (!name.starts_with(prefix)) return {};
  std::string_view local = name.substr(prefix.size());
  // With a default namespace, "mc:Choice" must not pass as the local name "mc:Choice".
  if (local.find(':') != std::string_view::npos) return {};
  return local;
}

pugi::xml_node OoxmlNames::Child(pugi::xml_node node, Ns ns, std::string_view local) const {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (Is(child, ns, local)) return child;
  }
  return {};
}

const char* OoxmlNames::Attribute(pugi::xml_node node, Ns ns, std::string_view local) const {
  const std::string& prefix = prefix_[static_cast<size_t>(ns)];
  for (pugi::xml_attribute attribute : node.attributes()) {
    // Unprefixed attributes are in no namespace, but some writers drop the w: on w:val.
    const std::string_view name = attribute.name();
    if (HasPrefixThenLocal(name, prefix, local) || name == local) return attribute.value();
  }
  return nullptr;
}

std::optional<int64_t> ParseInteger(const char* value) {
  if (value == nullptr) return std::nullopt;
  std::string_view text = value;
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  int64_t out = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) {
    return std::nullopt;
  }
  return out;
}

bool IsOn(const char* value) {
  if (value == nullptr) return true;
  const std::string_view text = value;
  return text == "true" || text == "1" || text == "on" || text.empty();
}

unsigned int XmlParseOptions() { return pugi::parse_default | pugi::parse_ws_pcdata_single; }

}  // namespace verdict::read::docx
