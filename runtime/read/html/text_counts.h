// Counting and scanning the text of HTML text nodes in bulk: the article's text passes through
// these once per node, so they work on sixteen bytes at a time where SSE2 is available. Every
// function takes valid UTF-8 (gumbo's output, or page bytes that decoded).
#ifndef VERDICT_RUNTIME_READ_HTML_TEXT_COUNTS_H_
#define VERDICT_RUNTIME_READ_HTML_TEXT_COUNTS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace verdict::read::html {

struct TextCounts {
  uint32_t chars = 0;  // code points that are not collapsible whitespace
  uint32_t cjk = 0;    // of them CJK ideographs (IsCjkIdeograph)
};

// The counts of `text`.
TextCounts CountText(std::string_view text);
// The same, one character at a time: the definition CountText is tested against.
TextCounts CountTextByCharacter(std::string_view text);

// out[b - begin] = base + the offset of the first byte of the character holding text[b], for
// every b in [begin, end); `begin` is a character boundary.
void FillCharStarts(std::string_view text, size_t begin, size_t end, uint32_t base, uint32_t* out);
// The same, one byte at a time.
void FillCharStartsByCharacter(std::string_view text, size_t begin, size_t end, uint32_t base,
                               uint32_t* out);

// End of the run of characters that are not collapsible whitespace from text[pos] (a character
// boundary): the position of the next such whitespace, or text.size().
size_t NonSpaceRunEnd(std::string_view text, size_t pos);
// The same, one character at a time.
size_t NonSpaceRunEndByCharacter(std::string_view text, size_t pos);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_TEXT_COUNTS_H_
