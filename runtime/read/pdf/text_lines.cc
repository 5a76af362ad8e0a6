// Groups poppler word boxes into visual lines: sort by vertical center, sweep into bands of
// vertically overlapping words, order each band left to right and join the words, putting a
// space only where the page shows one. Also cleans the words' UTF-8 (controls, bad bytes).
#include "runtime/read/pdf/text_lines.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "runtime/read/pdf/code_point.h"
#include "runtime/text/utf8.h"

namespace verdict::read::pdf {
namespace {

// Words further apart than this many em are separate words even without a poppler space.
constexpr double kSpaceGapEm = 0.3;
// Chinese has no word spaces: between two CJK characters only a gap this wide (a table's next
// cell, say) is a space; narrower ones are letter-spacing, as in a title set as "报 告".
constexpr double kCjkSpaceGapEm = 2.5;
// Share of the smaller height two words must overlap vertically to be on one line.
constexpr double kSameLineOverlap = 0.5;

// Valid UTF-8 without control characters: tabs and line breaks become spaces, other C0/C1
// controls are dropped, ill-formed bytes become U+FFFD.
std::string CleanText(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t pos = 0; pos < in.size();) {
    const text::Utf8Sequence seq = text::ClassifyUtf8(in, pos);
    if (seq.status != text::Utf8Status::kValid) {
      text::AppendUtf8(0xFFFD, out);
      pos += std::max<uint32_t>(seq.length, 1);
      continue;
    }
    const auto lead = static_cast<unsigned char>(in[pos]);
    const bool c0 = lead < 0x20 || lead == 0x7F;
    // C1 controls U+0080..U+009F are encoded C2 80..C2 9F.
    const bool c1 =
        seq.length == 2 && lead == 0xC2 && static_cast<unsigned char>(in[pos + 1]) < 0xA0;
    if (lead == '\t' || lead == '\n' || lead == '\v' || lead == '\f' || lead == '\r') {
      out.push_back(' ');
    } else if (!c0 && !c1) {
      out.append(in.substr(pos, seq.length));
    }
    pos += seq.length;
  }
  return out;
}

// Ideographs, kana, CJK symbols and punctuation, full-width forms.
bool IsCjk(uint32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
         (cp >= 0x20000 && cp <= 0x3FFFF);
}

// Whether a space separates `next` from `previous` on one line.
bool SpaceBetween(const WordBox& previous, const WordBox& next, double em) {
  const double gap = next.left - previous.right;
  size_t pos = 0;
  if (IsCjk(LastCodePoint(previous.text)) && IsCjk(NextCodePoint(next.text, pos))) {
    return gap > kCjkSpaceGapEm * em;
  }
  return previous.space_after || gap > kSpaceGapEm * em;
}

double Height(const WordBox& w) { return std::max(w.bottom - w.top, 0.0); }
double Center(const WordBox& w) { return (w.top + w.bottom) / 2; }
double Em(const WordBox& w) { return w.font_size > 0 ? w.font_size : std::max(Height(w), 1.0); }

// Appends `word` to `out`, with one space before it when `space` and out is non-empty;
// runs of spaces collapse to one and no space is left at either end.
void AppendCollapsed(std::string_view word, bool space, std::string& out) {
  if (space && !out.empty() && out.back() != ' ') out.push_back(' ');
  for (char c : word) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
}

TextLine MakeLine(std::vector<WordBox>::iterator begin, std::vector<WordBox>::iterator end) {
  std::stable_sort(begin, end, [](const WordBox& a, const WordBox& b) { return a.left < b.left; });
  TextLine line;
  line.left = begin->left;
  line.top = begin->top;
  line.right = begin->right;
  line.bottom = begin->bottom;
  std::vector<double> ems;
  const WordBox* previous = nullptr;
  for (auto it = begin; it != end; ++it) {
    const double em = Em(*it);
    ems.push_back(em);
    const bool space = previous != nullptr && SpaceBetween(*previous, *it, em);
    AppendCollapsed(it->text, space, line.text);
    line.left = std::min(line.left, it->left);
    line.top = std::min(line.top, it->top);
    line.right = std::max(line.right, it->right);
    line.bottom = std::max(line.bottom, it->bottom);
    previous = &*it;
  }
  while (!line.text.empty() && line.text.back() == ' ') line.text.pop_back();
  std::nth_element(ems.begin(), ems.begin() + ems.size() / 2, ems.end());
  line.em = ems[ems.size() / 2];
  return line;
}

}  // namespace

std::vector<TextLine> GroupIntoLines(std::vector<WordBox> words) {
  for (WordBox& w : words) w.text = CleanText(w.text);
  std::erase_if(
      words, [](const WordBox& w) { return w.text.find_first_not_of(' ') == std::string::npos; });
  std::stable_sort(words.begin(), words.end(),
                   [](const WordBox& a, const WordBox& b) { return Center(a) < Center(b); });

  std::vector<TextLine> lines;
  size_t start = 0;
  double band_top = 0;
  double band_bottom = 0;
  for (size_t i = 0; i <= words.size(); ++i) {
    if (i < words.size() && i > start) {
      const WordBox& w = words[i];
      const double overlap = std::min(band_bottom, w.bottom) - std::max(band_top, w.top);
      const double smaller = std::min(band_bottom - band_top, Height(w));
      if (overlap >= kSameLineOverlap * smaller) {
        band_top = std::min(band_top, w.top);
        band_bottom = std::max(band_bottom, w.bottom);
        continue;
      }
    }
    if (i > start) {
      TextLine line = MakeLine(words.begin() + start, words.begin() + i);
      if (!line.text.empty()) lines.push_back(std::move(line));
    }
    if (i < words.size()) {
      start = i;
      band_top = words[i].top;
      band_bottom = words[i].bottom;
    }
  }
  return lines;
}

}  // namespace verdict::read::pdf
