// The only file that touches ANTLR: runs the generated lexer and parser over a rule file,
// turns syntax errors into diagnostics, and builds the project's own AST from the parse tree.
#include <memory>

#include "VerdictLexer.h"
#include "VerdictParser.h"
#include "antlr4-runtime.h"
#include "compiler/parse/parser.h"
#include "runtime/text/utf8.h"

namespace verdict::parse {
namespace {

using G = grammar::VerdictParser;

// ANTLR indexes the input by code point; diagnostics and the AST use byte offsets.
class OffsetMap {
 public:
  explicit OffsetMap(const std::string& text) {
    for (uint32_t i = 0; i < text.size(); ++i) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) byte_of_.push_back(i);
    }
    byte_of_.push_back(static_cast<uint32_t>(text.size()));
  }
  uint32_t Byte(size_t code_point) const {
    return code_point < byte_of_.size() ? byte_of_[code_point] : byte_of_.back();
  }

 private:
  std::vector<uint32_t> byte_of_;
};

std::string Describe(antlr4::Token* t) {
  if (t == nullptr) return "input";
  if (t->getType() == antlr4::Token::EOF) return "end of file";
  return "'" + t->getText() + "'";
}

class ErrorListener : public antlr4::BaseErrorListener {
 public:
  ErrorListener(const source::SourceFile& file, const OffsetMap& map,
                diag::DiagnosticEngine& diags)
      : file_(file), map_(map), diags_(diags) {}

  void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t, size_t,
                   const std::string& msg, std::exception_ptr) override {
    // Stray characters were already reported by the token pre-pass; one diagnostic is enough.
    if (offending != nullptr && offending->getType() == grammar::VerdictLexer::ERRCHAR) return;
    source::Range range{file_.id, 0, 0};
    std::string message = msg;
    if (offending != nullptr) {
      range.begin = map_.Byte(offending->getStartIndex());
      range.end = offending->getType() == antlr4::Token::EOF
                      ? range.begin
                      : map_.Byte(offending->getStopIndex() + 1);
      message = "unexpected " + Describe(offending);
      if (auto* parser = dynamic_cast<antlr4::Parser*>(recognizer)) {
        antlr4::misc::IntervalSet expected = parser->getExpectedTokens();
        using L = grammar::VerdictLexer;
        if (expected.contains(static_cast<size_t>(L::INT)) && expected.contains(static_cast<size_t>(L::IDENT)) &&
            expected.contains(static_cast<size_t>(L::STRING))) {
          message += ", expected an expression";  // the full token set would only be noise
        } else if (!expected.isEmpty() && expected.size() <= 6) {
          message += ", expected " + expected.toString(parser->getVocabulary());
        }
      }
    }
    diags_.Report(range, diag::Kind::kSyntaxError) << message;
  }

 private:
  const source::SourceFile& file_;
  const OffsetMap& map_;
  diag::DiagnosticEngine& diags_;
};

class Builder {
 public:
  Builder(const source::SourceFile& file, const OffsetMap& map, diag::DiagnosticEngine& diags)
      : file_(file), map_(map), diags_(diags) {}

  ast::File Build(G::FileContext* ctx) {
    ast::File out;
    out.id = file_.id;
    if (auto* h = ctx->header()) out.header = BuildHeader(h);
    for (auto* item : ctx->item()) {
      if (auto* i = item->importDecl()) {
        out.imports.push_back({Unquote(i->STRING()), RangeOf(i)});
      } else if (auto* p = item->patternDecl()) {
        out.patterns.push_back({p->IDENT()->getText(), RangeOf(p->IDENT()), Pattern(p->patternExpr())});
      } else if (auto* l = item->letDecl()) {
        out.globals.push_back({l->IDENT()->getText(), RangeOf(l->IDENT()), false, Expr(l->expr())});
      } else if (auto* f = item->factDecl()) {
        out.globals.push_back({f->IDENT()->getText(), RangeOf(f->IDENT()), true, Expr(f->expr())});
      } else if (auto* r = item->ruleDecl()) {
        out.rules.push_back(BuildRule(r));
      }
    }
    return out;
  }

 private:
  source::Range RangeOf(antlr4::ParserRuleContext* ctx) const {
    source::Range r{file_.id, map_.Byte(ctx->getStart()->getStartIndex()), 0};
    antlr4::Token* stop = ctx->getStop();
    r.end = stop != nullptr && stop->getStopIndex() + 1 > ctx->getStart()->getStartIndex()
                ? map_.Byte(stop->getStopIndex() + 1)
                : r.begin;
    return r;
  }
  source::Range RangeOf(antlr4::tree::TerminalNode* node) const {
    antlr4::Token* t = node->getSymbol();
    return {file_.id, map_.Byte(t->getStartIndex()), map_.Byte(t->getStopIndex() + 1)};
  }

