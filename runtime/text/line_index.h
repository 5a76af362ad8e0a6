// LineIndex: 1-based line/column positions in a UTF-8 text, for diagnostics and reports.
#ifndef VERDICT_RUNTIME_TEXT_LINE_INDEX_H_
#define VERDICT_RUNTIME_TEXT_LINE_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace verdict::text {

// Line/column lookup in a UTF-8 text; line breaks "\n", "\r\n", "\r". A text ending in a line
// break has a last, empty line after it; an empty text has one empty line.
class LineIndex {
 public:
  // Keeps a view; the text must outlive it.
  explicit LineIndex(std::string_view utf8);

  // Both 1-based; column counts code points (characters), not bytes.
  struct Position {
    uint32_t line;
    uint32_t column;
  };

  // Position of the code point containing `byte_offset`; offsets past the end clamp to the end.
  Position Locate(size_t byte_offset) const;

  // Line `line` (1-based) without its line break; empty for lines out of range.
  std::string_view Line(uint32_t line) const;

  uint32_t LineCount() const;

 private:
  std::string_view text_;
  std::vector<size_t> starts_;  // byte offset where each line begins; starts_[0] == 0
};

}  // namespace verdict::text

#endif  // VERDICT_RUNTIME_TEXT_LINE_INDEX_H_
