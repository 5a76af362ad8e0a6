// Line filtering after the walk: IsChromeLine on every line, then a pass over the first lines
// of the article that stops at the first one that is neither metadata nor the title again.
#include "runtime/read/html/article_lines.h"

#include <string_view>

#include "runtime/read/html/chrome.h"

namespace verdict::read::html {
namespace {

// Article lines searched for metadata rows and a repeated title before the text starts.
constexpr size_t kHeadLines = 10;

}  // namespace

std::vector<bool> KeepLines(const LineBuffer& lines, TitleChoice& title, LabelScanner& head) {
  std::vector<bool> keep(lines.lines.size());
  for (size_t k = 0; k < lines.lines.size(); ++k) {
    const Line& line = lines.lines[k];
    keep[k] = !IsChromeLine(lines.LineText(line), line.chars, line.link_chars);
  }
  for (size_t k = 0; k < lines.lines.size() && k < kHeadLines; ++k) {
    if (!keep[k]) continue;
    const Line& line = lines.lines[k];
    const std::string_view text = lines.LineText(line);
    const uint32_t* source = lines.source.data() + line.begin;
    if (title.text.found() && text == title.text.value) {
      if (title.element == kNoNode) title.text.source.assign(source, source + text.size());
      keep[k] = false;
    } else if (IsMetadataRow(text)) {
      head.Scan(text, source);
      head.Break();
      keep[k] = false;
    } else {
      break;
    }
  }
  return keep;
}

uint32_t PlainChars(const LineBuffer& lines, const std::vector<bool>& keep) {
  uint32_t plain = 0;
  for (size_t k = 0; k < lines.lines.size(); ++k) {
    if (keep[k]) plain += lines.lines[k].chars - lines.lines[k].link_chars;
  }
  return plain;
}

}  // namespace verdict::read::html
