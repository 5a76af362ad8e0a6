// Values of the rule language at run time, each carrying the evidence (document spans) that
// justifies it, so a rule's outcome can point at the text that decided it.
#ifndef VERDICT_RUNTIME_EVAL_VALUE_H_
#define VERDICT_RUNTIME_EVAL_VALUE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "runtime/document/document.h"

namespace verdict::eval {

// Evidence lists built from several spans (matches, headings) keep at most this many.
inline constexpr size_t kMaxEvidence = 3;

// A document scope: a list of elements (spans of the normalized text) in document order.
// Section and heading scopes also record, per element, the index of the heading it belongs to.
struct Scope {
  std::vector<doc::Span> spans;
  std::vector<int> headings;  // empty, or parallel to `spans`
  bool empty() const { return spans.empty(); }
};

// One run-time value: missing, bool, int, date, string or scope, plus its evidence.
struct Value {
  std::variant<std::monostate, bool, int64_t, doc::Date, std::string, Scope> data;
  std::vector<doc::Span> evidence;  // spans that justify the value; no empty spans

  static Value Missing() { return Value{}; }
  static Value Bool(bool b, std::vector<doc::Span> evidence = {});
  static Value Int(int64_t i, std::vector<doc::Span> evidence = {});
  static Value OfDate(doc::Date d, std::vector<doc::Span> evidence = {});
  static Value String(std::string s, std::vector<doc::Span> evidence = {});
  static Value OfScope(Scope s, std::vector<doc::Span> evidence = {});

  bool is_missing() const { return data.index() == 0; }
  const bool* bool_value() const { return std::get_if<bool>(&data); }
  const int64_t* int_value() const { return std::get_if<int64_t>(&data); }
  const doc::Date* date_value() const { return std::get_if<doc::Date>(&data); }
  const std::string* string_value() const { return std::get_if<std::string>(&data); }
  const Scope* scope_value() const { return std::get_if<Scope>(&data); }
};

// The language's truthiness: missing -> false; bool as is; int != 0; string non-empty;
// scope non-empty; date -> true.
bool Truthy(const Value& value);

// Appends the spans of `more` that are non-empty and not yet in `into`, keeping order.
void AddEvidence(std::vector<doc::Span>* into, const std::vector<doc::Span>& more);

// Sorts evidence into document order (begin, then end) and removes duplicates.
void SortEvidence(std::vector<doc::Span>* evidence);

}  // namespace verdict::eval

#endif  // VERDICT_RUNTIME_EVAL_VALUE_H_
