// A read-only zip archive over bytes in memory, with one inflation budget for every entry read
// from it (the zip-bomb guard of the DOCX reader).
#ifndef VERDICT_RUNTIME_READ_DOCX_ZIP_ARCHIVE_H_
#define VERDICT_RUNTIME_READ_DOCX_ZIP_ARCHIVE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/text/decode.h"
#include "support/result.h"

struct zip;

namespace verdict::read::docx {

class ZipArchive {
 public:
  /// Opens the archive in `bytes`, which must outlive it. Errors: "corrupt-zip".
  static Result<ZipArchive, text::ReadError> Open(std::string_view bytes,
                                                  uint64_t max_unzipped_bytes);

  /// True when the archive has an entry called `name` (ASCII case ignored, as OPC does).
  bool Contains(std::string_view name) const;

  /// Inflates entry `name`; nullopt when there is none. Every byte inflated counts against the
  /// budget given to Open: an entry whose declared size, or whose actual output, would take the
  /// total past it fails with "zip-bomb" after at most one chunk beyond the limit. Other errors:
  /// "encrypted-docx", "corrupt-zip" (CRC mismatch, damaged data, unknown compression).
  Result<std::optional<std::string>, text::ReadError> Read(std::string_view name);

  /// The name of the first entry flagged as encrypted, if any.
  std::optional<std::string> FirstEncryptedEntry() const;

  uint64_t inflated_bytes() const { return inflated_; }

 private:
  struct Closer {
    void operator()(::zip* archive) const;
  };
  ZipArchive(::zip* archive, uint64_t limit) : zip_(archive), limit_(limit) {}

  std::unique_ptr<::zip, Closer> zip_;
  uint64_t limit_ = 0;
  uint64_t inflated_ = 0;
};

}  // namespace verdict::read::docx

#endif  // VERDICT_RUNTIME_READ_DOCX_ZIP_ARCHIVE_H_
