// Rejoins wrapped paragraph lines and assembles the body with one Unit per page. Page margins,
// the usual line pitch and whether the document marks paragraph starts (indent or gap) are
// measured first; then each pair of consecutive lines is judged by BuildBody's rules.
#include "runtime/read/pdf/body_builder.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "runtime/read/pdf/code_point.h"

namespace verdict::read::pdf {
namespace {

constexpr double kWrapLeewayEm = 1.0;     // how far short of the margin a wrapped line may end
constexpr double kIndentEm = 0.8;         // a line this far right of the margin is indented
constexpr double kMarginClusterEm = 0.5;  // lines this close share a margin
constexpr double kSameSize = 0.15;        // font sizes this close are the same
constexpr double kGapFactor = 1.4;        // pitch this much above the usual one is a gap
constexpr double kMarkedShare = 0.8;      // share of paragraph starts that must be marked
constexpr size_t kMinMarkedSamples = 3;
constexpr size_t kMarginShare = 5;  // percent of all lines that make up a margin

bool SameSize(const TextLine& a, const TextLine& b) {
  return std::abs(a.em - b.em) <= kSameSize * std::max(a.em, b.em);
}

double Median(std::vector<double> values) {
  std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
  return values[values.size() / 2];
}

struct Margins {
  double left = 0;
  double right = 0;
};

// The first value of `sorted` (ascending or descending) that, counting itself, at least `needed`
// values at or after it lie within `tolerance` of; nullopt if none does.
std::optional<double> FirstCluster(const std::vector<double>& sorted, double tolerance,
                                   size_t needed) {
  size_t end = 0;
  for (size_t i = 0; i < sorted.size(); ++i) {
    end = std::max(end, i);
    while (end < sorted.size() && std::abs(sorted[end] - sorted[i]) <= tolerance) ++end;
    if (end - i >= needed) return sorted[i];
  }
  return std::nullopt;
}

// The text block's margins over the whole document (the pages of one report share them): the
// leftmost x where two lines start, and the rightmost x where 5% of the lines (at least two)
// end, within half an em, so a stray line or a few wide table rows do not move a margin.
// Without such a cluster, the extreme line positions.
Margins MeasureMargins(const std::vector<std::vector<TextLine>>& pages) {
  std::vector<double> lefts, rights, ems;
  for (const auto& lines : pages) {
    for (const TextLine& l : lines) {
      lefts.push_back(l.left);
      rights.push_back(l.right);
      ems.push_back(l.em);
    }
  }
  Margins margins;
  if (lefts.empty()) return margins;
  std::sort(lefts.begin(), lefts.end());
  std::sort(rights.begin(), rights.end(), std::greater<>());
  const double tolerance = kMarginClusterEm * Median(ems);
  margins.left = FirstCluster(lefts, tolerance, 2).value_or(lefts.front());
  const size_t needed = std::max<size_t>(2, (rights.size() * kMarginShare + 99) / 100);
  margins.right = FirstCluster(rights, tolerance, needed).value_or(rights.front());
  return margins;
}

// The usual distance between consecutive baselines, in em: the lower quartile over
// same-size neighbours, so paragraph gaps (rarer than line steps) do not raise it.
std::optional<double> UsualPitchEm(const std::vector<std::vector<TextLine>>& pages) {
  std::vector<double> pitches;
  for (const auto& lines : pages) {
    for (size_t i = 1; i < lines.size(); ++i) {
      const double pitch = lines[i].top - lines[i - 1].top;
      if (pitch > 0 && SameSize(lines[i - 1], lines[i])) {
        pitches.push_back(pitch / std::max(lines[i].em, lines[i - 1].em));
      }
    }
  }
  if (pitches.empty()) return std::nullopt;
  std::nth_element(pitches.begin(), pitches.begin() + pitches.size() / 4, pitches.end());
  return pitches[pitches.size() / 4];
}

// Approximate width of the line's first unbreakable piece: a run of printable ASCII (a word or a
// number), or else one character (CJK text can break anywhere); ASCII counts half as wide.
double FirstWordWidth(const TextLine& line) {
  double word = 0, total = 0;
  bool in_word = true;
  bool ascii_word = false;
  for (size_t pos = 0; pos < line.text.size();) {
    const uint32_t cp = NextCodePoint(line.text, pos);
    const double units = cp < 0x80 ? 0.5 : 1.0;
    total += units;
    if (!in_word) continue;
    const bool ascii_char = cp > ' ' && cp < 0x7F;
    if (word == 0) {
      ascii_word = ascii_char;
    } else if (!ascii_word || !ascii_char) {
      in_word = false;
      continue;
    }
    word += units;
  }
  return total > 0 ? (line.right - line.left) * word / total : 0;
}

class Joiner {
 public:
  explicit Joiner(const std::vector<std::vector<TextLine>>& pages)
      : margins_(MeasureMargins(pages)), pitch_em_(UsualPitchEm(pages)) {
    std::vector<double> tops, ems;
    for (const auto& lines : pages) {
      if (lines.empty()) continue;
      tops.push_back(lines.front().top);
      ems.push_back(lines.front().em);
    }
    if (!tops.empty()) {
      std::sort(tops.begin(), tops.end());
      top_margin_ = FirstCluster(tops, kMarginClusterEm * Median(ems), 2).value_or(tops.front());
    }
    size_t starts = 0, indented = 0, gapped = 0;
    for (size_t p = 0; p < pages.size(); ++p) {
      for (size_t i = 1; i < pages[p].size(); ++i) {
        const TextLine& a = pages[p][i - 1];
        const TextLine& b = pages[p][i];
        if (Wrapped(a, b) || !SameSize(a, b)) continue;
        ++starts;
        indented += Indented(b) ? 1 : 0;
        gapped += Gap(a, b) ? 1 : 0;
      }
    }
    const double needed = kMarkedShare * static_cast<double>(starts);
    indent_marked_ = starts >= kMinMarkedSamples && static_cast<double>(indented) >= needed;
    gap_marked_ = starts >= kMinMarkedSamples && static_cast<double>(gapped) >= needed;
  }

