// The rule language's own AST, built from the ANTLR parse tree by parse/ast_builder.cc.
// Every node carries the source range it came from; nothing here knows about ANTLR.
#ifndef VERDICT_COMPILER_AST_AST_H_
#define VERDICT_COMPILER_AST_AST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compiler/source/source_manager.h"

namespace verdict::ast {

using source::Range;

enum class PatternKind { kLiteral, kRegex, kName, kAlt };

/// "lit" | /regex/ | name | a | b. For literals `text` is the unescaped value; for regexes the
/// body between the slashes; for names the identifier. kAlt holds its alternatives in `alts`.
struct PatternExpr {
  PatternKind kind = PatternKind::kLiteral;
  Range range;
  std::string text;
  std::vector<PatternExpr> alts;
};

enum class ExprKind {
  kInt, kString, kBool, kName,
  kCall,     // text = callee, kids = arguments
  kCount,    // pattern in kids[0]
  kText,     // pattern in kids[0]
  kSection,  // kids[0] = predicate over `heading`
  kMatch,    // kids[0] ~ pattern
  kNear,     // kids[0] ~ near(pattern, pattern2, ival)
  kAdd, kSub,
  kCompare,  // text = operator
  kAnd, kOr, kNot,
};

struct Expr {
  ExprKind kind = ExprKind::kInt;
  Range range;
  int64_t ival = 0;
  std::string text;
  std::vector<Expr> kids;
  std::vector<PatternExpr> patterns;  // kCount/kText/kMatch: one; kNear: two
};

/// A message string with its range, "{name}" holes still inside.
struct Message {
  std::string text;
  Range range;
};

enum class StmtKind { kLet, kSkipUnless, kSkipIf, kGuard, kDefault };

struct Statement {
  StmtKind kind = StmtKind::kDefault;
  Range range;
  std::string outcome;  // "pass" | "warn" | "fail" for guards and defaults
  std::string name;     // for let
  Range name_range;
  std::optional<Expr> expr;
  std::optional<Message> message;
};

struct Rule {
  std::string id;
  Range id_range;
  std::string name;
  std::string severity = "error";
  Range severity_range;
  std::string basis;
  std::vector<Statement> body;
  Range range;
};

struct PatternDecl {
  std::string name;
  Range name_range;
  PatternExpr pattern;
};

/// A top-level `let` (internal) or `fact` (reported with every document).
struct GlobalDecl {
  std::string name;
  Range name_range;
  bool exported = false;
  Expr value;
};

struct Import {
  std::string path;
  Range range;
};

struct Header {
  std::string id, name, version, basis;
  Range range;
};

/// One rule file. Items keep their relative order per kind; imports are resolved by the driver.
struct File {
  source::FileId id = 0;
  std::optional<Header> header;
  std::vector<Import> imports;
  std::vector<PatternDecl> patterns;
  std::vector<GlobalDecl> globals;
  std::vector<Rule> rules;
};

/// A deterministic, indented dump used by golden tests and `verdict compile --dump ast`.
std::string Dump(const File& file);

}  // namespace verdict::ast

#endif  // VERDICT_COMPILER_AST_AST_H_
