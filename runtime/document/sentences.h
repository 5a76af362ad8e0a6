// Sentence splitting of paragraph text.
#ifndef VERDICT_RUNTIME_DOCUMENT_SENTENCES_H_
#define VERDICT_RUNTIME_DOCUMENT_SENTENCES_H_

#include <string_view>
#include <vector>

#include "runtime/document/document.h"

namespace verdict::doc {

// Appends the sentences of `paragraph` (a view into `text`) to `out`: split after 。 ! ? ;,
// keeping the terminator and any closing quotes or brackets right after it; blanks trimmed,
// empty pieces skipped.
void AppendSentences(std::string_view text, std::string_view paragraph, std::vector<Span>* out);

}  // namespace verdict::doc

#endif  // VERDICT_RUNTIME_DOCUMENT_SENTENCES_H_
