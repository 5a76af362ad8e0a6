// Pattern text -> matcher expression. Literals and regexes are normalized exactly as documents
// are (traditional -> simplified, NFKC, folded spaces), so a rule written with full-width ，（： matches a page with ,(: and
// the other way round. Characters that normalization turns into regex syntax are escaped.
#ifndef VERDICT_COMPILER_SEMA_PATTERN_TEXT_H_
#define VERDICT_COMPILER_SEMA_PATTERN_TEXT_H_

#include <string>
#include <string_view>

namespace verdict::sema {

/// A literal phrase as a Hyperscan expression matching its normalized form; "" if it normalizes
/// to nothing.
std::string LiteralToExpression(std::string_view literal);

/// A rule-file regex with its non-ASCII literal characters normalized (and escaped if they
/// became ASCII punctuation). Escape sequences and ASCII syntax are kept as written.
std::string NormalizeRegex(std::string_view regex);

}  // namespace verdict::sema

#endif  // VERDICT_COMPILER_SEMA_PATTERN_TEXT_H_
