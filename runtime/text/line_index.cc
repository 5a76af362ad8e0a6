// LineIndex: records where each line starts (one memchr-style pass) and answers line/column
// queries by binary search plus a code-point count within the line.
#include "runtime/text/line_index.h"

#include <algorithm>

namespace verdict::text {

LineIndex::LineIndex(std::string_view utf8) : text_(utf8) {
  starts_.push_back(0);
  const size_t n = text_.size();
  if (text_.find('\r') == std::string_view::npos) {
    // The common case: "\n" breaks only, found with memchr.
    for (size_t i = text_.find('\n'); i != std::string_view::npos; i = text_.find('\n', i + 1)) {
      starts_.push_back(i + 1);
    }
    return;
  }
  for (size_t i = 0; i < n; ++i) {
    const char c = text_[i];
    if (c == '\n') {
      starts_.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < n && text_[i + 1] == '\n') ++i;
      starts_.push_back(i + 1);
    }
  }
}

LineIndex::Position LineIndex::Locate(size_t byte_offset) const {
  byte_offset = std::min(byte_offset, text_.size());
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), byte_offset);
  const size_t line = static_cast<size_t>(it - starts_.begin());  // >= 1: starts_[0] == 0
  const size_t start = starts_[line - 1];
  uint32_t column = 1;
  for (size_t i = start; i < byte_offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  // Inside a multi-byte character: report that character, not the one after it.
  if (byte_offset < text_.size() && byte_offset > start &&
      (static_cast<unsigned char>(text_[byte_offset]) & 0xC0) == 0x80) {
    --column;
  }
  return {static_cast<uint32_t>(line), column};
}

std::string_view LineIndex::Line(uint32_t line) const {
  if (line == 0 || line > starts_.size()) return {};
  const size_t start = starts_[line - 1];
  size_t end = line < starts_.size() ? starts_[line] : text_.size();
  // Strip this line's break: "\n", "\r" or "\r\n".
  if (end > start && text_[end - 1] == '\n') --end;
  if (line < starts_.size() && end > start && text_[end - 1] == '\r') --end;
  return text_.substr(start, end - start);
}

uint32_t LineIndex::LineCount() const { return static_cast<uint32_t>(starts_.size()); }

}  // namespace verdict::text
