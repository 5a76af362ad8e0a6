// The semantic checker. One pass over declarations to build the global scope (patterns, lets,
// facts), then each expression is resolved and typed bottom-up; rule bodies get local slots.
#include "compiler/sema/checker.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "compiler/sema/pattern_text.h"
#include "runtime/scan/matcher_database.h"

namespace verdict::sema {

std::string TypeName(Type t) {
  switch (t) {
    case Type::kError:
      return "an invalid value";
    case Type::kBool:
      return "bool";
    case Type::kInt:
      return "int";
    case Type::kDate:
      return "date";
    case Type::kString:
      return "string";
    case Type::kScope:
      return "scope";
    case Type::kSectionScope:
      return "section scope";
  }
  return "?";
}

namespace {

constexpr int64_t kMaxNear = 10000;

const std::map<std::string, Builtin, std::less<>> kBuiltins = {
    {"document", Builtin::kDocument}, {"title", Builtin::kTitle},
    {"heading", Builtin::kHeading},   {"paragraph", Builtin::kParagraph},
    {"sentence", Builtin::kSentence}, {"published", Builtin::kPublished},
    {"source", Builtin::kSource}};

Type BuiltinType(Builtin b) {
  switch (b) {
    case Builtin::kPublished:
      return Type::kDate;
    case Builtin::kSource:
      return Type::kString;
    default:
      return Type::kScope;
  }
}

bool IsScope(Type t) { return t == Type::kScope || t == Type::kSectionScope; }

struct FunctionSig {
  std::vector<Type> params;
  Type result;
};

const std::map<std::string, FunctionSig, std::less<>> kFunctions = {
    {"int", {{Type::kString}, Type::kInt}},
    {"date", {{Type::kInt, Type::kInt, Type::kInt}, Type::kDate}},
    {"year", {{Type::kDate}, Type::kInt}},
    {"len", {{Type::kScope}, Type::kInt}},
    {"heading", {{Type::kSectionScope}, Type::kScope}},
    {"exists", {{Type::kError}, Type::kBool}},  // kError here means "any"
};

class Checker {
 public:
  Checker(const source::SourceManager& sources, diag::DiagnosticEngine& diags)
      : sources_(sources), diags_(diags) {}

  CheckedProgram Run(const std::vector<const ast::File*>& files) {
    if (!files.empty()) main_file_ = files.back()->id;
    for (const ast::File* f : files) {
      if (f->header && f->id == main_file_) out_.header = &*f->header;
    }
    // Patterns first: a rule may use a pattern defined further down or in an import.
    for (const ast::File* f : files) {
      for (const ast::PatternDecl& p : f->patterns) DeclarePattern(p);
    }
    for (const ast::PatternDecl* p : out_.patterns) CheckPatternDecl(*p);
    FindPatternCycles();
    for (const ast::File* f : files) {
      for (const ast::GlobalDecl& g : f->globals) CheckGlobal(g);
    }
    for (const ast::File* f : files) {
      for (const ast::Rule& r : f->rules) CheckRule(r);
    }
    ValidateRegexes();
    // Unused-name warnings are noise while errors stand: names may be unused only because an
    // erroneous use failed to resolve.
    if (!diags_.HasErrors()) WarnUnused();
    return std::move(out_);
  }

 private:
  // ----- declarations -----

  bool Declare(const std::string& name, source::Range range, Symbol symbol) {
    if (kBuiltins.count(name) != 0 || kFunctions.count(name) != 0) {
      (diags_.Report(range, diag::Kind::kRedefinition) << name)
          .Help("'" + name + "' is a built-in name; choose another");
      return false;
    }
    auto it = globals_.find(name);
    if (it != globals_.end()) {
      (diags_.Report(range, diag::Kind::kRedefinition) << name)
          .Note(it->second.defined_at, "previously defined here");
      return false;
    }
    symbol.defined_at = range;
    globals_.emplace(name, symbol);
    return true;
  }

  void DeclarePattern(const ast::PatternDecl& p) {
    Symbol s{SymbolKind::kPattern, static_cast<uint32_t>(out_.patterns.size()), {}};
    if (Declare(p.name, p.name_range, s)) {
      out_.patterns.push_back(&p);
      pattern_index_[p.name] = &p;
    }
  }

