// Page metadata rows (publication date, source, disclosure table) and the mining of their values.
#ifndef VERDICT_RUNTIME_DOCUMENT_METADATA_H_
#define VERDICT_RUNTIME_DOCUMENT_METADATA_H_

#include <string_view>
#include <utility>

#include "runtime/document/document.h"

namespace verdict::doc {

// Where a line sits. kHeader: the rows right under the title, above the body; they also admit
// bare date lines. kBody: anywhere else, where a bare date is a signature date or a page clock.
enum class MetaScope { kHeader, kBody };

// True if the trimmed `line` is a metadata row: it opens (after any bullet) with a known label
// such as 发布时间, 来源:, 索引号:, 体 裁:; or, in the header, with a date followed by nothing but
// a time and further labels ("2024-03-06 10:40 来源: …").
bool IsMetadataLine(std::string_view line, MetaScope scope);

// Collects the publication date and source from metadata lines, keeping the best date by label:
// 发布 beats 成文/发文 beats 更新 beats a bare date or 日期; ties go to the first seen.
class MetadataCollector {
 public:
  // `text` is the whole normalized text; lines passed to Scan must be views into it.
  explicit MetadataCollector(std::string_view text) : text_(text) {}

  // Mines one line for labelled dates and a 来源 value.
  void Scan(std::string_view line, MetaScope scope);

  // Offers a date from markup metadata (key published/written/updated); it has no span.
  void OfferMarkup(std::string_view key, std::string_view value);
  // The source from markup (<meta name="ContentSource">), used when no 来源 row was found.
  void SetSourceFromMarkup(std::string_view value) { meta_.source.assign(value); }

  const Metadata& result() const { return meta_; }
  // Moves the result out; the collector is spent afterwards.
  Metadata TakeResult() { return std::move(meta_); }

 private:
  void Offer(std::string_view line, size_t date_pos, int rank);
  void ScanSource(std::string_view line);

  std::string_view text_;
  Metadata meta_;
  int rank_ = 0;  // rank of meta_.published; 0 while none
};

}  // namespace verdict::doc

#endif  // VERDICT_RUNTIME_DOCUMENT_METADATA_H_
