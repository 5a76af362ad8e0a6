// docProps/core.xml: the document's own title and its creation and modification dates.
#ifndef VERDICT_RUNTIME_READ_DOCX_CORE_PROPS_H_
#define VERDICT_RUNTIME_READ_DOCX_CORE_PROPS_H_

#include <string>
#include <vector>

#include "runtime/read/extracted.h"

namespace verdict::read::docx {

struct CoreProps {
  /// dc:title, trimmed; empty when absent.
  std::string title;
  /// "title" (dc:title), "written" (dcterms:created) and "updated" (dcterms:modified), the
  /// dates as their YYYY-MM-DD part; only those present and well-formed.
  std::vector<MetaHint> meta;
};

/// Parses docProps/core.xml (consumed: parsed in place). A part that does not parse gives no
/// properties: they are hints, not text.
CoreProps ParseCoreProps(std::string xml);

}  // namespace verdict::read::docx

#endif  // VERDICT_RUNTIME_READ_DOCX_CORE_PROPS_H_