  // Whether line `b` continues line `a`, the line before it on the same or the previous page.
  bool Continues(const TextLine& a, const TextLine& b, bool same_page) const {
    if (!SameSize(a, b) || !Wrapped(a, b) || Indented(b)) return false;
    if (StartsWithNumbering(b.text)) return false;
    if (same_page ? Gap(a, b) : GapAtTop(b)) return false;
    if (!EndsSentence(a.text)) return true;
    return indent_marked_ || gap_marked_;
  }

 private:
  // Line `a` is full: the first word of `b` would not have fit after it (with some leeway for
  // typesetters that avoid starting a line with punctuation).
  bool Wrapped(const TextLine& a, const TextLine& b) const {
    return a.right + FirstWordWidth(b) + kWrapLeewayEm * a.em >= margins_.right;
  }
  bool Indented(const TextLine& line) const {
    return line.left > margins_.left + kIndentEm * line.em;
  }
  bool Gap(const TextLine& a, const TextLine& b) const {
    if (!pitch_em_) return false;
    return (b.top - a.top) / std::max(a.em, b.em) > kGapFactor * *pitch_em_;
  }
  // The first line of a page starts lower than pages usually start: an empty line above it.
  bool GapAtTop(const TextLine& first) const {
    if (!pitch_em_) return false;
    return (first.top - top_margin_) / first.em > (kGapFactor - 1) * *pitch_em_;
  }