  void CheckPatternDecl(const ast::PatternDecl& p) { CheckPattern(p.pattern); }

  // Resolves names inside a pattern, normalizes its leaves and validates regexes.
  void CheckPattern(const ast::PatternExpr& p) {
    switch (p.kind) {
      case ast::PatternKind::kAlt:
        for (const ast::PatternExpr& a : p.alts) CheckPattern(a);
        return;
      case ast::PatternKind::kLiteral: {
        std::string expr = LiteralToExpression(p.text);
        if (expr.empty()) {
          diags_.Report(p.range, diag::Kind::kEmptyLiteral);
          return;
        }
        out_.atoms[&p] = expr;
        return;
      }
      case ast::PatternKind::kRegex: {
        // Checked all together at the end: one matcher compile instead of one per regex.
        regexes_.push_back({&p, NormalizeRegex(p.text)});
        return;
      }
      case ast::PatternKind::kName: {
        auto it = pattern_index_.find(p.text);
        if (it == pattern_index_.end()) {
          auto g = globals_.find(p.text);
          if (g != globals_.end() || IsLocal(p.text)) {
            diags_.Report(p.range, diag::Kind::kNotAPattern) << p.text;
          } else {
            ReportUndefined(p.range, p.text, /*patterns_only=*/true);
          }
          return;
        }
        used_.insert(p.text);
        out_.pattern_refs[&p] = it->second;
        return;
      }
    }
  }

  // Checks every regex as the matcher will see it (same flags), each with its own diagnostic.
  // The whole database is built once, after lowering (compiler.cc), where the limits only a
  // full build finds are reported.
  void ValidateRegexes() {
    for (const auto& [p, expr] : regexes_) {
      if (auto error = scan::MatcherDatabase::Validate(expr)) {
        diags_.Report(p->range, diag::Kind::kInvalidRegex) << *error;
      }
    }
    // Lowering runs only without errors, so recording the bad ones too is harmless.
    for (const auto& [p, expr] : regexes_) out_.atoms[p] = expr;
  }

  // Depth-first search over named-pattern references; each cycle is reported once, at the
  // reference that closes it, with the path it takes.
  void FindPatternCycles() {
    std::map<const ast::PatternDecl*, int> state;  // 0 new, 1 on the path, 2 done
    std::vector<std::string> path;
    std::function<void(const ast::PatternExpr&)> visit = [&](const ast::PatternExpr& p) {
      if (p.kind == ast::PatternKind::kAlt) {
        for (const ast::PatternExpr& a : p.alts) visit(a);
        return;
      }
      if (p.kind != ast::PatternKind::kName) return;
      auto ref = out_.pattern_refs.find(&p);
      if (ref == out_.pattern_refs.end()) return;
      const ast::PatternDecl* target = ref->second;
      if (state[target] == 1) {
        std::string route;
        for (auto it = std::find(path.begin(), path.end(), target->name); it != path.end(); ++it) {
          route += "'" + *it + "' -> ";
        }
        diags_.Report(p.range, diag::Kind::kPatternCycle)
            << target->name << route + "'" + target->name + "'";
        return;
      }
      if (state[target] == 2) return;
      state[target] = 1;
      path.push_back(target->name);
      visit(target->pattern);
      path.pop_back();
      state[target] = 2;
    };
    for (const ast::PatternDecl* d : out_.patterns) {
      if (state[d] != 0) continue;
      state[d] = 1;
      path.assign(1, d->name);
      visit(d->pattern);
      state[d] = 2;
    }
  }

  void CheckGlobal(const ast::GlobalDecl& g) {
    Type t = CheckExpr(g.value);
    if (g.exported && t != Type::kError && (IsScope(t))) {
      diags_.Report(g.value.range, diag::Kind::kFactType) << g.name << TypeName(t);
    }
    Symbol s{SymbolKind::kGlobal, static_cast<uint32_t>(out_.globals.size()), {}};
    if (Declare(g.name, g.name_range, s)) {
      out_.globals.push_back(&g);
      global_types_.push_back(t);
      if (g.exported) used_.insert(g.name);
    }
  }

