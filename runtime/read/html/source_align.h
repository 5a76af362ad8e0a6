// Where each byte of a decoded HTML string (a text node's text, an attribute value) came from
// in the page: the byte offset of the source character, or of the character reference, that
// produced its code point.
#ifndef VERDICT_RUNTIME_READ_HTML_SOURCE_ALIGN_H_
#define VERDICT_RUNTIME_READ_HTML_SOURCE_ALIGN_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace verdict::read::html {

// Fills `offsets` (resized to decoded.size()) with, for every byte of `decoded`, the page offset
// of the source of its code point. `raw` is the source text as written (entities undecoded),
// found at page offset `raw_base`. Character references map to the '&' that starts them, a
// "\r\n" the parser turned into "\n" maps to the '\r'. Linear; where the two do not line up
// (malformed markup), bytes map to the nearest plausible source position instead.
void AlignToSource(std::string_view decoded, std::string_view raw, uint32_t raw_base,
                   std::vector<uint32_t>& offsets);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_SOURCE_ALIGN_H_