  Margins margins_;
  double top_margin_ = 0;  // where the first line of a page usually starts
  std::optional<double> pitch_em_;
  bool indent_marked_ = false;
  bool gap_marked_ = false;
};

bool IsAsciiAlnum(uint32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}
bool IsAsciiLetter(uint32_t cp) { return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'); }

// The separator when `next` continues `text`: a space between ASCII words, else nothing.
bool NeedsSpace(std::string_view text, std::string_view next) {
  if (text.empty() || next.empty()) return false;
  size_t pos = 0;
  const uint32_t first = NextCodePoint(next, pos);
  const uint32_t last = LastCodePoint(text);
  return IsAsciiAlnum(first) && IsAsciiAlnum(last) && (IsAsciiLetter(first) || IsAsciiLetter(last));
}

bool OneOf(std::u32string_view set, uint32_t cp) {
  return set.find(static_cast<char32_t>(cp)) != std::u32string_view::npos;
}

bool IsCjkNumeral(uint32_t cp) { return OneOf(U"一二三四五六七八九十百零〇两", cp); }
bool IsDigit(uint32_t cp) { return (cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19); }

bool IsBullet(uint32_t cp) { return OneOf(U"•●○■□◆◇▪►▶★☆·-*", cp); }

}  // namespace

bool StartsWithNumbering(std::string_view line) {
  if (line.empty()) return false;
  size_t pos = 0;
  uint32_t cp = NextCodePoint(line, pos);
  if (IsBullet(cp)) return true;
  if ((cp >= 0x2460 && cp <= 0x249B) || (cp >= 0x3220 && cp <= 0x3229)) return true;  // ① ⑴ ⒈ ㈠
  const auto next = [&]() { return pos < line.size() ? NextCodePoint(line, pos) : 0u; };
  if (cp == '(' || cp == U'（') {
    cp = next();
    if (!IsCjkNumeral(cp) && !IsDigit(cp)) return false;
    const bool cjk = IsCjkNumeral(cp);
    while (cjk ? IsCjkNumeral(cp) : IsDigit(cp)) cp = next();
    return cp == ')' || cp == U'）';
  }
  if (cp == U'第') {
    cp = next();
    if (!IsCjkNumeral(cp) && !IsDigit(cp)) return false;
    while (IsCjkNumeral(cp) || IsDigit(cp)) cp = next();
    return cp == U'部' || cp == U'章' || cp == U'节' || cp == U'条' || cp == U'篇';
  }
  if (IsCjkNumeral(cp)) {
    while (IsCjkNumeral(cp)) cp = next();
    return cp == U'、' || cp == U'．' || cp == '.';
  }
  if (IsDigit(cp) && cp != '0' && cp != U'０') {  // 1 to 999, no leading zero
    for (int digits = 0; IsDigit(cp); ++digits, cp = next()) {
      if (digits == 3) return false;
    }
    if (cp == U'、' || cp == ')' || cp == U'）') return true;
    if (cp == '.' || cp == U'．') return !IsDigit(next());  // 1. is a numbering, 1.5 is not
  }
  return false;
}

bool EndsSentence(std::string_view line) {
  // Closing quotes and brackets may follow the sentence end: 。” or 。）
  while (!line.empty() && OneOf(U"”’\"'）)」』】》〉", LastCodePoint(line))) {
    line.remove_suffix(line.size() - LastCodePointStart(line));
  }
  return !line.empty() && OneOf(U"。！？；：!?;:…", LastCodePoint(line));
}

Body BuildBody(const std::vector<std::vector<TextLine>>& pages) {
  Body body;
  body.units.resize(pages.size());
  const Joiner joiner(pages);
  const TextLine* previous = nullptr;
  size_t previous_page = 0;
  for (size_t p = 0; p < pages.size(); ++p) {
    body.units[p].page = static_cast<uint32_t>(p + 1);
    for (size_t i = 0; i < pages[p].size(); ++i) {
      const TextLine& line = pages[p][i];
      if (previous != nullptr && joiner.Continues(*previous, line, previous_page == p)) {
        body.text.pop_back();  // the '\n' after the previous line
        if (NeedsSpace(body.text, line.text)) body.text.push_back(' ');
      }
      if (i == 0) body.units[p].begin = static_cast<uint32_t>(body.text.size());
      body.text.append(line.text);
      body.text.push_back('\n');
      previous = &line;
      previous_page = p;
    }
  }
  // Each unit ends where the next begins; a page without lines is empty, at the next page's
  // first byte (or the end of the body).
  uint32_t next = static_cast<uint32_t>(body.text.size());
  for (size_t p = pages.size(); p-- > 0;) {
    if (pages[p].empty()) body.units[p].begin = next;
    body.units[p].end = next;
    next = body.units[p].begin;
  }
  return body;
}

}  // namespace verdict::read::pdf
