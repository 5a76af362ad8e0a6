// Turns the article's subtree into lines of text, one per block (paragraph, <br>-separated
// line, list item, heading, table cell), with the page offset of every byte and what the
// markup says about each line (heading tag, all-bold text, table cell, link text).
#ifndef VERDICT_RUNTIME_READ_HTML_BLOCK_WALKER_H_
#define VERDICT_RUNTIME_READ_HTML_BLOCK_WALKER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/read/html/page_tree.h"
#include "support/default_init_allocator.h"

namespace verdict::read::html {

struct Line {
  uint32_t begin = 0;  // bytes of LineBuffer::text (no line break stored)
  uint32_t end = 0;
  uint32_t chars = 0;       // non-space code points
  uint32_t link_chars = 0;  // of them inside <a>
  uint32_t bold_chars = 0;  // of them inside <strong>/<b>
  uint8_t heading = 0;      // n for a line of an <hn>
  bool in_cell = false;     // inside a data-table cell
};

// Lines [first, end) all come from one table cell.
struct CellSpan {
  uint32_t first = 0;
  uint32_t end = 0;
};

struct LineBuffer {
  std::string text;  // the lines back to back
  // Page offset of each byte of text (filled as text is appended, so never zeroed first).
  std::vector<uint32_t, DefaultInitAllocator<uint32_t>> source;
  std::vector<Line> lines;
  std::vector<CellSpan> cells;

  std::string_view LineText(const Line& line) const {
    return std::string_view(text).substr(line.begin, line.end - line.begin);
  }
};

class BlockWalker {
 public:
  BlockWalker(const PageTree& tree, LineBuffer& out) : tree_(tree), out_(out) {}

  // Appends the lines of the subtree at `root`, except removed subtrees (only hidden ones when
  // `keep_chrome`) and the one at `skip` (kNoNode: none). Whitespace collapses as a browser
  // renders it; a source line break between two wide (CJK) characters disappears.
  void Walk(uint32_t root, uint32_t skip, bool keep_chrome = false);

 private:
  void Enter(uint32_t i);
  void Exit(uint32_t i);
  void AddText(uint32_t i);
  void EndLine();

  const PageTree& tree_;
  LineBuffer& out_;
  std::vector<uint32_t> offsets_;                     // scratch: per-byte offsets of one text node
  std::vector<uint8_t> headings_;                     // open <hn> levels
  std::vector<std::pair<uint32_t, uint32_t>> cells_;  // open cells: node, first line
  uint32_t root_ = kNoNode;
  uint32_t bold_ = 0;
  uint32_t pre_ = 0;
  // The line being built.
  uint32_t line_begin_ = 0;
  Line line_;
  uint32_t last_cp_ = 0;
  bool pending_space_ = false;
  bool pending_newline_ = false;
  uint32_t pending_source_ = 0;
};

// True for elements that start and end a block of text.
bool IsBlockTag(GumboTag tag);

// 1..6 for <h1>..<h6>, 0 for any other tag.
int HeadingTagLevel(GumboTag tag);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_BLOCK_WALKER_H_
