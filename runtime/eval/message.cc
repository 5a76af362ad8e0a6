// Message rendering for rule outcomes. Messages are for people, so every value has a
// readable spelling and nothing here can fail: unknown variables render as "?".
#include "runtime/eval/message.h"

namespace verdict::eval {

std::string RenderValue(const Value& value, std::string_view text) {
  struct Visitor {
    std::string_view text;
    const Value& value;
    std::string operator()(std::monostate) const { return "?"; }
    std::string operator()(bool b) const { return b ? "true" : "false"; }
    std::string operator()(int64_t i) const { return std::to_string(i); }
    std::string operator()(const doc::Date& d) const { return d.Iso(); }
    std::string operator()(const std::string& s) const { return s; }
    std::string operator()(const Scope& scope) const {
      const std::vector<doc::Span>& spans = value.evidence.empty() ? scope.spans : value.evidence;
      std::string out;
      for (size_t i = 0; i < spans.size() && i < kMaxEvidence; ++i) {
        if (i > 0) out += "、";
        out += doc::Slice(text, spans[i]);
      }
      return out;
    }
  };
  return std::visit(Visitor{text, value}, value.data);
}

std::string RenderMessage(const ruleset::Message& message, const std::vector<Value>& globals,
                          const std::vector<Value>& locals, std::string_view text) {
  std::string out;
  for (const ruleset::MessagePart& part : message) {
    if (!part.is_var) {
      out += part.text;
      continue;
    }
    const std::vector<Value>& slots = part.global ? globals : locals;
    out += part.slot < slots.size() ? RenderValue(slots[part.slot], text) : "?";
  }
  return out;
}

}  // namespace verdict::eval
