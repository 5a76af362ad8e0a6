// Lowers a CheckedProgram into ruleset::Ruleset: flattens pattern references into atom sets,
// turns expressions into IR nodes and statements into decision programs with resolved slots.
#include "compiler/lower/lower.h"

#include <algorithm>
#include <map>

namespace verdict::lower {
namespace {

using ruleset::Op;

class Lowerer {
 public:
  Lowerer(const sema::CheckedProgram& p, const source::SourceManager& sources)
      : p_(p), sources_(sources) {}

  ruleset::Ruleset Run() {
    if (p_.header != nullptr) {
      out_.id = p_.header->id;
      out_.name = p_.header->name;
      out_.version = p_.header->version;
      out_.basis = p_.header->basis;
    }
    for (const ast::PatternDecl* d : p_.patterns) NamedPattern(d);
    for (const ast::GlobalDecl* g : p_.globals) {
      out_.globals.push_back({g->name, g->exported, Emit(g->value)});
    }
    for (const ast::Rule* r : p_.rules) out_.rules.push_back(LowerRule(*r));
    return std::move(out_);
  }

 private:
  ruleset::SourceLoc Loc(source::Range r) const {
    auto pos = sources_.Locate(r.file, r.begin);
    return {sources_.Get(r.file).path, pos.line, pos.column};
  }

  uint32_t Atom(const ast::PatternExpr& leaf) {
    const std::string& expr = p_.atoms.at(&leaf);
    auto [it, inserted] = atom_ids_.emplace(expr, static_cast<uint32_t>(out_.atoms.size()));
    if (inserted) {
      std::string origin = leaf.kind == ast::PatternKind::kRegex ? "/" + leaf.text + "/"
                                                                 : "\"" + leaf.text + "\"";
      out_.atoms.push_back({expr, origin});
    }
    return it->second;
  }

  void CollectAtoms(const ast::PatternExpr& p, std::vector<uint32_t>* atoms) {
    switch (p.kind) {
      case ast::PatternKind::kAlt:
        for (const ast::PatternExpr& a : p.alts) CollectAtoms(a, atoms);
        break;
      case ast::PatternKind::kName:
        CollectAtoms(p_.pattern_refs.at(&p)->pattern, atoms);
        break;
      default:
        atoms->push_back(Atom(p));
    }
  }

  uint32_t AddPattern(std::string name, std::vector<uint32_t> atoms) {
    std::sort(atoms.begin(), atoms.end());
    atoms.erase(std::unique(atoms.begin(), atoms.end()), atoms.end());
    if (name.empty()) {
      auto it = anonymous_.find(atoms);
      if (it != anonymous_.end()) return it->second;
    }
    uint32_t id = static_cast<uint32_t>(out_.patterns.size());
    if (name.empty()) anonymous_.emplace(atoms, id);
    out_.patterns.push_back({std::move(name), std::move(atoms)});
    return id;
  }

  void NamedPattern(const ast::PatternDecl* d) {
    std::vector<uint32_t> atoms;
    CollectAtoms(d->pattern, &atoms);
    named_[d] = AddPattern(d->name, std::move(atoms));
  }

  uint32_t PatternOf(const ast::PatternExpr& p) {
    if (p.kind == ast::PatternKind::kName) return named_.at(p_.pattern_refs.at(&p));
    std::vector<uint32_t> atoms;
    CollectAtoms(p, &atoms);
    return AddPattern("", std::move(atoms));
  }

  uint32_t Push(ruleset::Node n) {
    out_.nodes.push_back(std::move(n));
    return static_cast<uint32_t>(out_.nodes.size() - 1);
  }

  uint32_t Unary(Op op, const ast::Expr& kid) {
    ruleset::Node n;
    n.op = op;
    n.kids = {Emit(kid)};
    return Push(std::move(n));
  }

  uint32_t Emit(const ast::Expr& e) {
    ruleset::Node n;
    switch (e.kind) {
      case ast::ExprKind::kInt:
        n.op = Op::kInt;
        n.ival = e.ival;
        return Push(std::move(n));
      case ast::ExprKind::kBool:
        n.op = Op::kBool;
        n.ival = e.ival;
        return Push(std::move(n));
      case ast::ExprKind::kString:
        n.op = Op::kString;
        n.sval = e.text;
        return Push(std::move(n));
      case ast::ExprKind::kName:
        return EmitName(p_.names.at(&e));
      case ast::ExprKind::kCall:
        return EmitCall(e);
      case ast::ExprKind::kCount:
      case ast::ExprKind::kText:
      case ast::ExprKind::kMatch:
        n.op = e.kind == ast::ExprKind::kCount ? Op::kCount
               : e.kind == ast::ExprKind::kText ? Op::kText
                                                : Op::kMatch;
        n.pattern = PatternOf(e.patterns[0]);
        n.kids = {Emit(e.kids[0])};
        return Push(std::move(n));
      case ast::ExprKind::kNear:
        n.op = Op::kNear;
        n.pattern = PatternOf(e.patterns[0]);
        n.pattern2 = PatternOf(e.patterns[1]);
        n.ival = e.ival;
        n.kids = {Emit(e.kids[0])};
        return Push(std::move(n));
      case ast::ExprKind::kSection:
        return Unary(Op::kSection, e.kids[0]);
      case ast::ExprKind::kNot:
        return Unary(Op::kNot, e.kids[0]);
      case ast::ExprKind::kAdd:
      case ast::ExprKind::kSub:
      case ast::ExprKind::kAnd:
      case ast::ExprKind::kOr:
      case ast::ExprKind::kCompare:
        n.op = BinaryOp(e);
        n.kids = {Emit(e.kids[0]), Emit(e.kids[1])};
        return Push(std::move(n));
    }
    return Push(std::move(n));
  }

