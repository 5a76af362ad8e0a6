// Golden diagnostics: each tests/golden/diagnostics/NAME.rules is compiled and its rendered
// diagnostics must equal NAME.expected. Each case is its own named test. To regenerate after a
// deliberate change, run with VERDICT_UPDATE_GOLDEN=1 and review the diff before committing.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "compiler/compiler.h"
#include "compiler/diag/render.h"
#include "tests/shared_data.h"

namespace verdict {
namespace {

namespace fs = std::filesystem;

const fs::path kDir = fs::path(VERDICT_SOURCE_DIR) / "tests" / "golden" / "diagnostics";

std::string Render(const fs::path& rules) {
  // Compile under a short relative name so the golden files do not depend on the checkout path.
  std::string name = "golden/" + rules.filename().string();
  compiler::FileLoader loader = [&](const std::string& path) -> Result<std::string, std::string> {
    fs::path real = kDir / fs::path(path).lexically_relative("golden");
    if (!fs::exists(real)) return Err(std::string("no such file or not readable"));
    return testing::ReadAll(real);
  };
  compiler::CompileResult r = compiler::Compile(name, loader);
  std::string out;
  for (const diag::Diagnostic& d : r.diagnostics) out += diag::RenderText(d, *r.sources);
  return out;
}

class GoldenCase : public ::testing::Test {
 public:
  explicit GoldenCase(fs::path rules) : rules_(std::move(rules)) {}
  void TestBody() override {
    fs::path expected = fs::path(rules_).replace_extension(".expected");
    std::string got = Render(rules_);
    const char* update = std::getenv("VERDICT_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
      std::ofstream(expected, std::ios::binary) << got;
      return;
    }
    ASSERT_TRUE(fs::exists(expected)) << expected << " is missing";
    EXPECT_EQ(got, testing::ReadAll(expected)) << rules_;
  }

 private:
  fs::path rules_;
};

// Registered before main() runs, one test per .rules file, named after it.
const bool kRegistered = [] {
  if (!fs::is_directory(kDir)) return false;
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(kDir)) {
    if (e.path().extension() == ".rules") cases.push_back(e.path());
  }
  std::sort(cases.begin(), cases.end());
  for (const fs::path& p : cases) {
    ::testing::RegisterTest("GoldenDiagnostics", p.stem().string().c_str(), nullptr, nullptr,
                            __FILE__, __LINE__, [p]() -> ::testing::Test* { return new GoldenCase(p); });
  }
  return true;
}();

TEST(GoldenDiagnosticsDir, HasCases) {
  EXPECT_TRUE(kRegistered) << kDir << " not found";
}

}  // namespace
}  // namespace verdict
