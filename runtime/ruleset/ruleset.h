// The compiled rule set: what the compiler emits and the runtime executes.
// It is the IR of the pipeline (pattern atoms for the one matcher database, plus one decision
// program per rule) and depends on nothing from compiler/. See docs/language.md for semantics.
#ifndef VERDICT_RUNTIME_RULESET_RULESET_H_
#define VERDICT_RUNTIME_RULESET_RULESET_H_

#include <cstdint>
#include <string>
#include <vector>

namespace verdict::ruleset {

// A location in a rule file, kept so runtime problems can point back at the rule source.
struct SourceLoc {
  std::string file;
  uint32_t line = 0;
  uint32_t column = 0;
};

// One expression handed to the matcher (Hyperscan syntax, UTF-8, already normalized like documents).
struct Atom {
  std::string expression;
  std::string origin;  // the rule-file spelling, for --explain
};

// A named or anonymous pattern: the union of its atoms. Matches of a pattern are the
// non-overlapping leftmost-longest matches of the union (see docs/language.md, "Matching").
struct Pattern {
  std::string name;  // empty for anonymous patterns written inline
  std::vector<uint32_t> atoms;
};

enum class Op : uint8_t {
  // constants
  kInt,      // ival
  kBool,     // ival != 0
  kString,   // sval
  // document scopes (sets of spans)
  kDocument, kTitle, kHeading, kParagraph, kSentence,
  kSection,    // kids[0]: predicate evaluated once per section with `heading` bound to that section's heading
  kHeadingOf,  // kids[0]: a section scope -> the headings of those sections
  // metadata
  kPublished,  // date or missing
  kSource,     // string or missing
  // pattern queries; pattern = index into Ruleset::patterns
  kMatch,    // kids[0] scope; true when some match of `pattern` lies inside one element of the scope
  kNear,     // kids[0] scope; `pattern` and `pattern2` both match inside one element within ival characters
  kCount,    // kids[0] scope; number of matches of `pattern` inside the scope
  kText,     // kids[0] scope; text of the first match of `pattern` inside the scope, or missing
  // functions
  kLen,      // kids[0] scope -> characters
  kToInt,    // kids[0] string -> the first run of digits as an integer, or missing
  kMakeDate, // kids[0..2] year, month, day -> date (missing if invalid)
  kYearOf,   // kids[0] date -> int
  kExists,   // kids[0] any -> bool (missing / empty scope / false -> false)
  // arithmetic, comparison, logic
  kAdd, kSub,
  kEq, kNe, kLt, kLe, kGt, kGe,
  kAnd, kOr, kNot,
  // variables: ival = slot
  kGlobal,   // a top-level let or fact, evaluated once per document
  kLocal,    // a rule-local let
};

struct Node {
  Op op = Op::kInt;
  int64_t ival = 0;
  uint32_t pattern = 0;
  uint32_t pattern2 = 0;
  std::string sval;
  std::vector<uint32_t> kids;  // indices into Ruleset::nodes
};

// A message with {name} holes, already split: literal text and variable references alternate.
struct MessagePart {
  bool is_var = false;
  std::string text;       // literal text, or the variable's name when is_var
  bool global = false;    // which slot table the variable lives in
  uint32_t slot = 0;
};
using Message = std::vector<MessagePart>;

enum class Outcome : uint8_t { kPass, kWarn, kFail, kNotApplicable };
enum class Severity : uint8_t { kError, kWarning, kInfo };

enum class StmtKind : uint8_t {
  kLet,        // slot = value of expr
  kSkipUnless, // n/a when expr is false
  kSkipIf,     // n/a when expr is true
  kGuard,      // outcome when expr is true
  kDefault,    // outcome, always (last statement of every rule)
};

struct Statement {
  StmtKind kind = StmtKind::kDefault;
  Outcome outcome = Outcome::kFail;
  uint32_t expr = 0;
  uint32_t slot = 0;
  Message message;
  SourceLoc loc;
};

struct Rule {
  std::string id;
  std::string name;
  Severity severity = Severity::kError;
  std::string basis;
  uint32_t local_slots = 0;
  std::vector<std::string> local_names;  // by slot, for explain output
  std::vector<Statement> program;
  SourceLoc loc;
};

// A top-level `let` or `fact`; facts are reported in the output under their name.
struct Global {
  std::string name;
  bool exported = false;
  uint32_t expr = 0;
};

struct Ruleset {
  std::string id, name, version, basis;
  std::vector<Atom> atoms;
  std::vector<Pattern> patterns;
  std::vector<Node> nodes;
  std::vector<Global> globals;  // in evaluation order; slot = index
  std::vector<Rule> rules;
};

}  // namespace verdict::ruleset

#endif  // VERDICT_RUNTIME_RULESET_RULESET_H_
