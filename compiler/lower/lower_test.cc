// Lowering: atoms are shared across patterns and rules, and the plan reads like the source.
#include "compiler/lower/lower.h"

#include <gtest/gtest.h>

#include "compiler/testing/memory_loader.h"
#include "runtime/ruleset/explain.h"

namespace verdict::lower {
namespace {

ruleset::Ruleset CompileOk(const std::string& text) {
  compiler::CompileResult r =
      compiler::Compile("t.rules", verdict::testing::MemoryLoader({{"t.rules", text}}));
  for (const auto& d : r.diagnostics) ADD_FAILURE() << diag::RenderText(d, *r.sources);
  EXPECT_TRUE(r.ok());
  return r.ok() ? *r.ruleset : ruleset::Ruleset{};
}

TEST(LowerTest, DeduplicatesAtomsAndAnonymousPatterns) {
  ruleset::Ruleset rs = CompileOk(
      "ruleset t \"测\" version \"2\" basis \"b\"\n"
      "pattern a = \"问题\" | \"不足\"\n"
      "pattern b = a | \"问题\"\n"
      "rule r1 \"一\" { pass if title ~ (\"原因\" | \"问题\") fail }\n"
      "rule r2 \"二\" { pass if paragraph ~ (\"问题\" | \"原因\") and paragraph ~ b fail }\n");
  EXPECT_EQ(rs.atoms.size(), 3u);     // 问题 不足 原因
  EXPECT_EQ(rs.patterns.size(), 3u);  // a, b, one anonymous (原因|问题) shared by r1 and r2
  EXPECT_EQ(rs.patterns[0].atoms, rs.patterns[1].atoms);
  EXPECT_EQ(rs.rules.size(), 2u);
  EXPECT_EQ(rs.rules[0].program.size(), 2u);
  EXPECT_EQ(rs.id, "t");
  EXPECT_EQ(rs.version, "2");
}

TEST(LowerTest, ExplainShowsThePlan) {
  ruleset::Ruleset rs = CompileOk(
      "ruleset t \"测\" version \"1\"\n"
      "pattern leader = \"第一责任人\"\n"
      "fact yr = int(text(/\\d{4}年/ in title))\n"
      "rule duty \"职责\" severity warning basis \"第二十五条\" {\n"
      "  let s = section(heading ~ leader)\n"
      "  skip unless yr\n"
      "  pass if s\n"
      "  warn if paragraph ~ leader \"{yr}年只在正文提及\"\n"
      "  fail \"缺\"\n"
      "}\n");
  EXPECT_EQ(ruleset::Explain(rs),
            "ruleset t \"测\" version 1\n"
            "\n"
            "matcher database: 2 atoms, scanned in one pass\n"
            "  a0  第一责任人    <- \"第一责任人\"\n"
            "  a1  \\d{4}年    <- /\\d{4}年/\n"
            "\n"
            "patterns (union of atoms; non-overlapping leftmost-longest matches):\n"
            "  leader = a0\n"
            "  p1 = a1\n"
            "\n"
            "per-document values:\n"
            "  fact yr = int(text(p1 in title))\n"
            "\n"
            "rule duty \"职责\" severity warning\n"
            "  basis 第二十五条\n"
            "  0: let s = section(heading ~ leader)\n"
            "  1: n/a unless yr\n"
            "  2: pass if s\n"
            "  3: warn if paragraph ~ leader  \"{yr}年只在正文提及\"\n"
            "  4: otherwise fail  \"缺\"\n");
}

TEST(LowerTest, MessageHolesBecomeSlots) {
  ruleset::Ruleset rs = CompileOk(
      "ruleset t \"测\"\n"
      "fact y = 2024\n"
      "rule r \"n\" { let n = y + 1\n fail \"从{y}到{n}\" }\n");
  const ruleset::Message& m = rs.rules[0].program[1].message;
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].text, "从");
  EXPECT_TRUE(m[1].is_var && m[1].global && m[1].slot == 0);
  EXPECT_EQ(m[2].text, "到");
  EXPECT_TRUE(m[3].is_var && !m[3].global && m[3].slot == 0);
}

}  // namespace
}  // namespace verdict::lower