  void CheckRule(const ast::Rule& r) {
    auto dup = rule_ids_.find(r.id);
    if (dup != rule_ids_.end()) {
      (diags_.Report(r.id_range, diag::Kind::kDuplicateRule) << r.id)
          .Note(dup->second, "previously defined here");
    } else {
      rule_ids_.emplace(r.id, r.id_range);
    }
    if (r.severity != "error" && r.severity != "warning" && r.severity != "info") {
      (diags_.Report(r.severity_range, diag::Kind::kUnknownSeverity) << r.severity)
          .Help("use one of: error, warning, info");
    }
    locals_.clear();
    local_types_.clear();
    bool seen_default = false;
    for (const ast::Statement& st : r.body) {
      if (seen_default) {
        diags_.Report(st.range, diag::Kind::kUnreachableStatement);
        break;
      }
      if (st.expr) {
        Type t = CheckExpr(*st.expr);
        if (st.kind == ast::StmtKind::kLet) DeclareLocal(st, t);
      }
      if (st.message) CheckMessage(st);
      if (st.kind == ast::StmtKind::kDefault) seen_default = true;
    }
    if (!seen_default) {
      (diags_.Report(r.id_range, diag::Kind::kMissingDefault) << r.id)
          .Help("end the rule with a default outcome such as: fail \"…\"");
    }
    out_.local_counts[&r] = static_cast<uint32_t>(local_types_.size());
    out_.rules.push_back(&r);
  }

  void DeclareLocal(const ast::Statement& st, Type t) {
    auto g = globals_.find(st.name);
    if (kBuiltins.count(st.name) != 0 || kFunctions.count(st.name) != 0) {
      (diags_.Report(st.name_range, diag::Kind::kRedefinition) << st.name)
          .Help("'" + st.name + "' is a built-in name; choose another");
      return;
    }
    if (g != globals_.end()) {
      (diags_.Report(st.name_range, diag::Kind::kRedefinition) << st.name)
          .Note(g->second.defined_at, "previously defined here");
      return;
    }
    auto l = locals_.find(st.name);
    if (l != locals_.end()) {
      (diags_.Report(st.name_range, diag::Kind::kRedefinition) << st.name)
          .Note(l->second.defined_at, "previously defined here");
      return;
    }
    uint32_t slot = static_cast<uint32_t>(local_types_.size());
    locals_.emplace(st.name, Symbol{SymbolKind::kLocal, slot, st.name_range});
    local_types_.push_back(t);
    out_.let_slots[&st] = slot;
  }

  bool IsLocal(const std::string& name) const { return locals_.count(name) != 0; }

  // "{name}" holes must name a let or fact visible here; "{{" and "}}" are literal braces.
  void CheckMessage(const ast::Statement& st) {
    const std::string& text = st.message->text;
    std::vector<MessagePiece> pieces;
    std::string literal;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '{') {
        literal += '{';
        ++i;
      } else if (text[i] == '}' && i + 1 < text.size() && text[i + 1] == '}') {
        literal += '}';
        ++i;
      } else if (text[i] == '{') {
        size_t close = text.find('}', i);
        if (close == std::string::npos) {
          literal += text.substr(i);
          break;
        }
        std::string name = text.substr(i + 1, close - i - 1);
        if (!literal.empty()) pieces.push_back({false, std::move(literal), {}});
        literal.clear();
        MessagePiece piece{true, name, {}};
        if (!ResolveValue(name, &piece.symbol)) {
          source::Range r = st.message->range;
          const std::string& file_text = sources_.Get(r.file).text;
          size_t at = file_text.find("{" + name + "}", r.begin);
          if (at != std::string::npos && at < r.end) {
            r = {r.file, static_cast<uint32_t>(at), static_cast<uint32_t>(at + name.size() + 2)};
          }
          diags_.Report(r, diag::Kind::kUnknownInterpolation) << name;
        }
        pieces.push_back(std::move(piece));
        i = close;
      } else {
        literal += text[i];
      }
    }
    if (!literal.empty()) pieces.push_back({false, std::move(literal), {}});
    out_.messages[&st] = std::move(pieces);
  }

