// Block walker: a preorder pass over the article subtree with a stack of open elements. Block
// boundaries and <br> end lines; text nodes are aligned with their source so every emitted
// byte knows its page offset; heading, bold, link and cell state is tracked per line.
#include "runtime/read/html/block_walker.h"

#include <algorithm>

#include "runtime/read/html/char_class.h"
#include "runtime/read/html/source_align.h"
#include "runtime/read/html/text_counts.h"

namespace verdict::read::html {
namespace {

// Cells holding more text than this are layout, not data: no table-cell hint.
constexpr uint32_t kMaxDataCellChars = 300;

// The code point at text[k], with the ASCII and common CJK cases inline.
inline CodePoint Next(std::string_view text, size_t k) {
  const auto lead = static_cast<unsigned char>(text[k]);
  if (lead < 0x80) return {lead, 1};
  if (lead >= 0xE4 && lead <= 0xE9 && k + 2 < text.size()) {  // U+4000..U+9FFF
    const auto b1 = static_cast<unsigned char>(text[k + 1]);
    const auto b2 = static_cast<unsigned char>(text[k + 2]);
    if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
      return {((lead & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu), 3};
    }
  }
  return DecodeCodePoint(text, k);
}

bool IsCell(const PageNode& node) {
  return (node.tag == GUMBO_TAG_TD || node.tag == GUMBO_TAG_TH) && node.chars <= kMaxDataCellChars;
}

}  // namespace

int HeadingTagLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_H1:
      return 1;
    case GUMBO_TAG_H2:
      return 2;
    case GUMBO_TAG_H3:
      return 3;
    case GUMBO_TAG_H4:
      return 4;
    case GUMBO_TAG_H5:
      return 5;
    case GUMBO_TAG_H6:
      return 6;
    default:
      return 0;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_LEGEND:
      return true;
    default:
      return false;
  }
}

void BlockWalker::Walk(uint32_t root, uint32_t skip, bool keep_chrome) {
  root_ = root;
  // About three bytes per counted character (CJK), plus spaces.
  const size_t expected = out_.text.size() + size_t{tree_.node(root).chars} * 3 + 64;
  out_.text.reserve(expected);
  out_.source.reserve(expected);
  EndLine();
  std::vector<uint32_t> open;
  const uint32_t end = tree_.node(root).end;
  for (uint32_t i = root; i < end;) {
    while (!open.empty() && tree_.node(open.back()).end <= i) {
      Exit(open.back());
      open.pop_back();
    }
    const PageNode& node = tree_.node(i);
    const bool left_out = keep_chrome ? node.drop == Drop::kHidden : node.removed;
    if ((left_out && i != root) || i == skip) {
      if (!node.is_text) EndLine();
      i = node.end;
      continue;
    }
    if (node.is_text) {
      AddText(i);
    } else {
      Enter(i);
      open.push_back(i);
    }
    ++i;
  }
  while (!open.empty()) {
    Exit(open.back());
    open.pop_back();
  }
  EndLine();
}

void BlockWalker::Enter(uint32_t i) {
  const PageNode& node = tree_.node(i);
  if (IsBlockTag(node.tag) || node.tag == GUMBO_TAG_BR) EndLine();
  if (const int level = HeadingTagLevel(node.tag)) headings_.push_back(static_cast<uint8_t>(level));
  if (node.tag == GUMBO_TAG_STRONG || node.tag == GUMBO_TAG_B) ++bold_;
  if (node.tag == GUMBO_TAG_PRE || node.tag == GUMBO_TAG_LISTING) ++pre_;
  // The article itself may be a layout cell; only cells inside it are data.
  if (IsCell(node) && i != root_) cells_.emplace_back(i, static_cast<uint32_t>(out_.lines.size()));
}

