// The evaluator's built-in functions (len, to_int, date, year_of, exists) and operators
// (+ -, comparisons, and / or / not). A missing operand makes arithmetic missing and
// comparisons false, so rules about absent content fail closed instead of erroring.
#include <compare>
#include <optional>

#include "runtime/eval/evaluator.h"
#include "runtime/eval/span_queries.h"

namespace verdict::eval {
namespace {

std::vector<doc::Span> Union(const Value& a, const Value& b) {
  std::vector<doc::Span> evidence = a.evidence;
  AddEvidence(&evidence, b.evidence);
  return evidence;
}

bool IsLeapYear(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// A valid Gregorian date (years 1-9999), else nullopt.
std::optional<doc::Date> MakeDate(int64_t year, int64_t month, int64_t day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
  int64_t days = kDays[month - 1] + (month == 2 && IsLeapYear(year) ? 1 : 0);
  if (day > days) return std::nullopt;
  return doc::Date{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

// The first run of ASCII digits in `s`; nullopt when there is none or it overflows int64.
std::optional<int64_t> FirstNumber(const std::string& s) {
  size_t i = 0;
  while (i < s.size() && (s[i] < '0' || s[i] > '9')) ++i;
  if (i == s.size()) return std::nullopt;
  int64_t n = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    if (__builtin_mul_overflow(n, 10, &n) || __builtin_add_overflow(n, s[i] - '0', &n)) {
      return std::nullopt;
    }
  }
  return n;
}

// Orders two values of the same comparable kind (int, date, string; bool for == and != only);
// nullopt when either is missing or the kinds differ.
std::optional<std::partial_ordering> Order(const Value& a, const Value& b, bool equality) {
  if (const int64_t* x = a.int_value()) {
    if (const int64_t* y = b.int_value()) return *x <=> *y;
  } else if (const doc::Date* x = a.date_value()) {
    if (const doc::Date* y = b.date_value()) return *x <=> *y;
  } else if (const std::string* x = a.string_value()) {
    if (const std::string* y = b.string_value()) return *x <=> *y;
  } else if (const bool* x = a.bool_value(); x != nullptr && equality) {
    if (const bool* y = b.bool_value()) {
      return *x == *y ? std::partial_ordering::equivalent : std::partial_ordering::unordered;
    }
  }
  return std::nullopt;
}

}  // namespace

Value Evaluator::EvalFunction(const ruleset::Node& node, int depth) {
  using ruleset::Op;
  Value arg = Kid(node, 0, depth);
  switch (node.op) {
    case Op::kLen: {
      if (const Scope* scope = arg.scope_value()) {
        int64_t length = 0;
        for (const doc::Span& span : UnionOf(scope->spans)) length += CodePoints(text_, span);
        return Value::Int(length, arg.evidence);
      }
      if (const std::string* s = arg.string_value()) {
        auto size = static_cast<uint32_t>(s->size());
        return Value::Int(CodePoints(*s, doc::Span{0, size}), arg.evidence);
      }
      return Value::Missing();
    }
    case Op::kToInt: {
      if (arg.int_value()) return arg;
      const std::string* s = arg.string_value();
      std::optional<int64_t> n = s ? FirstNumber(*s) : std::nullopt;
      return n ? Value::Int(*n, arg.evidence) : Value::Missing();
    }
    case Op::kMakeDate: {
      Value month = Kid(node, 1, depth);
      Value day = Kid(node, 2, depth);
      if (!arg.int_value() || !month.int_value() || !day.int_value()) return Value::Missing();
      auto date = MakeDate(*arg.int_value(), *month.int_value(), *day.int_value());
      if (!date) return Value::Missing();
      std::vector<doc::Span> evidence = Union(arg, month);
      AddEvidence(&evidence, day.evidence);
      return Value::OfDate(*date, std::move(evidence));
    }
    case Op::kYearOf: {
      const doc::Date* date = arg.date_value();
      return date ? Value::Int(date->year, arg.evidence) : Value::Missing();
    }
    case Op::kExists: {
      bool truthy = Truthy(arg);
      return Value::Bool(truthy, truthy ? arg.evidence : std::vector<doc::Span>{});
    }
    default:
      return Value::Missing();
  }
}

Value Evaluator::EvalOperator(const ruleset::Node& node, int depth) {
  using ruleset::Op;
  Value left = Kid(node, 0, depth);
  switch (node.op) {
    case Op::kNot:
      return Value::Bool(!Truthy(left));
    case Op::kAnd: {
      if (!Truthy(left)) return Value::Bool(false);
      Value right = Kid(node, 1, depth);
      if (!Truthy(right)) return Value::Bool(false);
      return Value::Bool(true, Union(left, right));
    }
    case Op::kOr: {
      if (Truthy(left)) return Value::Bool(true, left.evidence);
      Value right = Kid(node, 1, depth);
      if (Truthy(right)) return Value::Bool(true, right.evidence);
      return Value::Bool(false);
    }
    default:
      break;
  }
  Value right = Kid(node, 1, depth);
  if (node.op == Op::kAdd || node.op == Op::kSub) {
    const int64_t* x = left.int_value();
    const int64_t* y = right.int_value();
    if (!x || !y) return Value::Missing();
    int64_t sum = 0;
    bool overflow = node.op == Op::kAdd ? __builtin_add_overflow(*x, *y, &sum)
                                        : __builtin_sub_overflow(*x, *y, &sum);
    return overflow ? Value::Missing() : Value::Int(sum, Union(left, right));
  }
  const bool equality = node.op == Op::kEq || node.op == Op::kNe;
  std::optional<std::partial_ordering> order = Order(left, right, equality);
  if (!order) return Value::Bool(false);  // missing or incomparable operands: never true
  bool result = false;
  switch (node.op) {
    case Op::kEq:
      result = *order == 0;
      break;
    case Op::kNe:
      result = *order != 0;
      break;
    case Op::kLt:
      result = *order < 0;
      break;
    case Op::kLe:
      result = *order <= 0;
      break;
    case Op::kGt:
      result = *order > 0;
      break;
    case Op::kGe:
      result = *order >= 0;
      break;
    default:
      return Value::Missing();
  }
  return result ? Value::Bool(true, Union(left, right)) : Value::Bool(false);
}

}  // namespace verdict::eval
