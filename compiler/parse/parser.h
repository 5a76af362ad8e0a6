// The parser front end: rule-file text -> ast::File. No ANTLR type appears in this header.
#ifndef VERDICT_COMPILER_PARSE_PARSER_H_
#define VERDICT_COMPILER_PARSE_PARSER_H_

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostic.h"

namespace verdict::parse {

/// Parses one file. Syntax errors are collected (several per run) into `diags`; the returned
/// AST holds whatever could be built and is only meaningful when no error was reported.
ast::File ParseFile(const source::SourceFile& file, diag::DiagnosticEngine& diags);

}  // namespace verdict::parse

#endif  // VERDICT_COMPILER_PARSE_PARSER_H_