void BlockWalker::Exit(uint32_t i) {
  const PageNode& node = tree_.node(i);
  if (IsBlockTag(node.tag)) EndLine();
  if (HeadingTagLevel(node.tag) != 0 && !headings_.empty()) headings_.pop_back();
  if ((node.tag == GUMBO_TAG_STRONG || node.tag == GUMBO_TAG_B) && bold_ > 0) --bold_;
  if ((node.tag == GUMBO_TAG_PRE || node.tag == GUMBO_TAG_LISTING) && pre_ > 0) --pre_;
  if (!cells_.empty() && cells_.back().first == i) {
    const uint32_t first = cells_.back().second;
    cells_.pop_back();
    const uint32_t last = static_cast<uint32_t>(out_.lines.size());
    if (last > first) out_.cells.push_back({first, last});
  }
}

void BlockWalker::AddText(uint32_t i) {
  const std::string_view text = tree_.Text(i);
  if (text.empty()) return;
  // Most text nodes are their source verbatim (no references, no CR): offsets are positional.
  const std::string_view raw = tree_.RawText(i);
  const uint32_t base = tree_.RawOffset(i);
  const bool verbatim = raw == text;
  if (!verbatim) AlignToSource(text, raw, base, offsets_);
  const auto source_of = [&](size_t k) {
    return verbatim ? base + static_cast<uint32_t>(k) : offsets_[k];
  };
  const bool link = tree_.node(i).in_link;
  // Outside <pre> the whole node goes to one line: its measured character count (non-space
  // code points, as the runs below count them) is added once.
  const bool one_line = pre_ == 0;
  if (one_line) {
    const uint32_t chars = tree_.node(i).chars;
    line_.chars += chars;
    if (link) line_.link_chars += chars;
    if (bold_ > 0) line_.bold_chars += chars;
  }
  const size_t n = text.size();
  for (size_t k = 0; k < n;) {
    const CodePoint cp = Next(text, k);
    if (IsCollapsibleSpace(cp.value)) {
      if (pre_ > 0 && cp.value == '\n') {
        EndLine();
      } else {
        if (!pending_space_) pending_source_ = source_of(k);
        pending_space_ = true;
        if (cp.value == '\n' || cp.value == '\r') pending_newline_ = true;
      }
      k += cp.length;
      continue;
    }
    if (out_.text.size() > line_begin_ && pending_space_ &&
        !(pending_newline_ && IsWide(last_cp_) && IsWide(cp.value))) {
      out_.text.push_back(' ');
      out_.source.push_back(pending_source_);
    }
    pending_space_ = false;
    pending_newline_ = false;
    // The run of non-space characters from here: text in one append, then its offsets. The
    // text is valid UTF-8 (gumbo's output, or page bytes that decoded), so characters are
    // the bytes that are not continuation bytes.
    const size_t run = k;
    k = NonSpaceRunEnd(text, k + cp.length);
    size_t last = k - 1;
    while (last > run && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80) --last;
    last_cp_ = Next(text, last).value;
    out_.text.append(text.data() + run, k - run);
    const size_t old = out_.source.size();
    out_.source.resize(old + (k - run));
    uint32_t* to = out_.source.data() + old;
    if (verbatim) {
      // Every byte maps to the first byte of its character (the text is well-formed UTF-8:
      // gumbo's output, equal to the page bytes).
      FillCharStarts(text, run, k, base, to);
    } else {
      std::copy(offsets_.begin() + static_cast<std::ptrdiff_t>(run),
                offsets_.begin() + static_cast<std::ptrdiff_t>(k), to);
    }
    if (!one_line) {
      const auto chars = static_cast<uint32_t>(CountCodePoints(text.substr(run, k - run)));
      line_.chars += chars;
      if (link) line_.link_chars += chars;
      if (bold_ > 0) line_.bold_chars += chars;
    }
  }
}

void BlockWalker::EndLine() {
  const uint32_t size = static_cast<uint32_t>(out_.text.size());
  if (size > line_begin_) {
    line_.begin = line_begin_;
    line_.end = size;
    line_.heading = headings_.empty() ? 0 : headings_.back();
    line_.in_cell = !cells_.empty();
    out_.lines.push_back(line_);
  }
  line_begin_ = size;
  line_ = Line();
  last_cp_ = 0;
  pending_space_ = false;
  pending_newline_ = false;
}

}  // namespace verdict::read::html
