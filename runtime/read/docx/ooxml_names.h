// Namespace-aware element matching for OOXML parts parsed without namespace processing: the
// prefixes a part's root element binds to the namespaces the DOCX reader cares about.
#ifndef VERDICT_RUNTIME_READ_DOCX_OOXML_NAMES_H_
#define VERDICT_RUNTIME_READ_DOCX_OOXML_NAMES_H_

#include <array>
#include <cstdint>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>

namespace verdict::read::docx {

enum class Ns {
  kWord,             // WordprocessingML main (transitional or strict)
  kMarkupCompat,     // mc: AlternateContent / Choice / Fallback
  kDublinCore,       // dc: (core properties)
  kDublinCoreTerms,  // dcterms: (core properties)
};

class OoxmlNames {
 public:
  /// Reads the xmlns declarations on `root`; a namespace not declared there keeps its usual
  /// prefix (w, mc, dc, dcterms). Declarations on descendants are not followed.
  explicit OoxmlNames(pugi::xml_node root);

  /// True when `node` is the element `local` of namespace `ns`.
  bool Is(pugi::xml_node node, Ns ns, std::string_view local) const;
  /// `local` when `node` is an element of namespace `ns`, else empty.
  std::string_view LocalName(pugi::xml_node node, Ns ns) const;
  /// The first child element `local` of namespace `ns`, or a null node.
  pugi::xml_node Child(pugi::xml_node node, Ns ns, std::string_view local) const;
  /// The value of attribute `local` of namespace `ns` on `node`, or nullptr.
  const char* Attribute(pugi::xml_node node, Ns ns, std::string_view local) const;
  /// Attribute w:val of `node`, or nullptr.
  const char* Val(pugi::xml_node node) const { return Attribute(node, Ns::kWord, "val"); }

 private:
  // "w:" style prefixes, "" for the default namespace.
  std::array<std::string, 4> prefix_;
};

/// A decimal integer attribute value (surrounding spaces allowed); nullopt for anything else.
std::optional<int64_t> ParseInteger(const char* value);

/// An ST_OnOff toggle such as <w:vanish/>: absent value, "true", "1" or "on" mean on.
bool IsOn(const char* value);

/// The pugixml options for OOXML parts: entities and end-of-lines as usual, and the lone
/// space of <w:t xml:space="preserve"> </w:t> kept.
unsigned int XmlParseOptions();

}  // namespace verdict::read::docx

#endif  // VERDICT_RUNTIME_READ_DOCX_OOXML_NAMES_H_