  static Op BinaryOp(const ast::Expr& e) {
    switch (e.kind) {
      case ast::ExprKind::kAdd: return Op::kAdd;
      case ast::ExprKind::kSub: return Op::kSub;
      case ast::ExprKind::kAnd: return Op::kAnd;
      case ast::ExprKind::kOr: return Op::kOr;
      default: break;
    }
    static const std::map<std::string, Op> kCompare = {{"==", Op::kEq}, {"!=", Op::kNe},
                                                       {"<", Op::kLt},  {"<=", Op::kLe},
                                                       {">", Op::kGt},  {">=", Op::kGe}};
    return kCompare.at(e.text);
  }

  uint32_t EmitName(const sema::Symbol& s) {
    ruleset::Node n;
    switch (s.kind) {
      case sema::SymbolKind::kGlobal:
        n.op = Op::kGlobal;
        n.ival = s.index;
        break;
      case sema::SymbolKind::kLocal:
        n.op = Op::kLocal;
        n.ival = s.index;
        break;
      default:
        switch (static_cast<sema::Builtin>(s.index)) {
          case sema::Builtin::kDocument: n.op = Op::kDocument; break;
          case sema::Builtin::kTitle: n.op = Op::kTitle; break;
          case sema::Builtin::kHeading: n.op = Op::kHeading; break;
          case sema::Builtin::kParagraph: n.op = Op::kParagraph; break;
          case sema::Builtin::kSentence: n.op = Op::kSentence; break;
          case sema::Builtin::kPublished: n.op = Op::kPublished; break;
          case sema::Builtin::kSource: n.op = Op::kSource; break;
        }
    }
    return Push(std::move(n));
  }

  uint32_t EmitCall(const ast::Expr& e) {
    static const std::map<std::string, Op> kCalls = {
        {"int", Op::kToInt},  {"date", Op::kMakeDate},     {"year", Op::kYearOf},
        {"len", Op::kLen},    {"heading", Op::kHeadingOf}, {"exists", Op::kExists}};
    ruleset::Node n;
    n.op = kCalls.at(e.text);
    for (const ast::Expr& k : e.kids) n.kids.push_back(Emit(k));
    return Push(std::move(n));
  }

  ruleset::Message LowerMessage(const ast::Statement& st) {
    ruleset::Message m;
    auto it = p_.messages.find(&st);
    if (it == p_.messages.end()) return m;
    for (const sema::MessagePiece& piece : it->second) {
      ruleset::MessagePart part;
      part.is_var = piece.is_var;
      part.text = piece.text;
      part.global = piece.symbol.kind == sema::SymbolKind::kGlobal;
      part.slot = piece.symbol.index;
      m.push_back(std::move(part));
    }
    return m;
  }

  static ruleset::Outcome OutcomeOf(const std::string& s) {
    if (s == "pass") return ruleset::Outcome::kPass;
    if (s == "warn") return ruleset::Outcome::kWarn;
    return ruleset::Outcome::kFail;
  }

  ruleset::Rule LowerRule(const ast::Rule& r) {
    ruleset::Rule out;
    out.id = r.id;
    out.name = r.name;
    out.severity = r.severity == "warning" ? ruleset::Severity::kWarning
                   : r.severity == "info"  ? ruleset::Severity::kInfo
                                           : ruleset::Severity::kError;
    out.basis = r.basis;
    out.local_slots = p_.local_counts.at(&r);
    out.loc = Loc(r.id_range);
    for (const ast::Statement& st : r.body) {
      ruleset::Statement s;
      s.loc = Loc(st.range);
      s.message = LowerMessage(st);
      switch (st.kind) {
        case ast::StmtKind::kLet:
          s.kind = ruleset::StmtKind::kLet;
          s.slot = p_.let_slots.at(&st);
          break;
        case ast::StmtKind::kSkipUnless: s.kind = ruleset::StmtKind::kSkipUnless; break;
        case ast::StmtKind::kSkipIf: s.kind = ruleset::StmtKind::kSkipIf; break;
        case ast::StmtKind::kGuard:
          s.kind = ruleset::StmtKind::kGuard;
          s.outcome = OutcomeOf(st.outcome);
          break;
        case ast::StmtKind::kDefault:
          s.kind = ruleset::StmtKind::kDefault;
          s.outcome = OutcomeOf(st.outcome);
          break;
      }
      if (st.kind == ast::StmtKind::kSkipUnless || st.kind == ast::StmtKind::kSkipIf) {
        s.outcome = ruleset::Outcome::kNotApplicable;
      }
      if (st.expr) s.expr = Emit(*st.expr);
      if (st.kind == ast::StmtKind::kLet) {
        out.local_names.resize(std::max<size_t>(out.local_names.size(), s.slot + 1));
        out.local_names[s.slot] = st.name;
      }
      out.program.push_back(std::move(s));
    }
    return out;
  }

  const sema::CheckedProgram& p_;
  const source::SourceManager& sources_;
  ruleset::Ruleset out_;
  std::map<std::string, uint32_t> atom_ids_;
  std::map<std::vector<uint32_t>, uint32_t> anonymous_;
  std::map<const ast::PatternDecl*, uint32_t> named_;
};

}  // namespace

ruleset::Ruleset Lower(const sema::CheckedProgram& program, const source::SourceManager& sources) {
  return Lowerer(program, sources).Run();
}

}  // namespace verdict::lower
