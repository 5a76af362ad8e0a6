// Metadata the way Chinese government portals publish it: <meta name="ArticleTitle|PubDate|
// ContentSource|SiteName|ColumnName">, labelled rows (发布日期：…  来源：…) and disclosure tables
// (索引号 / 发布机构 / 成文日期 …), plus the report title inside a browser <title>.
#ifndef VERDICT_RUNTIME_READ_HTML_PORTAL_META_H_
#define VERDICT_RUNTIME_READ_HTML_PORTAL_META_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/read/html/page_tree.h"

namespace verdict::read::html {

// A value as written (spaces collapsed) and, per byte, the page offset it came from.
struct MetaField {
  std::string value;
  std::vector<uint32_t> source;
  bool found() const { return !value.empty(); }
};

// Appends decoded `text` bytes [begin, end) with per-byte page offsets `source` to `out`,
// collapsing whitespace runs to one space and dropping leading and trailing whitespace.
void AppendCollapsed(std::string_view text, const uint32_t* source, size_t begin, size_t end,
                     MetaField& out);

// The <meta name=…> fields a portal page declares (names compared ignoring case).
struct MetaTags {
  MetaField title;      // ArticleTitle
  MetaField published;  // PubDate
  MetaField source;     // ContentSource
  MetaField site;       // SiteName
  MetaField column;     // ColumnName
};
MetaTags ReadMetaTags(const PageTree& tree);

// The text of the page's <title> with its page offsets (spaces collapsed); empty if none.
MetaField ReadTitleElement(const PageTree& tree);

// Disclosure-table labels (索引号, 发布机构, 成文日期, 发文字号, 主题分类, 来源, …) in `text`
// that stand as labels: followed by a colon, the end of the text, or (dates) a digit.
uint32_t CountDisclosureLabels(std::string_view text);

// True for a short line that is a metadata row: it opens (after any bullet) with a label such
// as 发布日期, 来源:, 索引号:, or with a date and holds such a label further on.
bool IsMetadataRow(std::string_view line);

enum class MetaKey { kPublished = 0, kWritten, kUpdated, kSource };
inline constexpr size_t kMetaKeyCount = 4;

// Mines labelled dates (发布日期/发布时间 → published, 成文日期/发文日期 → written,
// 更新时间 → updated) and sources (来源, 信息来源, 文章来源) from a run of text pieces in
// document order: table cells, text nodes, lines. A label with nothing after it in its piece
// (a label cell) takes the start of the next piece as its value.
class LabelScanner {
 public:
  // `nearest_wins`: a later value replaces an earlier one (for text above the article, where
  // the row closest to it is the article's own); otherwise the first value stays.
  explicit LabelScanner(bool nearest_wins) : nearest_wins_(nearest_wins) {}

  // `source` holds the page offset of every byte of `text`.
  void Scan(std::string_view text, const uint32_t* source);
  // Ends a run: a label left waiting for its value does not take it from the next piece.
  void Break() { pending_ = -1; }

  const MetaField& field(MetaKey key) const { return fields_[static_cast<size_t>(key)]; }

 private:
  // Reads the value of `key` at text[pos..]; true when one was found.
  bool TakeValue(int key, std::string_view text, const uint32_t* source, size_t pos);

  bool nearest_wins_;
  int pending_ = -1;
  std::array<MetaField, kMetaKeyCount> fields_;
};

// The report title inside a browser title: the byte range of `title` left once the site and
// column segments (split on _ | - outside brackets) naming 网站/门户/政府/人民政府/网 are
// dropped; the longest remaining segment when several remain.
std::pair<size_t, size_t> TitleCore(std::string_view title);

// True when a short text names a site rather than a report: 某某区人民政府, …门户网站, 首页.
bool LooksLikeSiteName(std::string_view text);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_PORTAL_META_H_
