// The checked program: the AST of every loaded file plus side tables from semantic analysis
// (resolved names, expression types, normalized pattern atoms, slots). Lowering reads only this.
#ifndef VERDICT_COMPILER_SEMA_CHECKED_PROGRAM_H_
#define VERDICT_COMPILER_SEMA_CHECKED_PROGRAM_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/ast/ast.h"

namespace verdict::sema {

enum class Type { kError, kBool, kInt, kDate, kString, kScope, kSectionScope };
std::string TypeName(Type t);

enum class Builtin { kDocument, kTitle, kHeading, kParagraph, kSentence, kPublished, kSource };

enum class SymbolKind { kPattern, kGlobal, kLocal, kBuiltin };

struct Symbol {
  SymbolKind kind = SymbolKind::kBuiltin;
  uint32_t index = 0;  // global index, local slot, or Builtin value
  source::Range defined_at;
};

/// One piece of a message: literal text or a resolved variable.
struct MessagePiece {
  bool is_var = false;
  std::string text;
  Symbol symbol;
};

struct CheckedProgram {
  const ast::Header* header = nullptr;
  std::vector<const ast::PatternDecl*> patterns;  // every named pattern, definition order
  std::vector<const ast::GlobalDecl*> globals;    // slot order = evaluation order
  std::vector<const ast::Rule*> rules;
  std::unordered_map<const ast::Expr*, Type> types;
  std::unordered_map<const ast::Expr*, Symbol> names;  // kName expressions
  std::unordered_map<const ast::PatternExpr*, const ast::PatternDecl*> pattern_refs;
  std::unordered_map<const ast::PatternExpr*, std::string> atoms;  // leaf -> matcher expression
  std::unordered_map<const ast::Statement*, uint32_t> let_slots;
  std::unordered_map<const ast::Rule*, uint32_t> local_counts;
  std::unordered_map<const ast::Statement*, std::vector<MessagePiece>> messages;
};

}  // namespace verdict::sema

#endif  // VERDICT_COMPILER_SEMA_CHECKED_PROGRAM_H_
