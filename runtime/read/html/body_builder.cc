// Body assembly: appends lines and their offset maps in one pass, turns line facts (heading
// tag, all-bold text, cell spans) into block hints, and builds the synthetic metadata line.
#include "runtime/read/html/body_builder.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "runtime/read/html/char_class.h"

namespace verdict::read::html {
namespace {

// A bold-only line longer than this is emphasis, not a heading.
constexpr uint32_t kMaxBoldHeadingChars = 60;

void AppendLabelled(std::string_view label, const MetaField& value, MetaField& line) {
  if (!value.found()) return;
  const uint32_t at = value.source.front();
  line.value.append(label);
  line.source.insert(line.source.end(), label.size(), at);
  line.value.append(value.value);
  line.source.insert(line.source.end(), value.source.begin(), value.source.end());
}

// Appends `text` and a '\n' to the body; returns the line's [begin, end) without the break.
std::pair<uint32_t, uint32_t> AddLine(std::string_view text, const uint32_t* source,
                                      Extracted& out) {
  const auto begin = static_cast<uint32_t>(out.body.size());
  out.body.append(text);
  out.body.push_back('\n');
  out.body_to_original.insert(out.body_to_original.end(), source, source + text.size());
  out.body_to_original.push_back(text.empty() ? 0 : source[text.size() - 1]);
  return {begin, begin + static_cast<uint32_t>(text.size())};
}

// Heading level of a bold line from its numbering: 一、 → 1; (一), 1. and the rest → 2.
int BoldHeadingLevel(std::string_view line) {
  constexpr std::string_view kNumerals = "一二三四五六七八九十百零〇";
  size_t i = 0;
  while (i < line.size()) {
    const CodePoint cp = DecodeCodePoint(line, i);
    if (kNumerals.find(line.substr(i, cp.length)) == std::string_view::npos) break;
    i += cp.length;
  }
  return i > 0 && line.substr(i).starts_with("、") ? 1 : 2;
}

}  // namespace

MetaField ComposeMetaLine(const MetaField& published, const MetaField& written,
                          const MetaField& updated, const MetaField& source) {
  MetaField line;
  if (published.found()) {
    AppendLabelled("发布日期：", published, line);
  } else if (written.found()) {
    AppendLabelled("成文日期：", written, line);
  } else if (updated.found()) {
    AppendLabelled("更新时间：", updated, line);
  }
  if (source.found()) {
    if (!line.value.empty()) {
      line.value.append("  ");
      line.source.insert(line.source.end(), 2, source.source.front());
    }
    AppendLabelled("来源：", source, line);
  }
  return line;
}

void AssembleBody(const MetaField& title, const MetaField& meta_line, const LineBuffer& lines,
                  const std::vector<bool>& keep, uint32_t page_size, Extracted& out) {
  out.body.reserve(lines.text.size() + lines.lines.size() + title.value.size() +
                   meta_line.value.size() + 2);
  out.body_to_original.reserve(out.body.capacity() + 1);
  if (title.found()) {
    const auto [b, e] = AddLine(title.value, title.source.data(), out);
    out.blocks.push_back({BlockHint::Kind::kTitle, b, e, 1});
  }
  if (meta_line.found()) AddLine(meta_line.value, meta_line.source.data(), out);

  int min_heading = 0;
  for (size_t k = 0; k < lines.lines.size(); ++k) {
    const int heading = lines.lines[k].heading;
    if (keep[k] && heading != 0 && (min_heading == 0 || heading < min_heading)) {
      min_heading = heading;
    }
  }
  std::vector<std::pair<uint32_t, uint32_t>> placed(lines.lines.size(), {UINT32_MAX, 0});
  for (size_t k = 0; k < lines.lines.size(); ++k) {
    if (!keep[k]) continue;
    const Line& line = lines.lines[k];
    const std::string_view text = lines.LineText(line);
    const auto [b, e] = AddLine(text, lines.source.data() + line.begin, out);
    placed[k] = {b, e};
    if (line.heading != 0) {
      out.blocks.push_back({BlockHint::Kind::kHeading, b, e, line.heading - min_heading + 1});
    } else if (!line.in_cell && line.bold_chars == line.chars &&
               line.chars <= kMaxBoldHeadingChars) {
      out.blocks.push_back({BlockHint::Kind::kHeading, b, e, BoldHeadingLevel(text)});
    }
  }
  for (const CellSpan& cell : lines.cells) {
    uint32_t begin = UINT32_MAX;
    uint32_t end = 0;
    for (uint32_t k = cell.first; k < cell.end; ++k) {
      if (!keep[k]) continue;
      begin = std::min(begin, placed[k].first);
      end = std::max(end, placed[k].second);
    }
    if (begin != UINT32_MAX) out.blocks.push_back({BlockHint::Kind::kTableCell, begin, end, 1});
  }
  out.body_to_original.push_back(page_size);
  std::stable_sort(out.blocks.begin(), out.blocks.end(),
                   [](const BlockHint& a, const BlockHint& b) { return a.begin < b.begin; });
}

}  // namespace verdict::read::html
