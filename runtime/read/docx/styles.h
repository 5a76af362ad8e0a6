// Paragraph styles of word/styles.xml, resolved through w:basedOn: which styles are titles or
// headings (and at which outline level), and which carry list numbering.
#ifndef VERDICT_RUNTIME_READ_DOCX_STYLES_H_
#define VERDICT_RUNTIME_READ_DOCX_STYLES_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace verdict::read::docx {

/// A w:numPr: list instance and level; either may be unset and come from elsewhere.
struct NumberingRef {
  std::optional<int> num_id;
  std::optional<int> ilvl;
};

struct ParagraphStyle {
  enum class Role { kBody, kTitle, kHeading };
  Role role = Role::kBody;
  /// Heading level 1..9 (outline level + 1) when role is kHeading.
  int level = 0;
  NumberingRef numbering;
};

class StyleSheet {
 public:
  /// Parses word/styles.xml (consumed: parsed in place). A part that does not parse gives an
  /// empty sheet, which only costs heading hints.
  static StyleSheet Parse(std::string xml);

  /// Paragraph style `style_id` resolved through its w:basedOn chain; the default paragraph
  /// style when `style_id` is empty or unknown. A style is a title when named "Title" or "标题",
  /// a heading when named "heading N" / "标题 N" or when it or a style it is based on sets
  /// w:outlineLvl below 9.
  const ParagraphStyle& Paragraph(std::string_view style_id) const;

  /// The w:numId a style's own paragraph properties give (for a numbering style that a
  /// w:numStyleLink names), or nullopt.
  std::optional<int> StyleNumId(std::string_view style_id) const;

 private:
  std::map<std::string, ParagraphStyle, std::less<>> paragraph_;
  std::map<std::string, int, std::less<>> style_num_id_;
  ParagraphStyle default_;
};

}  // namespace verdict::read::docx

#endif  // VERDICT_RUNTIME_READ_DOCX_STYLES_H_