  // String literal -> value. Supported escapes: \" \\ \n \t; anything else is reported.
  std::string Unquote(antlr4::tree::TerminalNode* node) {
    std::string raw = node->getText();
    source::Range where = RangeOf(node);
    std::string out;
    for (size_t i = 1; i + 1 < raw.size(); ++i) {
      if (raw[i] != '\\') {
        out += raw[i];
        continue;
      }
      char c = raw[++i];
      switch (c) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        default: {
          source::Range r{file_.id, where.begin + static_cast<uint32_t>(i - 1),
                          where.begin + static_cast<uint32_t>(i + 1)};
          diags_.Report(r, diag::Kind::kInvalidEscape) << std::string("\\") + c;
        }
      }
    }
    return out;
  }

  ast::Header BuildHeader(G::HeaderContext* h) {
    ast::Header out;
    out.id = h->IDENT()->getText();
    out.name = Unquote(h->STRING());
    out.range = RangeOf(h);
    bool seen_version = false, seen_basis = false;
    for (auto* field : h->headerField()) {
      if (auto* v = dynamic_cast<G::VersionFieldContext*>(field)) {
        if (seen_version) diags_.Report(RangeOf(v), diag::Kind::kDuplicateField) << "version";
        seen_version = true;
        out.version = Unquote(v->STRING());
      } else if (auto* b = dynamic_cast<G::BasisFieldContext*>(field)) {
        if (seen_basis) diags_.Report(RangeOf(b), diag::Kind::kDuplicateField) << "basis";
        seen_basis = true;
        out.basis = Unquote(b->STRING());
      }
    }
    return out;
  }

  ast::Rule BuildRule(G::RuleDeclContext* r) {
    ast::Rule out;
    out.id = r->IDENT()->getText();
    out.id_range = RangeOf(r->IDENT());
    out.name = Unquote(r->STRING());
    out.range = RangeOf(r);
    out.severity_range = out.id_range;
    bool seen_severity = false, seen_basis = false;
    for (auto* field : r->ruleField()) {
      if (auto* s = dynamic_cast<G::SeverityFieldContext*>(field)) {
        if (seen_severity) diags_.Report(RangeOf(s), diag::Kind::kDuplicateField) << "severity";
        seen_severity = true;
        out.severity = s->IDENT()->getText();
        out.severity_range = RangeOf(s->IDENT());
      } else if (auto* b = dynamic_cast<G::RuleBasisFieldContext*>(field)) {
        if (seen_basis) diags_.Report(RangeOf(b), diag::Kind::kDuplicateField) << "basis";
        seen_basis = true;
        out.basis = Unquote(b->STRING());
      }
    }
    for (auto* st : r->statement()) out.body.push_back(Statement(st));
    return out;
  }

  std::optional<ast::Message> MessageOf(antlr4::tree::TerminalNode* node) {
    if (node == nullptr) return std::nullopt;
    return ast::Message{Unquote(node), RangeOf(node)};
  }

  ast::Statement Statement(G::StatementContext* st) {
    ast::Statement out;
    out.range = RangeOf(st);
    if (auto* s = dynamic_cast<G::LetStmtContext*>(st)) {
      out.kind = ast::StmtKind::kLet;
      out.name = s->IDENT()->getText();
      out.name_range = RangeOf(s->IDENT());
      out.expr = Expr(s->expr());
    } else if (auto* s = dynamic_cast<G::SkipUnlessStmtContext*>(st)) {
      out.kind = ast::StmtKind::kSkipUnless;
      out.expr = Expr(s->expr());
      out.message = MessageOf(s->STRING());
    } else if (auto* s = dynamic_cast<G::SkipIfStmtContext*>(st)) {
      out.kind = ast::StmtKind::kSkipIf;
      out.expr = Expr(s->expr());
      out.message = MessageOf(s->STRING());
    } else if (auto* s = dynamic_cast<G::GuardedStmtContext*>(st)) {
      out.kind = ast::StmtKind::kGuard;
      out.outcome = s->OUTCOME()->getText();
      out.expr = Expr(s->expr());
      out.message = MessageOf(s->STRING());
    } else if (auto* s = dynamic_cast<G::DefaultStmtContext*>(st)) {
      out.kind = ast::StmtKind::kDefault;
      out.outcome = s->OUTCOME()->getText();
      out.message = MessageOf(s->STRING());
    }
    return out;
  }

  ast::PatternExpr Pattern(G::PatternExprContext* ctx) {
    auto terms = ctx->patternTerm();
    if (terms.size() == 1) return Term(terms[0]);
    ast::PatternExpr out;
    out.kind = ast::PatternKind::kAlt;
    out.range = RangeOf(ctx);
    for (auto* t : terms) out.alts.push_back(Term(t));
    return out;
  }

  ast::PatternExpr Term(G::PatternTermContext* ctx) {
    if (auto* g = dynamic_cast<G::GroupPatternContext*>(ctx)) return Pattern(g->patternExpr());
    ast::PatternExpr out;
    out.range = RangeOf(ctx);
    if (auto* l = dynamic_cast<G::LiteralPatternContext*>(ctx)) {
      out.kind = ast::PatternKind::kLiteral;
      out.text = Unquote(l->STRING());
    } else if (auto* r = dynamic_cast<G::RegexPatternContext*>(ctx)) {
      out.kind = ast::PatternKind::kRegex;
      std::string raw = r->REGEX()->getText();
      // Strip the slashes; "\/" is how a slash is written inside a regex literal.
      for (size_t i = 1; i + 1 < raw.size(); ++i) {
        if (raw[i] == '\\' && raw[i + 1] == '/') continue;
        out.text += raw[i];
      }
    } else if (auto* n = dynamic_cast<G::NamedPatternContext*>(ctx)) {
      out.kind = ast::PatternKind::kName;
      out.text = n->IDENT()->getText();
    }
    return out;
  }

  ast::Expr Node(ast::ExprKind kind, antlr4::ParserRuleContext* ctx) {
    ast::Expr e;
    e.kind = kind;
    e.range = RangeOf(ctx);
    return e;
  }

  ast::Expr Expr(G::ExprContext* ctx) {
    if (auto* c = dynamic_cast<G::PrimaryExprContext*>(ctx)) return Primary(c->primary());
    if (auto* c = dynamic_cast<G::MatchExprContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kMatch, c);
      e.kids.push_back(Expr(c->expr()));
      if (auto* n = dynamic_cast<G::NearRhsContext*>(c->matchRhs())) {
        e.kind = ast::ExprKind::kNear;
        e.patterns.push_back(Pattern(n->patternExpr(0)));
        e.patterns.push_back(Pattern(n->patternExpr(1)));
        e.ival = IntValue(n->INT());
      } else if (auto* p = dynamic_cast<G::PatternRhsContext*>(c->matchRhs())) {
        e.patterns.push_back(Term(p->patternTerm()));
      }
      return e;
    }
    if (auto* c = dynamic_cast<G::AddExprContext*>(ctx)) {
      ast::Expr e = Node(c->op->getText() == "+" ? ast::ExprKind::kAdd : ast::ExprKind::kSub, c);
      e.kids.push_back(Expr(c->expr(0)));
      e.kids.push_back(Expr(c->expr(1)));
      return e;
    }
    if (auto* c = dynamic_cast<G::CompareExprContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kCompare, c);
      e.text = c->CMP()->getText();
      e.kids.push_back(Expr(c->expr(0)));
      e.kids.push_back(Expr(c->expr(1)));
      return e;
    }
    if (auto* c = dynamic_cast<G::NotExprContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kNot, c);
      e.kids.push_back(Expr(c->expr()));
      return e;
    }
    if (auto* c = dynamic_cast<G::AndExprContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kAnd, c);
      e.kids.push_back(Expr(c->expr(0)));
      e.kids.push_back(Expr(c->expr(1)));
      return e;
    }
    auto* c = dynamic_cast<G::OrExprContext*>(ctx);
    ast::Expr e = Node(ast::ExprKind::kOr, ctx);
    if (c != nullptr) {
      e.kids.push_back(Expr(c->expr(0)));
      e.kids.push_back(Expr(c->expr(1)));
    }
    return e;
  }

  int64_t IntValue(antlr4::tree::TerminalNode* node) {
    std::string digits = node->getText();
    if (digits.size() > 15) {
      diags_.Report(RangeOf(node), diag::Kind::kIntegerTooLarge) << digits;
      return 0;
    }
    return std::stoll(digits);
  }

  ast::Expr Primary(G::PrimaryContext* ctx) {
    if (auto* c = dynamic_cast<G::IntLitContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kInt, c);
      e.ival = IntValue(c->INT());
      return e;
    }
    if (auto* c = dynamic_cast<G::StringLitContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kString, c);
      e.text = Unquote(c->STRING());
      return e;
    }
    if (dynamic_cast<G::TrueLitContext*>(ctx) || dynamic_cast<G::FalseLitContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kBool, ctx);
      e.ival = dynamic_cast<G::TrueLitContext*>(ctx) != nullptr;
      return e;
    }
    if (auto* c = dynamic_cast<G::CallContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kCall, c);
      e.text = c->IDENT()->getText();
      if (c->args() != nullptr) {
        for (auto* a : c->args()->expr()) e.kids.push_back(Expr(a));
      }
      return e;
    }
    if (auto* c = dynamic_cast<G::CountCallContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kCount, c);
      e.patterns.push_back(Pattern(c->patternExpr()));
      e.kids.push_back(Expr(c->expr()));
      return e;
    }
    if (auto* c = dynamic_cast<G::TextCallContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kText, c);
      e.patterns.push_back(Pattern(c->patternExpr()));
      e.kids.push_back(Expr(c->expr()));
      return e;
    }
    if (auto* c = dynamic_cast<G::SectionCallContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kSection, c);
      e.kids.push_back(Expr(c->expr()));
      return e;
    }
    if (auto* c = dynamic_cast<G::NameContext*>(ctx)) {
      ast::Expr e = Node(ast::ExprKind::kName, c);
      e.text = c->IDENT()->getText();
      return e;
    }
    auto* c = dynamic_cast<G::ParensContext*>(ctx);
    return c != nullptr ? Expr(c->expr()) : Node(ast::ExprKind::kBool, ctx);
  }

  const source::SourceFile& file_;
  const OffsetMap& map_;
  diag::DiagnosticEngine& diags_;
};

