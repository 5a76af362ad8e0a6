// Line splitting for the document model. Every later stage works on these trimmed views, so
// positions stay exact without copying: a view's offset in the text is its span.
// Blank lines carry no structure in portal pages (paragraph gaps vary wildly), so they are dropped.
#include "runtime/document/lines.h"

#include <cstring>

#include "runtime/document/scan.h"

namespace verdict::doc {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  // Report lines are mostly long paragraphs; a rough guess avoids most regrowth without a
  // counting pass.
  lines.reserve(text.size() / 64 + 16);
  size_t begin = 0;
  while (begin < text.size()) {
    const void* nl = std::memchr(text.data() + begin, '\n', text.size() - begin);
    const size_t end =
        nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) : text.size();
    std::string_view line = Trim(text.substr(begin, end - begin));
    if (!line.empty()) lines.push_back(line);
    begin = end + 1;
  }
  return lines;
}

}  // namespace verdict::doc
