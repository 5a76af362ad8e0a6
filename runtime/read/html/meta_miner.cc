// Metadata mining over text nodes: every visible text node between <body> and the article
// feeds one scanner, each disclosure block another; a label's value may sit in the next text
// node (the next table cell, the next <span>). Then the merge by source priority.
#include "runtime/read/html/meta_miner.h"

#include <initializer_list>

#include "runtime/read/html/source_align.h"

namespace verdict::read::html {
namespace {

// Feeds the visible text nodes of [begin, end) to `scanner`.
void ScanRange(const PageTree& tree, uint32_t begin, uint32_t end, LabelScanner& scanner,
               std::vector<uint32_t>& offsets) {
  for (uint32_t i = begin; i < end; ++i) {
    const PageNode& node = tree.node(i);
    if (node.drop == Drop::kHidden) {
      i = node.end - 1;
      continue;
    }
    if (!node.is_text) continue;
    const std::string_view text = tree.Text(i);
    if (text.empty()) continue;
    AlignToSource(text, tree.RawText(i), tree.RawOffset(i), offsets);
    scanner.Scan(text, offsets.data());
  }
  scanner.Break();
}

const MetaField& FirstFound(std::initializer_list<const MetaField*> fields) {
  for (const MetaField* field : fields) {
    if (field->found()) return *field;
  }
  return **fields.begin();
}

const MetaField& Pick(MetaKey key, const LabelScanner& head, const MinedMeta& mined) {
  return FirstFound({&head.field(key), &mined.above.field(key), &mined.disclosure.field(key)});
}

void AddHint(std::vector<MetaHint>& hints, const char* key, const MetaField& field) {
  if (field.found()) hints.push_back({key, field.value});
}

}  // namespace

MinedMeta MineMeta(const PageTree& tree, const std::vector<uint32_t>& disclosure,
                   uint32_t container) {
  MinedMeta mined;
  std::vector<uint32_t> offsets;
  for (uint32_t block : disclosure) {
    ScanRange(tree, block, tree.node(block).end, mined.disclosure, offsets);
  }
  // Everything above the article, skipping hidden subtrees; the article's ancestors are
  // entered but the article itself is not.
  const uint32_t begin = tree.body();
  if (container != kNoNode && container > begin) {
    ScanRange(tree, begin, container, mined.above, offsets);
  }
  return mined;
}

ReportMeta MergeMeta(const LabelScanner& head, const MinedMeta& mined, const MetaTags& tags) {
  ReportMeta meta;
  meta.published = FirstFound({&Pick(MetaKey::kPublished, head, mined), &tags.published});
  meta.written = Pick(MetaKey::kWritten, head, mined);
  meta.updated = Pick(MetaKey::kUpdated, head, mined);
  meta.source = FirstFound({&Pick(MetaKey::kSource, head, mined), &tags.source});
  return meta;
}

std::vector<MetaHint> MetaHints(const ReportMeta& meta, const MetaTags& tags) {
  std::vector<MetaHint> hints;
  AddHint(hints, "title", tags.title);
  AddHint(hints, "published", meta.published);
  AddHint(hints, "written", meta.written);
  AddHint(hints, "updated", meta.updated);
  AddHint(hints, "source", meta.source);
  AddHint(hints, "site", tags.site);
  AddHint(hints, "column", tags.column);
  return hints;
}

}  // namespace verdict::read::html