// Characters no token accepts come out as ERRCHAR. A run of adjacent ones is one diagnostic,
// and a string or regex left open swallows the rest of its line, so one mistake is one error.
void ReportStrayCharacters(antlr4::CommonTokenStream& tokens, const source::SourceFile& file,
                           const OffsetMap& map, diag::DiagnosticEngine& diags) {
  tokens.fill();
  const std::vector<antlr4::Token*>& all = tokens.getTokens();
  size_t skip_line = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    antlr4::Token* t = all[i];
    if (t->getType() != grammar::VerdictLexer::ERRCHAR || t->getLine() == skip_line) continue;
    source::Range r{file.id, map.Byte(t->getStartIndex()), map.Byte(t->getStopIndex() + 1)};
    std::string text = t->getText();
    if (text == "\"" || text == "/") {
      diags.Report(r, diag::Kind::kSyntaxError)
          << (text == "\"" ? "unterminated string literal" : "unterminated or empty regex literal");
      skip_line = t->getLine();
      continue;
    }
    bool run = false;
    while (i + 1 < all.size() && all[i + 1]->getType() == grammar::VerdictLexer::ERRCHAR &&
           all[i + 1]->getStartIndex() == all[i]->getStopIndex() + 1 &&
           all[i + 1]->getText() != "\"" && all[i + 1]->getText() != "/") {
      ++i;
      run = true;
      text += all[i]->getText();
      r.end = map.Byte(all[i]->getStopIndex() + 1);
    }
    diags.Report(r, run ? diag::Kind::kInvalidCharacters : diag::Kind::kInvalidCharacter) << text;
  }
}

