// Parser front end: table tests of source -> AST dump, and syntax errors with exact positions.
#include "compiler/parse/parser.h"

#include <gtest/gtest.h>

#include "compiler/testing/memory_loader.h"

namespace verdict::parse {
namespace {

std::string DumpOf(const std::string& text, std::string* errors = nullptr) {
  source::SourceManager sm;
  diag::DiagnosticEngine diags;
  source::FileId id = sm.Add("t.rules", text);
  ast::File f = ParseFile(sm.Get(id), diags);
  if (errors != nullptr) {
    for (const auto& d : diags.Sorted()) *errors += diag::RenderText(d, sm);
  }
  return ast::Dump(f);
}

struct Case {
  const char* input;
  const char* dump;
};

TEST(ParserTest, BuildsTheAst) {
  const Case cases[] = {
      {"ruleset r \"名\" version \"1\" basis \"依据\"",
       "ruleset r \"名\" version \"1\" basis \"依据\"\n"},
      {"pattern p = \"第一责任人\" | /主要负责(人|同志)履行/ | q",
       "pattern p = (| \"第一责任人\" /主要负责(人|同志)履行/ q)\n"},
      {"pattern p = (\"a\" | \"b\")", "pattern p = (| \"a\" \"b\")\n"},
      {"let y = int(text(/\\d{4}年/ in title))", "let y = (call int (text title /\\d{4}年/))\n"},
      {"fact report_year = y + 1 - 2", "fact report_year = (- (+ y 1) 2)\n"},
      {"import \"common/years.rules\"", "import \"common/years.rules\"\n"},
      {"rule r \"n\" severity warning basis \"b\" {\n"
       "  let s = section(heading ~ p)\n"
       "  pass if s and s ~ (\"原因\" | \"剖析\")\n"
       "  warn if paragraph ~ near(p, \"原因\", 20) \"近\"\n"
       "  skip unless published\n"
       "  fail if count(p in document) >= 2 or not len(title) > 3 \"多\"\n"
       "  fail \"缺\"\n}",
       "rule r \"n\" severity warning basis \"b\"\n"
       "  let s = (section (~ heading p))\n"
       "  pass if (and s (~ s (| \"原因\" \"剖析\")))\n"
       "  warn if (near paragraph p \"原因\" 20) \"近\"\n"
       "  skip unless published\n"
       "  fail if (or (>= (count document p) 2) (not (> (call len title) 3))) \"多\"\n"
       "  fail \"缺\"\n"},
      {"let d = published < date(y + 1, 4, 1) # comment\n",
       "let d = (< published (call date (+ y 1) 4 1))\n"},
      {"let s = \"a\\\"b\\\\c\"", "let s = \"a\"b\\c\"\n"},
      {"pattern slash = /a\\/b/", "pattern slash = /a/b/\n"},
  };
  for (const Case& c : cases) {
    std::string errors;
    EXPECT_EQ(DumpOf(c.input, &errors), c.dump) << c.input;
    EXPECT_EQ(errors, "") << c.input;
  }
}

TEST(ParserTest, ReportsSyntaxErrorWithCaret) {
  std::string errors;
  DumpOf("ruleset r \"n\"\nrule x \"n\" {\n  pass if\n}\n", &errors);
  EXPECT_EQ(errors,
            "t.rules:4:1: error[E0001]: unexpected '}', expected an expression\n"
            "   |\n"
            " 4 | }\n"
            "   | ^\n");
}

TEST(ParserTest, ReportsSeveralErrorsInOneRun) {
  std::string errors;
  DumpOf("pattern = \"a\"\nlet 1 = 2\n", &errors);
  EXPECT_NE(errors.find("t.rules:1:9: error[E0001]: unexpected '='"), std::string::npos) << errors;
  EXPECT_NE(errors.find("t.rules:2:5: error[E0001]: unexpected '1'"), std::string::npos) << errors;
}

TEST(ParserTest, ReportsUnterminatedStringAndStrayCharacters) {
  std::string errors;
  DumpOf("pattern p = \"abc\nlet x = 1 @\n", &errors);
  EXPECT_EQ(errors,
            "t.rules:1:13: error[E0001]: unterminated string literal\n"
            "   |\n"
            " 1 | pattern p = \"abc\n"
            "   |             ^\n"
            "t.rules:2:11: error[E0002]: invalid character '@'\n"
            "   |\n"
            " 2 | let x = 1 @\n"
            "   |           ^\n");
}

TEST(ParserTest, ReportsInvalidEscapeAtItsPosition) {
  std::string errors;
  DumpOf("let s = \"ab\\q\"", &errors);
  EXPECT_EQ(errors.substr(0, errors.find('\n')),
            "t.rules:1:12: error[E0007]: invalid escape sequence '\\q' in string");
}

TEST(ParserTest, ColumnsCountCharactersInChineseLines) {
  std::string errors;
  DumpOf("pattern 问题 = \"x\"", &errors);
  EXPECT_EQ(errors.substr(0, errors.find('\n')),
            "t.rules:1:9: error[E0002]: invalid characters '问题'");
}

TEST(ParserTest, NeverCrashesOnGarbage) {
  const char* inputs[] = {"", "rule", "rule {", "}}}}", "(((((((", "pattern p = ",
                          "rule r \"n\" { pass if ( }", "\xff\xfe\x00", "let x = /unterminated",
                          "rule r \"n\" { fail \"a\" \"b\" }"};
  for (const char* in : inputs) {
    std::string errors;
    DumpOf(in, &errors);
    if (*in != '\0') {
      EXPECT_NE(errors.find("error[E000"), std::string::npos) << in;
    }
  }
}

}  // namespace
}  // namespace verdict::parse
