// Terminal display width of UTF-8 text: East Asian wide and fullwidth characters take two
// columns, so carets under Chinese text line up with what the reader sees.
#ifndef VERDICT_RUNTIME_TEXT_DISPLAY_WIDTH_H_
#define VERDICT_RUNTIME_TEXT_DISPLAY_WIDTH_H_

#include <cstddef>
#include <string_view>

namespace verdict::text {

/// Columns `utf8` takes in a terminal; a tab counts `tab_width`, ill-formed bytes one each.
size_t DisplayWidth(std::string_view utf8, size_t tab_width = 1);

}  // namespace verdict::text

#endif  // VERDICT_RUNTIME_TEXT_DISPLAY_WIDTH_H_