ast::File ParseChecked(const source::SourceFile& file, diag::DiagnosticEngine& diags);

}  // namespace

ast::File ParseFile(const source::SourceFile& file, diag::DiagnosticEngine& diags) {
  ast::File empty;
  empty.id = file.id;
  // ANTLR's input stream throws on malformed UTF-8; reject it here with a position instead.
  size_t bad = text::FindInvalidUtf8(file.text);
  if (bad != std::string::npos) {
    uint32_t at = static_cast<uint32_t>(bad);
    diags.Report({file.id, at, at + 1}, diag::Kind::kNotUtf8) << std::to_string(bad);
    return empty;
  }
  try {
    return ParseChecked(file, diags);
  } catch (const std::exception& e) {
    // The runtime is third-party code; whatever it throws becomes a diagnostic, never a crash.
    diags.Report({file.id, 0, 0}, diag::Kind::kParserFailure) << e.what();
    return empty;
  }
}

namespace {

ast::File ParseChecked(const source::SourceFile& file, diag::DiagnosticEngine& diags) {
  const size_t errors_before = diags.ErrorCount();
  OffsetMap map(file.text);
  antlr4::ANTLRInputStream input(file.text);
  grammar::VerdictLexer lexer(&input);
  lexer.removeErrorListeners();
  antlr4::CommonTokenStream tokens(&lexer);
  ReportStrayCharacters(tokens, file, map, diags);

  grammar::VerdictParser parser(&tokens);
  ErrorListener listener(file, map, diags);
  parser.removeErrorListeners();
  parser.addErrorListener(&listener);
  G::FileContext* tree = parser.file();
  if (parser.getNumberOfSyntaxErrors() > 0 || diags.ErrorCount() > errors_before) {
    // A tree with error nodes may be missing children; building from it is not safe.
    ast::File empty;
    empty.id = file.id;
    return empty;
  }
  return Builder(file, map, diags).Build(tree);
}

}  // namespace
}  // namespace verdict::parse
