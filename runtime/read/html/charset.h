// The character encoding of an HTML page: the charset its markup declares near the start, and
// decoding with that declaration checked against the bytes.
#ifndef VERDICT_RUNTIME_READ_HTML_CHARSET_H_
#define VERDICT_RUNTIME_READ_HTML_CHARSET_H_

#include <string>
#include <string_view>

#include "runtime/text/decode.h"
#include "support/result.h"

namespace verdict::read::html {

// How far into the page a charset declaration is looked for.
inline constexpr size_t kCharsetPrefix = 2048;

// The charset label declared in the first kCharsetPrefix bytes by <meta charset=…>,
// <meta http-equiv="Content-Type" content="…; charset=…"> or an XML declaration's encoding,
// lowercased and trimmed; empty when there is none.
std::string DeclaredCharset(std::string_view bytes);

// The encoding a declared label stands for: "GB18030" (gbk, gb2312, gb18030, x-gbk, cp936, …),
// "UTF-8", "Big5"; empty for labels we do not decode by declaration.
std::string CanonicalCharset(std::string_view label);

// Decodes the page. A GB18030 or Big5 declaration is decoded strictly with ICU; a UTF-8
// declaration, no declaration, or a declaration the bytes contradict (a "utf-8" page written
// in GBK, a "gb2312" page that is plainly UTF-8) goes to text::Decode's detection. Binary and
// empty inputs fail as text::Decode fails them.
Result<text::DecodedText, text::ReadError> DecodeHtml(std::string_view bytes);

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_CHARSET_H_