  bool ResolveValue(const std::string& name, Symbol* out) {
    if (auto l = locals_.find(name); l != locals_.end()) {
      *out = l->second;
      used_.insert(name);
      return true;
    }
    if (auto g = globals_.find(name);
        g != globals_.end() && g->second.kind == SymbolKind::kGlobal) {
      *out = g->second;
      used_.insert(name);
      return true;
    }
    return false;
  }

  // ----- expressions -----

  Type Record(const ast::Expr& e, Type t) {
    out_.types[&e] = t;
    return t;
  }

  void Expect(const ast::Expr& e, Type got, Type want, const std::string& what) {
    if (got == Type::kError || want == Type::kError) return;
    bool ok = got == want || (want == Type::kScope && got == Type::kSectionScope);
    if (!ok)
      diags_.Report(e.range, diag::Kind::kTypeMismatch) << what << TypeName(want) << TypeName(got);
  }

  void ReportUndefined(source::Range range, const std::string& name, bool patterns_only) {
    std::vector<std::string> candidates;
    for (const auto& [n, s] : globals_) {
      if (!patterns_only || s.kind == SymbolKind::kPattern) candidates.push_back(n);
    }
    if (!patterns_only) {
      for (const auto& [n, s] : locals_) candidates.push_back(n);
      for (const auto& [n, b] : kBuiltins) candidates.push_back(n);
    }
    std::string near = diag::ClosestName(name, candidates);
    auto d = diags_.Report(range, diag::Kind::kUndefinedName);
    d << name;
    if (!near.empty()) d.Help("did you mean '" + near + "'?");
  }

  Type CheckPatternUse(const ast::PatternExpr& p) {
    CheckPattern(p);
    return Type::kBool;
  }

  Type CheckExpr(const ast::Expr& e) {
    switch (e.kind) {
      case ast::ExprKind::kInt:
        return Record(e, Type::kInt);
      case ast::ExprKind::kString:
        return Record(e, Type::kString);
      case ast::ExprKind::kBool:
        return Record(e, Type::kBool);
      case ast::ExprKind::kName:
        return Record(e, CheckName(e));
      case ast::ExprKind::kCall:
        return Record(e, CheckCall(e));
      case ast::ExprKind::kCount:
      case ast::ExprKind::kText: {
        CheckPatternUse(e.patterns[0]);
        Expect(e.kids[0], CheckExpr(e.kids[0]), Type::kScope,
               e.kind == ast::ExprKind::kCount ? "count(… in scope)" : "text(… in scope)");
        return Record(e, e.kind == ast::ExprKind::kCount ? Type::kInt : Type::kString);
      }
      case ast::ExprKind::kSection:
        // Inside, `heading` is the candidate section's heading; lowering and the evaluator bind
        // it, so the predicate is checked like any other condition.
        CheckExpr(e.kids[0]);
        return Record(e, Type::kSectionScope);
      case ast::ExprKind::kMatch:
      case ast::ExprKind::kNear: {
        Expect(e.kids[0], CheckExpr(e.kids[0]), Type::kScope, "'~'");
        for (const ast::PatternExpr& p : e.patterns) CheckPatternUse(p);
        if (e.kind == ast::ExprKind::kNear && (e.ival < 1 || e.ival > kMaxNear)) {
          diags_.Report(e.range, diag::Kind::kNegativeDistance) << std::to_string(kMaxNear);
        }
        return Record(e, Type::kBool);
      }
      case ast::ExprKind::kAdd:
      case ast::ExprKind::kSub: {
        Expect(e.kids[0], CheckExpr(e.kids[0]), Type::kInt, "arithmetic");
        Expect(e.kids[1], CheckExpr(e.kids[1]), Type::kInt, "arithmetic");
        return Record(e, Type::kInt);
      }
      case ast::ExprKind::kCompare:
        return Record(e, CheckCompare(e));
      case ast::ExprKind::kAnd:
      case ast::ExprKind::kOr:
        CheckExpr(e.kids[0]);
        CheckExpr(e.kids[1]);
        return Record(e, Type::kBool);
      case ast::ExprKind::kNot:
        CheckExpr(e.kids[0]);
        return Record(e, Type::kBool);
    }
    return Record(e, Type::kError);
  }

