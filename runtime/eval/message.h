// Renders rule messages: literal text with {variable} holes filled from the slot tables.
#ifndef VERDICT_RUNTIME_EVAL_MESSAGE_H_
#define VERDICT_RUNTIME_EVAL_MESSAGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "runtime/eval/value.h"
#include "runtime/ruleset/ruleset.h"

namespace verdict::eval {

// A value as message text: ints in decimal, dates as YYYY-MM-DD, strings as is, bools as
// true/false, missing as "?"; a scope as the text (in `text`, the normalized document) of its
// evidence spans, or of its first elements when it has none, at most kMaxEvidence joined by "、".
std::string RenderValue(const Value& value, std::string_view text);

// Concatenates the parts of `message`; a variable whose slot is out of range renders as "?".
std::string RenderMessage(const ruleset::Message& message, const std::vector<Value>& globals,
                          const std::vector<Value>& locals, std::string_view text);

}  // namespace verdict::eval

#endif  // VERDICT_RUNTIME_EVAL_MESSAGE_H_
