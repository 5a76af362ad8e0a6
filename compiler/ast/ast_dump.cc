// ast::Dump: a deterministic S-expression rendering of a file's AST for golden tests and
// `verdict compile --dump-ast`. Ranges are left out so dumps survive reformatting.
#include "compiler/ast/ast.h"

namespace verdict::ast {
namespace {

std::string Quote(const std::string& s) { return "\"" + s + "\""; }

std::string DumpPattern(const PatternExpr& p) {
  switch (p.kind) {
    case PatternKind::kLiteral: return Quote(p.text);
    case PatternKind::kRegex: return "/" + p.text + "/";
    case PatternKind::kName: return p.text;
    case PatternKind::kAlt: {
      std::string out = "(|";
      for (const PatternExpr& a : p.alts) out += " " + DumpPattern(a);
      return out + ")";
    }
  }
  return "?";
}

const char* KindName(ExprKind k) {
  switch (k) {
    case ExprKind::kCall: return "call";
    case ExprKind::kCount: return "count";
    case ExprKind::kText: return "text";
    case ExprKind::kSection: return "section";
    case ExprKind::kMatch: return "~";
    case ExprKind::kNear: return "near";
    case ExprKind::kAdd: return "+";
    case ExprKind::kSub: return "-";
    case ExprKind::kAnd: return "and";
    case ExprKind::kOr: return "or";
    case ExprKind::kNot: return "not";
    default: return "?";
  }
}

std::string DumpExpr(const Expr& e) {
  switch (e.kind) {
    case ExprKind::kInt: return std::to_string(e.ival);
    case ExprKind::kString: return Quote(e.text);
    case ExprKind::kBool: return e.ival ? "true" : "false";
    case ExprKind::kName: return e.text;
    case ExprKind::kCompare:
      return "(" + e.text + " " + DumpExpr(e.kids[0]) + " " + DumpExpr(e.kids[1]) + ")";
    default: break;
  }
  std::string out = std::string("(") + KindName(e.kind);
  if (e.kind == ExprKind::kCall) out += " " + e.text;
  for (const Expr& k : e.kids) out += " " + DumpExpr(k);
  for (const PatternExpr& p : e.patterns) out += " " + DumpPattern(p);
  if (e.kind == ExprKind::kNear) out += " " + std::to_string(e.ival);
  return out + ")";
}

std::string DumpStatement(const Statement& s) {
  std::string out = "  ";
  switch (s.kind) {
    case StmtKind::kLet: out += "let " + s.name + " = " + DumpExpr(*s.expr); break;
    case StmtKind::kSkipUnless: out += "skip unless " + DumpExpr(*s.expr); break;
    case StmtKind::kSkipIf: out += "skip if " + DumpExpr(*s.expr); break;
    case StmtKind::kGuard: out += s.outcome + " if " + DumpExpr(*s.expr); break;
    case StmtKind::kDefault: out += s.outcome; break;
  }
  if (s.message) out += " " + Quote(s.message->text);
  return out + "\n";
}

}  // namespace

std::string Dump(const File& file) {
  std::string out;
  if (file.header) {
    out += "ruleset " + file.header->id + " " + Quote(file.header->name) + " version " +
           Quote(file.header->version) + " basis " + Quote(file.header->basis) + "\n";
  }
  for (const Import& i : file.imports) out += "import " + Quote(i.path) + "\n";
  for (const PatternDecl& p : file.patterns) {
    out += "pattern " + p.name + " = " + DumpPattern(p.pattern) + "\n";
  }
  for (const GlobalDecl& g : file.globals) {
    out += std::string(g.exported ? "fact " : "let ") + g.name + " = " + DumpExpr(g.value) + "\n";
  }
  for (const Rule& r : file.rules) {
    out += "rule " + r.id + " " + Quote(r.name) + " severity " + r.severity + " basis " +
           Quote(r.basis) + "\n";
    for (const Statement& s : r.body) out += DumpStatement(s);
  }
  return out;
}

}  // namespace verdict::ast
