// Mines labelled metadata (publication, written and update dates, source) from the parts of a
// page around the article: disclosure tables and the rows above the article.
#ifndef VERDICT_RUNTIME_READ_HTML_META_MINER_H_
#define VERDICT_RUNTIME_READ_HTML_META_MINER_H_

#include <cstdint>
#include <vector>

#include "runtime/read/extracted.h"
#include "runtime/read/html/page_tree.h"
#include "runtime/read/html/portal_meta.h"

namespace verdict::read::html {

struct MinedMeta {
  // Rows above the article (the nearest wins): info rows under the title, disclosure tables.
  LabelScanner above{/*nearest_wins=*/true};
  // Disclosure blocks anywhere (the first wins), for pages that put them below the article.
  LabelScanner disclosure{/*nearest_wins=*/false};
};

// `disclosure` lists the disclosure blocks MarkChrome found; `container` is the article.
MinedMeta MineMeta(const PageTree& tree, const std::vector<uint32_t>& disclosure,
                   uint32_t container);

// The report's metadata, each field from the first place that has it: rows at the head of the
// article (`head`), rows above it, disclosure tables, then (dates and source) <meta> tags.
struct ReportMeta {
  MetaField published;
  MetaField written;
  MetaField updated;
  MetaField source;
};
ReportMeta MergeMeta(const LabelScanner& head, const MinedMeta& mined, const MetaTags& tags);

// The MetaHints of a page, in the order title, published, written, updated, source, site,
// column; fields not found are left out.
std::vector<MetaHint> MetaHints(const ReportMeta& meta, const MetaTags& tags);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_META_MINER_H_