  Type CheckName(const ast::Expr& e) {
    if (auto b = kBuiltins.find(e.text); b != kBuiltins.end()) {
      out_.names[&e] = Symbol{SymbolKind::kBuiltin, static_cast<uint32_t>(b->second), {}};
      return BuiltinType(b->second);
    }
    Symbol s;
    if (ResolveValue(e.text, &s)) {
      out_.names[&e] = s;
      return s.kind == SymbolKind::kLocal ? local_types_[s.index] : global_types_[s.index];
    }
    if (pattern_index_.count(e.text) != 0) {
      diags_.Report(e.range, diag::Kind::kNotAValue) << e.text;
      return Type::kError;
    }
    ReportUndefined(e.range, e.text, /*patterns_only=*/false);
    return Type::kError;
  }

  Type CheckCall(const ast::Expr& e) {
    auto f = kFunctions.find(e.text);
    if (f == kFunctions.end()) {
      std::vector<std::string> names;
      for (const auto& [n, sig] : kFunctions) names.push_back(n);
      names.insert(names.end(), {"count", "text", "section"});
      auto d = diags_.Report(e.range, diag::Kind::kUnknownFunction);
      d << e.text;
      std::string near = diag::ClosestName(e.text, names);
      if (!near.empty()) d.Help("did you mean '" + near + "'?");
      for (const ast::Expr& k : e.kids) CheckExpr(k);
      return Type::kError;
    }
    const FunctionSig& sig = f->second;
    if (sig.params.size() != e.kids.size()) {
      diags_.Report(e.range, diag::Kind::kWrongArgCount)
          << e.text << std::to_string(sig.params.size()) << std::to_string(e.kids.size());
      for (const ast::Expr& k : e.kids) CheckExpr(k);
      return sig.result;
    }
    for (size_t i = 0; i < e.kids.size(); ++i) {
      Expect(e.kids[i], CheckExpr(e.kids[i]), sig.params[i], e.text + "()");
    }
    return sig.result;
  }

  Type CheckCompare(const ast::Expr& e) {
    Type a = CheckExpr(e.kids[0]);
    Type b = CheckExpr(e.kids[1]);
    if (a == Type::kError || b == Type::kError) return Type::kBool;
    bool ordered = e.text != "==" && e.text != "!=";
    bool comparable =
        a == Type::kInt || a == Type::kDate || a == Type::kString || (!ordered && a == Type::kBool);
    if (!comparable) {
      diags_.Report(e.kids[0].range, diag::Kind::kTypeMismatch)
          << "'" + e.text + "'" << (ordered ? "int, date or string" : "int, date, string or bool")
          << TypeName(a);
    } else if (a != b) {
      diags_.Report(e.kids[1].range, diag::Kind::kTypeMismatch)
          << "'" + e.text + "'" << TypeName(a) << TypeName(b);
    }
    return Type::kBool;
  }

  void WarnUnused() {
    for (const ast::PatternDecl* p : out_.patterns) {
      if (p->name_range.file == main_file_ && used_.count(p->name) == 0) {
        diags_.Report(p->name_range, diag::Kind::kUnusedPattern) << p->name;
      }
    }
    for (const ast::GlobalDecl* g : out_.globals) {
      if (g->name_range.file == main_file_ && used_.count(g->name) == 0) {
        diags_.Report(g->name_range, diag::Kind::kUnusedLet) << g->name;
      }
    }
  }

  const source::SourceManager& sources_;
  diag::DiagnosticEngine& diags_;
  CheckedProgram out_;
  source::FileId main_file_ = 0;
  std::map<std::string, Symbol, std::less<>> globals_;
  std::map<std::string, const ast::PatternDecl*, std::less<>> pattern_index_;
  std::vector<Type> global_types_;
  std::map<std::string, Symbol, std::less<>> locals_;
  std::vector<Type> local_types_;
  std::map<std::string, source::Range> rule_ids_;
  std::set<std::string> used_;
  std::vector<std::pair<const ast::PatternExpr*, std::string>> regexes_;
};

}  // namespace

CheckedProgram Check(const std::vector<const ast::File*>& files,
                     const source::SourceManager& sources, diag::DiagnosticEngine& diags) {
  return Checker(sources, diags).Run(files);
}

}  // namespace verdict::sema
