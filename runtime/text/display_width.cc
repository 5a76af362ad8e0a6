// DisplayWidth(): sums ICU's East Asian Width per code point (wide and fullwidth = 2).
#include "runtime/text/display_width.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace verdict::text {

size_t DisplayWidth(std::string_view utf8, size_t tab_width) {
  size_t width = 0;
  int32_t i = 0;
  const auto len = static_cast<int32_t>(utf8.size());
  while (i < len) {
    UChar32 c;
    U8_NEXT(utf8.data(), i, len, c);
    if (c == '\t') {
      width += tab_width;
      continue;
    }
    const int w = c < 0 ? U_EA_NARROW : u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (w == U_EA_WIDE || w == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

}  // namespace verdict::text
