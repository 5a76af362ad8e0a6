// SourceManager: stores rule-file texts; line/column are computed only when a diagnostic is rendered.
#include "compiler/source/source_manager.h"

namespace verdict::source {

FileId SourceManager::Add(std::string path, std::string text) {
  SourceFile& f = files_.emplace_back();
  f.id = static_cast<FileId>(files_.size() - 1);
  f.path = std::move(path);
  f.text = std::move(text);
  f.lines = std::make_unique<text::LineIndex>(f.text);
  return f.id;
}

text::LineIndex::Position SourceManager::Locate(FileId file, uint32_t offset) const {
  return files_[file].lines->Locate(offset);
}

}  // namespace verdict::source
