// Rule-file sources: owns each file's text and turns byte offsets into line:column for diagnostics.
#ifndef VERDICT_COMPILER_SOURCE_SOURCE_MANAGER_H_
#define VERDICT_COMPILER_SOURCE_SOURCE_MANAGER_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>

#include "runtime/text/line_index.h"

namespace verdict::source {

using FileId = uint32_t;

/// A half-open byte range [begin, end) in one source file.
struct Range {
  FileId file = 0;
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct SourceFile {
  FileId id = 0;
  std::string path;
  std::string text;
  std::unique_ptr<text::LineIndex> lines;
};

/// Holds every loaded rule file for the whole compilation; FileIds and references stay valid.
class SourceManager {
 public:
  FileId Add(std::string path, std::string text);
  const SourceFile& Get(FileId id) const { return files_[id]; }
  size_t size() const { return files_.size(); }
  text::LineIndex::Position Locate(FileId file, uint32_t offset) const;

 private:
  std::deque<SourceFile> files_;
};

}  // namespace verdict::source

#endif  // VERDICT_COMPILER_SOURCE_SOURCE_MANAGER_H_
