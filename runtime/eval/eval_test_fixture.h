// Test-only: a small hand-built report (normalized text, document model, pattern matches) and
// a helper to assemble rule-set IR by hand, shared by the evaluator and program tests.
#ifndef VERDICT_RUNTIME_EVAL_EVAL_TEST_FIXTURE_H_
#define VERDICT_RUNTIME_EVAL_EVAL_TEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/document/document.h"
#include "runtime/eval/evaluator.h"
#include "runtime/ruleset/ruleset.h"
#include "runtime/scan/pattern_matches.h"

namespace verdict::eval::testing {

using ruleset::Op;

// Appends nodes to a Ruleset and returns their indices, so tests read like expressions.
struct IrBuilder {
  ruleset::Ruleset rs;

  uint32_t Node(Op op, std::vector<uint32_t> kids = {}, int64_t ival = 0, uint32_t pattern = 0,
                uint32_t pattern2 = 0, std::string sval = {}) {
    rs.nodes.push_back(
        ruleset::Node{op, ival, pattern, pattern2, std::move(sval), std::move(kids)});
    return static_cast<uint32_t>(rs.nodes.size() - 1);
  }
  uint32_t Int(int64_t v) { return Node(Op::kInt, {}, v); }
  uint32_t Bool(bool v) { return Node(Op::kBool, {}, v ? 1 : 0); }
  uint32_t Str(std::string s) { return Node(Op::kString, {}, 0, 0, 0, std::move(s)); }
  uint32_t Leaf(Op op) { return Node(op); }
  uint32_t Call(Op op, std::vector<uint32_t> kids) { return Node(op, std::move(kids)); }
  uint32_t Bin(Op op, uint32_t a, uint32_t b) { return Node(op, {a, b}); }
  uint32_t Match(uint32_t pattern, uint32_t scope) { return Node(Op::kMatch, {scope}, 0, pattern); }
  uint32_t Count(uint32_t pattern, uint32_t scope) { return Node(Op::kCount, {scope}, 0, pattern); }
  uint32_t Text(uint32_t pattern, uint32_t scope) { return Node(Op::kText, {scope}, 0, pattern); }
  uint32_t Near(uint32_t p, uint32_t p2, int64_t gap, uint32_t scope) {
    return Node(Op::kNear, {scope}, gap, p, p2);
  }
  uint32_t Section(uint32_t predicate) { return Node(Op::kSection, {predicate}); }
  uint32_t Global(uint32_t slot) { return Node(Op::kGlobal, {}, slot); }
  uint32_t Local(uint32_t slot) { return Node(Op::kLocal, {}, slot); }
};

// Pattern indices of the fixture's match lists.
enum Pat : uint32_t {
  kYiFaXingZheng,  // 依法行政
  kZhiFa,          // 执法
  kJian,           // \d+件
  kGuiZhang,       // 规章
  kAbsent,         // 不存在 (no matches)
  kGongShi,        // 公示
  k2023,           // 2023
  kWenTi,          // 问题
  kJuHao,          // 。
  kJuCuo,          // 举措
  kZhiDu,          // 制度
  kPatternCount
};

class ReportFixture : public ::testing::Test {
 protected:
  // Lines of the normalized report; see SetUp() for the model built over them.
  static constexpr const char* kLines[] = {
      "2023年度法治政府建设工作报告",         // 0 title
      "发布日期:2024-03-01 来源:某市司法局",  // 1 metadata (dropped)
      "一、主要举措",                         // 2 heading 0, level 1
      "坚持依法行政。推进行政执法公示。",     // 3 paragraph 0: sentences 0, 1
      "(一)完善制度",                         // 4 heading 1, level 2, inside heading 0
      "制定规章3件,清理文件12件。",           // 5 paragraph 1: sentence 2
      "二、存在问题",                         // 6 heading 2, level 1
      "执法不够规范。",                       // 7 paragraph 2: sentence 3
  };

  void SetUp() override {
    for (const char* line : kLines) {
      if (!text_.empty()) text_ += '\n';
      lines_.push_back(doc::Span{static_cast<uint32_t>(text_.size()), 0});
      text_ += line;
      lines_.back().end = static_cast<uint32_t>(text_.size());
    }
    doc_.title = lines_[0];
    doc_.meta.published = doc::Date{2024, 3, 1};
    doc_.meta.published_span = Find("2024-03-01");
    doc_.meta.source = "某市司法局";
    doc_.meta.source_span = Find("某市司法局");
    doc_.body = doc::Span{lines_[2].begin, lines_[7].end};
    doc_.headings = {
        {lines_[2], 1, "一、", -1, doc::Span{lines_[2].begin, lines_[5].end}},
        {lines_[4], 2, "(一)", 0, doc::Span{lines_[4].begin, lines_[5].end}},
        {lines_[6], 1, "二、", -1, doc::Span{lines_[6].begin, lines_[7].end}},
    };
    doc_.paragraphs = {lines_[3], lines_[5], lines_[7]};
    doc_.sentences = {Find("坚持依法行政。"), Find("推进行政执法公示。"), lines_[5], lines_[7]};
    doc_.dropped = {lines_[1]};

    std::vector<std::vector<scan::Match>> lists(kPatternCount);
    lists[kYiFaXingZheng] = All("依法行政");
    lists[kZhiFa] = All("执法");
    lists[kJian] = {AsMatch(Find("3件")), AsMatch(Find("12件"))};
    lists[kGuiZhang] = All("规章");
    lists[kGongShi] = All("公示");
    lists[k2023] = All("2023");
    lists[kWenTi] = All("问题");
    lists[kJuHao] = All("。");
    lists[kJuCuo] = All("举措");
    lists[kZhiDu] = All("制度");
    matches_ = scan::PatternMatches(std::move(lists));
  }

  // The first occurrence of `needle` at or after byte `from`.
  doc::Span Find(std::string_view needle, size_t from = 0) const {
    size_t at = text_.find(needle, from);
    EXPECT_NE(at, std::string::npos) << needle;
    return doc::Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
  }
  static scan::Match AsMatch(doc::Span s) { return scan::Match{s.begin, s.end}; }
  std::vector<scan::Match> All(std::string_view needle) const {
    std::vector<scan::Match> all;
    for (size_t at = text_.find(needle); at != std::string::npos;
         at = text_.find(needle, at + needle.size())) {
      all.push_back(
          scan::Match{static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())});
    }
    return all;
  }

  Value Eval(uint32_t node, const std::vector<Value>* locals = nullptr) {
    Evaluator evaluator(ir_.rs, doc_, text_, matches_);
    evaluator.EvaluateGlobals();
    return evaluator.Evaluate(node, locals);
  }

  std::string text_;
  std::vector<doc::Span> lines_;
  doc::Document doc_;
  scan::PatternMatches matches_;
  IrBuilder ir_;
};

}  // namespace verdict::eval::testing

#endif  // VERDICT_RUNTIME_EVAL_EVAL_TEST_FIXTURE_H_
