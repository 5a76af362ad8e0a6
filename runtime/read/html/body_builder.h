// Writes Extracted::body line by line together with body_to_original, and composes the
// metadata line (发布日期：…  来源：…) placed under the title.
#ifndef VERDICT_RUNTIME_READ_HTML_BODY_BUILDER_H_
#define VERDICT_RUNTIME_READ_HTML_BODY_BUILDER_H_

#include <cstdint>
#include <string_view>
#include <utility>

#include "runtime/read/extracted.h"
#include "runtime/read/html/portal_meta.h"

namespace verdict::read::html {

class BodyBuilder {
 public:
  explicit BodyBuilder(Extracted& out) : out_(out) {}

  // Appends `text` (no line break; not empty) and a '\n'. `source` holds the page offset of
  // every byte of `text`; the break maps to the line's last character. Returns the line's
  // [begin, end) in body, without the break.
  std::pair<uint32_t, uint32_t> AddLine(std::string_view text, const uint32_t* source);

  // Closes body_to_original with the offset one past the page (`page_size`).
  void Finish(uint32_t page_size) { out_.body_to_original.push_back(page_size); }

 private:
  Extracted& out_;
};

// The line "发布日期：<date>  来源：<source>" (成文日期 or 更新时间 when there is no publication
// date; either half alone when the other is missing), empty when both are. Labels map to the
// value they introduce, values to where they were written.
MetaField ComposeMetaLine(const MetaField& published, const MetaField& written,
                          const MetaField& updated, const MetaField& source);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_BODY_BUILDER_H_
