// Tests the expression interpreter: every Op over a hand-built report, the evidence each value
// carries, and the binding of `heading` inside section predicates.
#include "runtime/eval/evaluator.h"

#include <gtest/gtest.h>

#include <limits>

#include "runtime/eval/eval_test_fixture.h"

namespace verdict::eval {
namespace {

using testing::IrBuilder;
using testing::ReportFixture;
using Spans = std::vector<doc::Span>;
using ruleset::Op;
using namespace testing;  // pattern names

class EvaluatorTest : public ReportFixture {};

TEST_F(EvaluatorTest, FixtureOffsetsAreTheOnesTheTestsAssume) {
  EXPECT_EQ(text_.size(), 252u);
  EXPECT_EQ(lines_[3], (doc::Span{107, 155}));
  EXPECT_EQ(matches_.of(kZhiFa), (std::vector<scan::Match>{{140, 146}, {231, 237}}));
}

TEST_F(EvaluatorTest, Constants) {
  EXPECT_EQ(*Eval(ir_.Int(42)).int_value(), 42);
  EXPECT_EQ(*Eval(ir_.Bool(true)).bool_value(), true);
  EXPECT_EQ(*Eval(ir_.Str("法治")).string_value(), "法治");
  EXPECT_TRUE(Eval(ir_.Int(42)).evidence.empty());
}

TEST_F(EvaluatorTest, DocumentIsTitleAndBody) {
  Value v = Eval(ir_.Leaf(Op::kDocument));
  ASSERT_NE(v.scope_value(), nullptr);
  EXPECT_EQ(v.scope_value()->spans, (Spans{{0, 40}, {88, 252}}));
  EXPECT_TRUE(v.evidence.empty());
  // The title is part of the document scope; the dropped metadata line is not.
  EXPECT_TRUE(*Eval(ir_.Match(k2023, ir_.Leaf(Op::kDocument))).bool_value());
  EXPECT_EQ(*Eval(ir_.Count(kZhiFa, ir_.Leaf(Op::kDocument))).int_value(), 2);
}

TEST_F(EvaluatorTest, TitleScope) {
  Value title = Eval(ir_.Leaf(Op::kTitle));
  EXPECT_EQ(title.scope_value()->spans, (Spans{{0, 40}}));
  EXPECT_EQ(title.evidence, (Spans{{0, 40}}));
  EXPECT_FALSE(*Eval(ir_.Match(kZhiFa, ir_.Leaf(Op::kTitle))).bool_value());
  doc_.title = {};
  Value none = Eval(ir_.Leaf(Op::kTitle));
  EXPECT_TRUE(none.scope_value()->empty());
  EXPECT_FALSE(Truthy(none));
}

TEST_F(EvaluatorTest, HeadingOutsideSectionIsAllHeadings) {
  Value v = Eval(ir_.Leaf(Op::kHeading));
  EXPECT_EQ(v.scope_value()->spans, (Spans{lines_[2], lines_[4], lines_[6]}));
  EXPECT_EQ(v.scope_value()->headings, (std::vector<int>{0, 1, 2}));
  EXPECT_EQ(v.evidence, (Spans{lines_[2], lines_[4], lines_[6]}));
  Value m = Eval(ir_.Match(kWenTi, ir_.Leaf(Op::kHeading)));
  EXPECT_TRUE(*m.bool_value());
  EXPECT_EQ(m.evidence, (Spans{{224, 230}}));
}

TEST_F(EvaluatorTest, SectionBindsHeadingToTheCandidate) {
  // section(heading ~ 举措): only section 0. Were `heading` all headings, every section would
  // qualify.
  Value v = Eval(ir_.Section(ir_.Match(kJuCuo, ir_.Leaf(Op::kHeading))));
  ASSERT_NE(v.scope_value(), nullptr);
  EXPECT_EQ(v.scope_value()->spans, (Spans{{88, 211}}));
  EXPECT_EQ(v.scope_value()->headings, (std::vector<int>{0}));
  EXPECT_EQ(v.evidence, (Spans{lines_[2]}));  // a section scope's evidence: its headings

  Value problems = Eval(ir_.Section(ir_.Match(kWenTi, ir_.Leaf(Op::kHeading))));
  EXPECT_EQ(problems.scope_value()->spans, (Spans{{212, 252}}));

  // The predicate may look at anything; here: sections whose heading is level-1 style and whose
  // content mentions 执法.
  uint32_t mentions = ir_.Section(ir_.Match(kZhiFa, ir_.Leaf(Op::kDocument)));
  EXPECT_EQ(Eval(mentions).scope_value()->headings, (std::vector<int>{0, 1, 2}));

  // After the section, `heading` is all headings again.
  uint32_t both = ir_.Bin(Op::kAnd, ir_.Section(ir_.Match(kZhiDu, ir_.Leaf(Op::kHeading))),
                          ir_.Match(kWenTi, ir_.Leaf(Op::kHeading)));
  Value b = Eval(both);
  EXPECT_TRUE(*b.bool_value());
  EXPECT_EQ(b.evidence, (Spans{lines_[4], {224, 230}}));
}

TEST_F(EvaluatorTest, SectionPredicateShapes) {
  // Predicates the evaluator tests without building values (not/and/or of `scope ~ p` over the
  // document's own lists) must select exactly what evaluating them as values would.
  const auto headings_of = [&](uint32_t predicate) {
    return Eval(ir_.Section(predicate)).scope_value()->headings;
  };
  using H = std::vector<int>;
  const uint32_t ju_cuo = ir_.Match(kJuCuo, ir_.Leaf(Op::kHeading));
  EXPECT_EQ(headings_of(ju_cuo), (H{0}));
  EXPECT_EQ(headings_of(ir_.Call(Op::kNot, {ir_.Match(kJuCuo, ir_.Leaf(Op::kHeading))})),
            (H{1, 2}));
  EXPECT_EQ(headings_of(ir_.Bin(Op::kOr, ir_.Match(kZhiDu, ir_.Leaf(Op::kHeading)),
                                ir_.Match(kWenTi, ir_.Leaf(Op::kHeading)))),
            (H{1, 2}));
  EXPECT_EQ(headings_of(ir_.Bin(Op::kAnd, ir_.Match(kZhiDu, ir_.Leaf(Op::kHeading)),
                                ir_.Match(kWenTi, ir_.Leaf(Op::kHeading)))),
            (H{}));
  EXPECT_EQ(headings_of(ir_.Match(kZhiFa, ir_.Leaf(Op::kParagraph))), (H{0, 1, 2}));
  EXPECT_EQ(headings_of(ir_.Match(kJuHao, ir_.Leaf(Op::kSentence))), (H{0, 1, 2}));
  EXPECT_EQ(headings_of(ir_.Match(kZhiFa, ir_.Leaf(Op::kTitle))), (H{}));
  EXPECT_EQ(headings_of(ir_.Match(kAbsent, ir_.Leaf(Op::kParagraph))), (H{}));
  doc_.title = {};
  EXPECT_EQ(headings_of(ir_.Match(k2023, ir_.Leaf(Op::kTitle))), (H{}));
}

TEST_F(EvaluatorTest, NestedSectionRestoresOuterBinding) {
  // section(exists(section(heading ~ 制度)) and heading ~ 问题): the inner section rebinds
  // `heading` for its own predicate only.
  uint32_t inner = ir_.Call(Op::kExists, {ir_.Section(ir_.Match(kZhiDu, ir_.Leaf(Op::kHeading)))});
  uint32_t outer = ir_.Section(ir_.Bin(Op::kAnd, inner, ir_.Match(kWenTi, ir_.Leaf(Op::kHeading))));
  EXPECT_EQ(Eval(outer).scope_value()->headings, (std::vector<int>{2}));
}

TEST_F(EvaluatorTest, HeadingOf) {
  Value of_sections =
      Eval(ir_.Call(Op::kHeadingOf, {ir_.Section(ir_.Match(kZhiFa, ir_.Leaf(Op::kDocument)))}));
  EXPECT_EQ(of_sections.scope_value()->spans, (Spans{lines_[2], lines_[4], lines_[6]}));
  // Non-section scopes: the innermost section holding each element.
  Value of_paragraphs = Eval(ir_.Call(Op::kHeadingOf, {ir_.Leaf(Op::kParagraph)}));
  EXPECT_EQ(of_paragraphs.scope_value()->headings, (std::vector<int>{0, 1, 2}));
  Value of_title = Eval(ir_.Call(Op::kHeadingOf, {ir_.Leaf(Op::kTitle)}));
  EXPECT_TRUE(of_title.scope_value()->empty());
  EXPECT_TRUE(Eval(ir_.Call(Op::kHeadingOf, {ir_.Int(1)})).is_missing());
}

TEST_F(EvaluatorTest, ParagraphAndSentenceScopes) {
  EXPECT_EQ(Eval(ir_.Leaf(Op::kParagraph)).scope_value()->spans,
            (Spans{lines_[3], lines_[5], lines_[7]}));
  EXPECT_EQ(Eval(ir_.Leaf(Op::kSentence)).scope_value()->spans.size(), 4u);
  EXPECT_EQ(*Eval(ir_.Count(kJuHao, ir_.Leaf(Op::kSentence))).int_value(), 4);
}

TEST_F(EvaluatorTest, MatchEvidenceIsTheFirstThreeMatches) {
  Value v = Eval(ir_.Match(kJuHao, ir_.Leaf(Op::kDocument)));
  EXPECT_TRUE(*v.bool_value());
  EXPECT_EQ(v.evidence, (Spans{{125, 128}, {152, 155}, {208, 211}}));
  Value none = Eval(ir_.Match(kAbsent, ir_.Leaf(Op::kDocument)));
  EXPECT_FALSE(*none.bool_value());
  EXPECT_TRUE(none.evidence.empty());
}

TEST_F(EvaluatorTest, MatchMustLieInsideOneElement) {
  // "。推" straddles sentences 0 and 1: inside the paragraph but in no sentence.
  matches_ = scan::PatternMatches({{AsMatch(Find("。推"))}});
  EXPECT_TRUE(*Eval(ir_.Match(0, ir_.Leaf(Op::kParagraph))).bool_value());
  EXPECT_FALSE(*Eval(ir_.Match(0, ir_.Leaf(Op::kSentence))).bool_value());
  // count() works on the union of the elements, and sentences 0 and 1 touch.
  EXPECT_EQ(*Eval(ir_.Count(0, ir_.Leaf(Op::kSentence))).int_value(), 1);
}

TEST_F(EvaluatorTest, NearCountsCodePointsWithinOneElement) {
  // 依法行政 ... 公示: the gap "。推进行政执法" is 7 characters (21 bytes).
  Value seven = Eval(ir_.Near(kYiFaXingZheng, kGongShi, 7, ir_.Leaf(Op::kParagraph)));
  EXPECT_TRUE(*seven.bool_value());
  EXPECT_EQ(seven.evidence, (Spans{{113, 125}, {146, 152}}));
  EXPECT_FALSE(*Eval(ir_.Near(kYiFaXingZheng, kGongShi, 6, ir_.Leaf(Op::kParagraph))).bool_value());
  // Different sentences: never near within a sentence scope.
  EXPECT_FALSE(
      *Eval(ir_.Near(kYiFaXingZheng, kGongShi, 100, ir_.Leaf(Op::kSentence))).bool_value());
  // Order does not matter, touching matches have gap 0: 规章 then 3件.
  Value touching = Eval(ir_.Near(kJian, kGuiZhang, 0, ir_.Leaf(Op::kSentence)));
  EXPECT_TRUE(*touching.bool_value());
  EXPECT_EQ(touching.evidence, (Spans{{180, 186}, {186, 190}}));
  // One pattern near itself needs two distinct matches: 3件 .. 12件 are 5 characters apart.
  EXPECT_TRUE(*Eval(ir_.Near(kJian, kJian, 5, ir_.Leaf(Op::kParagraph))).bool_value());
  EXPECT_FALSE(*Eval(ir_.Near(kJian, kJian, 4, ir_.Leaf(Op::kParagraph))).bool_value());
  EXPECT_FALSE(*Eval(ir_.Near(kZhiFa, kZhiFa, 1000, ir_.Leaf(Op::kParagraph))).bool_value());
  EXPECT_TRUE(*Eval(ir_.Near(kZhiFa, kZhiFa, 1000, ir_.Leaf(Op::kDocument))).bool_value());
}

TEST_F(EvaluatorTest, CountCountsEachMatchOnce) {
  // Sections 0 and 1 overlap (1 is nested in 0): the 执法 in section 0 counts once.
  uint32_t nested = ir_.Section(ir_.Bin(Op::kOr, ir_.Match(kJuCuo, ir_.Leaf(Op::kHeading)),
                                        ir_.Match(kZhiDu, ir_.Leaf(Op::kHeading))));
  Value count = Eval(ir_.Count(kZhiFa, nested));
  EXPECT_EQ(*count.int_value(), 1);
  EXPECT_EQ(count.evidence, (Spans{{140, 146}}));
  Value jian = Eval(ir_.Count(kJian, ir_.Leaf(Op::kDocument)));
  EXPECT_EQ(*jian.int_value(), 2);
  EXPECT_EQ(*Eval(ir_.Count(kAbsent, ir_.Leaf(Op::kDocument))).int_value(), 0);
  EXPECT_TRUE(Eval(ir_.Count(kJian, ir_.Int(3))).is_missing());
}

TEST_F(EvaluatorTest, TextIsTheFirstMatchInDocumentOrder) {
  Value t = Eval(ir_.Text(kJian, ir_.Leaf(Op::kDocument)));
  EXPECT_EQ(*t.string_value(), "3件");
  EXPECT_EQ(t.evidence, (Spans{{186, 190}}));
  EXPECT_TRUE(Eval(ir_.Text(kAbsent, ir_.Leaf(Op::kDocument))).is_missing());
}

TEST_F(EvaluatorTest, LenCountsCharactersOfTheUnion) {
  Value title = Eval(ir_.Call(Op::kLen, {ir_.Leaf(Op::kTitle)}));
  EXPECT_EQ(*title.int_value(), 16);
  EXPECT_EQ(title.evidence, (Spans{{0, 40}}));
  // Sections 0 and 1 overlap; the union is lines 2-5 = 6+1+16+1+7+1+15 characters.
  uint32_t nested = ir_.Section(ir_.Bin(Op::kOr, ir_.Match(kJuCuo, ir_.Leaf(Op::kHeading)),
                                        ir_.Match(kZhiDu, ir_.Leaf(Op::kHeading))));
  EXPECT_EQ(*Eval(ir_.Call(Op::kLen, {nested})).int_value(), 47);
  EXPECT_EQ(*Eval(ir_.Call(Op::kLen, {ir_.Str("法治a")})).int_value(), 3);
  EXPECT_TRUE(Eval(ir_.Call(Op::kLen, {ir_.Int(5)})).is_missing());
}

TEST_F(EvaluatorTest, ToInt) {
  Value n = Eval(ir_.Call(Op::kToInt, {ir_.Text(kJian, ir_.Leaf(Op::kParagraph))}));
  EXPECT_EQ(*n.int_value(), 3);
  EXPECT_EQ(n.evidence, (Spans{{186, 190}}));
  EXPECT_EQ(*Eval(ir_.Call(Op::kToInt, {ir_.Str("共12件, 另3件")})).int_value(), 12);
  EXPECT_TRUE(Eval(ir_.Call(Op::kToInt, {ir_.Str("无")})).is_missing());
  EXPECT_TRUE(
      Eval(ir_.Call(Op::kToInt, {ir_.Text(kAbsent, ir_.Leaf(Op::kDocument))})).is_missing());
  EXPECT_TRUE(Eval(ir_.Call(Op::kToInt, {ir_.Str("99999999999999999999")})).is_missing());
}

TEST_F(EvaluatorTest, MakeDateAndYearOf) {
  Value leap = Eval(ir_.Call(Op::kMakeDate, {ir_.Int(2024), ir_.Int(2), ir_.Int(29)}));
  EXPECT_EQ(*leap.date_value(), (doc::Date{2024, 2, 29}));
  EXPECT_TRUE(Eval(ir_.Call(Op::kMakeDate, {ir_.Int(2023), ir_.Int(2), ir_.Int(29)})).is_missing());
  EXPECT_TRUE(Eval(ir_.Call(Op::kMakeDate, {ir_.Int(1900), ir_.Int(2), ir_.Int(29)})).is_missing());
  EXPECT_TRUE(Eval(ir_.Call(Op::kMakeDate, {ir_.Int(2024), ir_.Int(13), ir_.Int(1)})).is_missing());
  EXPECT_TRUE(Eval(ir_.Call(Op::kMakeDate, {ir_.Int(2024), ir_.Int(4), ir_.Int(31)})).is_missing());
  EXPECT_TRUE(
      Eval(ir_.Call(Op::kMakeDate, {ir_.Int(2024), ir_.Str("1"), ir_.Int(1)})).is_missing());
  Value year = Eval(ir_.Call(Op::kYearOf, {ir_.Leaf(Op::kPublished)}));
  EXPECT_EQ(*year.int_value(), 2024);
  EXPECT_EQ(year.evidence, (Spans{{54, 64}}));
  EXPECT_TRUE(Eval(ir_.Call(Op::kYearOf, {ir_.Int(2024)})).is_missing());
}

TEST_F(EvaluatorTest, Metadata) {
  Value published = Eval(ir_.Leaf(Op::kPublished));
  EXPECT_EQ(*published.date_value(), (doc::Date{2024, 3, 1}));
  EXPECT_EQ(published.evidence, (Spans{{54, 64}}));
  Value source = Eval(ir_.Leaf(Op::kSource));
  EXPECT_EQ(*source.string_value(), "某市司法局");
  EXPECT_EQ(source.evidence, (Spans{{72, 87}}));
  doc_.meta = {};
  EXPECT_TRUE(Eval(ir_.Leaf(Op::kPublished)).is_missing());
  EXPECT_TRUE(Eval(ir_.Leaf(Op::kSource)).is_missing());
}

TEST_F(EvaluatorTest, ExistsAndTruthiness) {
  EXPECT_FALSE(
      *Eval(ir_.Call(Op::kExists, {ir_.Text(kAbsent, ir_.Leaf(Op::kDocument))})).bool_value());
  EXPECT_FALSE(*Eval(ir_.Call(Op::kExists, {ir_.Int(0)})).bool_value());
  EXPECT_TRUE(*Eval(ir_.Call(Op::kExists, {ir_.Int(-1)})).bool_value());
  EXPECT_FALSE(*Eval(ir_.Call(Op::kExists, {ir_.Str("")})).bool_value());
  EXPECT_TRUE(*Eval(ir_.Call(Op::kExists, {ir_.Leaf(Op::kPublished)})).bool_value());
  uint32_t no_section = ir_.Section(ir_.Match(kAbsent, ir_.Leaf(Op::kHeading)));
  EXPECT_FALSE(*Eval(ir_.Call(Op::kExists, {no_section})).bool_value());
  Value found =
      Eval(ir_.Call(Op::kExists, {ir_.Section(ir_.Match(kWenTi, ir_.Leaf(Op::kHeading)))}));
  EXPECT_TRUE(*found.bool_value());
  EXPECT_EQ(found.evidence, (Spans{lines_[6]}));
}

TEST_F(EvaluatorTest, Arithmetic) {
  EXPECT_EQ(*Eval(ir_.Bin(Op::kAdd, ir_.Int(3), ir_.Int(4))).int_value(), 7);
  EXPECT_EQ(*Eval(ir_.Bin(Op::kSub, ir_.Int(3), ir_.Int(4))).int_value(), -1);
  Value year =
      Eval(ir_.Bin(Op::kSub, ir_.Call(Op::kYearOf, {ir_.Leaf(Op::kPublished)}), ir_.Int(1)));
  EXPECT_EQ(*year.int_value(), 2023);
  EXPECT_EQ(year.evidence, (Spans{{54, 64}}));
  EXPECT_TRUE(
      Eval(ir_.Bin(Op::kAdd, ir_.Text(kAbsent, ir_.Leaf(Op::kDocument)), ir_.Int(1))).is_missing());
  EXPECT_TRUE(Eval(ir_.Bin(Op::kAdd, ir_.Int(std::numeric_limits<int64_t>::max()), ir_.Int(1)))
                  .is_missing());
  EXPECT_TRUE(Eval(ir_.Bin(Op::kAdd, ir_.Str("1"), ir_.Int(1))).is_missing());
}

TEST_F(EvaluatorTest, Comparisons) {
  auto is = [&](Op op, uint32_t a, uint32_t b) { return *Eval(ir_.Bin(op, a, b)).bool_value(); };
  EXPECT_TRUE(is(Op::kEq, ir_.Int(2), ir_.Int(2)));
  EXPECT_TRUE(is(Op::kNe, ir_.Int(2), ir_.Int(3)));
  EXPECT_TRUE(is(Op::kLt, ir_.Int(2), ir_.Int(3)));
  EXPECT_FALSE(is(Op::kLt, ir_.Int(3), ir_.Int(3)));
  EXPECT_TRUE(is(Op::kLe, ir_.Int(3), ir_.Int(3)));
  EXPECT_TRUE(is(Op::kGt, ir_.Int(4), ir_.Int(3)));
  EXPECT_TRUE(is(Op::kGe, ir_.Int(3), ir_.Int(3)));
  uint32_t published = ir_.Leaf(Op::kPublished);
  uint32_t deadline = ir_.Call(Op::kMakeDate, {ir_.Int(2024), ir_.Int(3), ir_.Int(31)});
  EXPECT_TRUE(is(Op::kLe, published, deadline));
  EXPECT_FALSE(is(Op::kGt, published, deadline));
  EXPECT_TRUE(is(Op::kEq, ir_.Leaf(Op::kSource), ir_.Str("某市司法局")));
  EXPECT_TRUE(is(Op::kLt, ir_.Str("a"), ir_.Str("b")));
  EXPECT_TRUE(is(Op::kEq, ir_.Bool(true), ir_.Bool(true)));
  EXPECT_TRUE(is(Op::kNe, ir_.Bool(true), ir_.Bool(false)));
  // Missing or mismatched operands: every comparison is false, != included.
  uint32_t missing = ir_.Text(kAbsent, ir_.Leaf(Op::kDocument));
  EXPECT_FALSE(is(Op::kEq, missing, missing));
  EXPECT_FALSE(is(Op::kNe, missing, ir_.Int(1)));
  EXPECT_FALSE(is(Op::kNe, ir_.Int(1), ir_.Str("1")));
  EXPECT_FALSE(is(Op::kLt, ir_.Bool(false), ir_.Bool(true)));
  // Evidence of a true comparison: both operands'.
  Value v = Eval(ir_.Bin(Op::kGe, ir_.Count(kJian, ir_.Leaf(Op::kDocument)), ir_.Int(2)));
  EXPECT_EQ(v.evidence, (Spans{{186, 190}, {203, 208}}));
  Value f = Eval(ir_.Bin(Op::kGe, ir_.Count(kJian, ir_.Leaf(Op::kDocument)), ir_.Int(3)));
  EXPECT_TRUE(f.evidence.empty());
}

TEST_F(EvaluatorTest, LogicAndEvidence) {
  uint32_t yifa = ir_.Match(kYiFaXingZheng, ir_.Leaf(Op::kDocument));
  uint32_t gongshi = ir_.Match(kGongShi, ir_.Leaf(Op::kDocument));
  uint32_t absent = ir_.Match(kAbsent, ir_.Leaf(Op::kDocument));
  Value both = Eval(ir_.Bin(Op::kAnd, yifa, gongshi));
  EXPECT_TRUE(*both.bool_value());
  EXPECT_EQ(both.evidence, (Spans{{113, 125}, {146, 152}}));
  EXPECT_FALSE(*Eval(ir_.Bin(Op::kAnd, yifa, absent)).bool_value());
  EXPECT_TRUE(Eval(ir_.Bin(Op::kAnd, yifa, absent)).evidence.empty());
  Value either = Eval(ir_.Bin(Op::kOr, absent, gongshi));
  EXPECT_TRUE(*either.bool_value());
  EXPECT_EQ(either.evidence, (Spans{{146, 152}}));
  Value first = Eval(ir_.Bin(Op::kOr, yifa, gongshi));
  EXPECT_EQ(first.evidence, (Spans{{113, 125}}));
  Value negated = Eval(ir_.Call(Op::kNot, {absent}));
  EXPECT_TRUE(*negated.bool_value());
  EXPECT_TRUE(negated.evidence.empty());
  EXPECT_FALSE(*Eval(ir_.Call(Op::kNot, {yifa})).bool_value());
}

TEST_F(EvaluatorTest, GlobalsAndLocals) {
  // Global 1 reads global 0, which is evaluated first.
  uint32_t g0 = ir_.Count(kJian, ir_.Leaf(Op::kDocument));
  uint32_t g1 = ir_.Bin(Op::kAdd, ir_.Global(0), ir_.Int(10));
  ir_.rs.globals = {{"n", false, g0}, {"m", true, g1}};
  Value m = Eval(ir_.Global(1));
  EXPECT_EQ(*m.int_value(), 12);
  EXPECT_EQ(m.evidence, (Spans{{186, 190}, {203, 208}}));
  EXPECT_TRUE(Eval(ir_.Global(7)).is_missing());
  std::vector<Value> locals = {Value::Int(5)};
  EXPECT_EQ(*Eval(ir_.Local(0), &locals).int_value(), 5);
  EXPECT_TRUE(Eval(ir_.Local(1), &locals).is_missing());
  EXPECT_TRUE(Eval(ir_.Local(0)).is_missing());
}

TEST_F(EvaluatorTest, MalformedIrIsMissing) {
  EXPECT_TRUE(Eval(9999).is_missing());
  EXPECT_TRUE(Eval(ir_.Node(Op::kAdd, {})).is_missing());
  // A cycle: node refers to itself.
  uint32_t self = ir_.Node(Op::kNot, {});
  ir_.rs.nodes[self].kids = {self};
  EXPECT_NE(Eval(self).bool_value(), nullptr);
}

}  // namespace
}  // namespace verdict::eval
