// The flagship rule pack, compiled once per test process, for tests that check documents with it.
#ifndef VERDICT_TESTS_PACK_H_
#define VERDICT_TESTS_PACK_H_

#include <gtest/gtest.h>

#include <stdexcept>

#include "compiler/compiler.h"
#include "compiler/diag/render.h"
#include "runtime/check/checker.h"

namespace verdict::testing {

inline const check::Checker& Pack() {
  static const check::Checker* checker = [] {
    compiler::CompileResult r = compiler::Compile("rules/fazhi_annual_report.rules");
    for (const auto& d : r.diagnostics) ADD_FAILURE() << diag::RenderText(d, *r.sources);
    if (!r.ok()) throw std::runtime_error("the rule pack does not compile");
    auto c = check::Checker::Create(*r.ruleset);
    if (!c.ok()) throw std::runtime_error(c.error().message);
    return new check::Checker(std::move(c).value());
  }();
  return *checker;
}

/// Checks `bytes` as `path` with the pack.
inline check::DocumentResult CheckWithPack(const std::string& path, const std::string& bytes) {
  auto scratch = Pack().NewScratch();
  EXPECT_TRUE(scratch.ok());
  return Pack().Check(path, bytes, *scratch);
}

inline check::DocumentResult CheckFileWithPack(const std::string& path) {
  auto scratch = Pack().NewScratch();
  EXPECT_TRUE(scratch.ok());
  return Pack().CheckFile(path, *scratch);
}

}  // namespace verdict::testing

#endif  // VERDICT_TESTS_PACK_H_
