// Explain(): prints the compiled plan of a rule set in the same vocabulary as the language.
#include "runtime/ruleset/explain.h"

namespace verdict::ruleset {
namespace {

std::string PatternName(const Ruleset& rs, uint32_t p) {
  const Pattern& pat = rs.patterns[p];
  return pat.name.empty() ? "p" + std::to_string(p) : pat.name;
}

const char* Binary(Op op) {
  switch (op) {
    case Op::kAdd: return "+";
    case Op::kSub: return "-";
    case Op::kEq: return "==";
    case Op::kNe: return "!=";
    case Op::kLt: return "<";
    case Op::kLe: return "<=";
    case Op::kGt: return ">";
    case Op::kGe: return ">=";
    case Op::kAnd: return "and";
    case Op::kOr: return "or";
    default: return nullptr;
  }
}

std::string RenderMessage(const ruleset::Message& m) {
  std::string out;
  for (const MessagePart& part : m) {
    if (!part.is_var) {
      out += part.text;
    } else {
      out += "{" + part.text + "}";
    }
  }
  return out;
}

}  // namespace

const char* OutcomeName(Outcome o) {
  switch (o) {
    case Outcome::kPass: return "pass";
    case Outcome::kWarn: return "warn";
    case Outcome::kFail: return "fail";
    case Outcome::kNotApplicable: return "n/a";
  }
  return "?";
}

const char* SeverityName(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "?";
}

std::string ExprToString(const Ruleset& rs, uint32_t id, const Rule* rule) {
  const Node& n = rs.nodes[id];
  auto kid = [&](size_t i) { return ExprToString(rs, n.kids[i], rule); };
  if (const char* op = Binary(n.op)) return "(" + kid(0) + " " + op + " " + kid(1) + ")";
  switch (n.op) {
    case Op::kInt: return std::to_string(n.ival);
    case Op::kBool: return n.ival ? "true" : "false";
    case Op::kString: return "\"" + n.sval + "\"";
    case Op::kDocument: return "document";
    case Op::kTitle: return "title";
    case Op::kHeading: return "heading";
    case Op::kParagraph: return "paragraph";
    case Op::kSentence: return "sentence";
    case Op::kSection: return "section(" + kid(0) + ")";
    case Op::kHeadingOf: return "heading(" + kid(0) + ")";
    case Op::kPublished: return "published";
    case Op::kSource: return "source";
    case Op::kMatch: return kid(0) + " ~ " + PatternName(rs, n.pattern);
    case Op::kNear:
      return kid(0) + " ~ near(" + PatternName(rs, n.pattern) + ", " +
             PatternName(rs, n.pattern2) + ", " + std::to_string(n.ival) + ")";
    case Op::kCount: return "count(" + PatternName(rs, n.pattern) + " in " + kid(0) + ")";
    case Op::kText: return "text(" + PatternName(rs, n.pattern) + " in " + kid(0) + ")";
    case Op::kLen: return "len(" + kid(0) + ")";
    case Op::kToInt: return "int(" + kid(0) + ")";
    case Op::kMakeDate: return "date(" + kid(0) + ", " + kid(1) + ", " + kid(2) + ")";
    case Op::kYearOf: return "year(" + kid(0) + ")";
    case Op::kExists: return "exists(" + kid(0) + ")";
    case Op::kNot: return "not " + kid(0);
    case Op::kGlobal: return rs.globals[n.ival].name;
    case Op::kLocal:
      if (rule != nullptr && static_cast<size_t>(n.ival) < rule->local_names.size()) {
        return rule->local_names[n.ival];
      }
      return "$" + std::to_string(n.ival);
    default: return "?";
  }
}

std::string Explain(const Ruleset& rs) {
  std::string out = "ruleset " + rs.id + " \"" + rs.name + "\" version " + rs.version + "\n";
  out += "\nmatcher database: " + std::to_string(rs.atoms.size()) +
         " atoms, scanned in one pass\n";
  for (size_t i = 0; i < rs.atoms.size(); ++i) {
    out += "  a" + std::to_string(i) + "  " + rs.atoms[i].expression + "    <- " +
           rs.atoms[i].origin + "\n";
  }
  out += "\npatterns (union of atoms; non-overlapping leftmost-longest matches):\n";
  for (size_t i = 0; i < rs.patterns.size(); ++i) {
    out += "  " + PatternName(rs, static_cast<uint32_t>(i)) + " =";
    for (uint32_t a : rs.patterns[i].atoms) out += " a" + std::to_string(a);
    out += "\n";
  }
  out += "\nper-document values:\n";
  for (const Global& g : rs.globals) {
    out += std::string("  ") + (g.exported ? "fact " : "let ") + g.name + " = " +
           ExprToString(rs, g.expr) + "\n";
  }
  for (const Rule& r : rs.rules) {
    out += "\nrule " + r.id + " \"" + r.name + "\" severity " + SeverityName(r.severity) + "\n";
    if (!r.basis.empty()) out += "  basis " + r.basis + "\n";
    for (size_t i = 0; i < r.program.size(); ++i) {
      const Statement& s = r.program[i];
      out += "  " + std::to_string(i) + ": ";
      switch (s.kind) {
        case StmtKind::kLet:
          out += "let " + (s.slot < r.local_names.size() ? r.local_names[s.slot] : "$" + std::to_string(s.slot)) +
                 " = " + ExprToString(rs, s.expr, &r);
          break;
        case StmtKind::kSkipUnless: out += "n/a unless " + ExprToString(rs, s.expr, &r); break;
        case StmtKind::kSkipIf: out += "n/a if " + ExprToString(rs, s.expr, &r); break;
        case StmtKind::kGuard:
          out += std::string(OutcomeName(s.outcome)) + " if " + ExprToString(rs, s.expr, &r);
          break;
        case StmtKind::kDefault: out += std::string("otherwise ") + OutcomeName(s.outcome); break;
      }
      if (!s.message.empty()) out += "  \"" + RenderMessage(s.message) + "\"";
      out += "\n";
    }
  }
  return out;
}

}  // namespace verdict::ruleset
