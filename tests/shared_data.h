// Access to ../shared (the seed corpus and schemas) for tests. Where it is absent (a user's
// clone) tests skip with a clear message; with VERDICT_REQUIRE_SHARED=1 (CI) they fail instead.
#ifndef VERDICT_TESTS_SHARED_DATA_H_
#define VERDICT_TESTS_SHARED_DATA_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace verdict::testing {

inline std::filesystem::path SharedDir() { return std::filesystem::path("..") / "shared"; }

inline bool SharedRequired() {
  const char* v = std::getenv("VERDICT_REQUIRE_SHARED");
  return v != nullptr && std::string(v) == "1";
}

inline std::string ReadAll(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace verdict::testing

// Skips the test when `path` (under ../shared) is missing, or fails it when CI requires it.
#define VERDICT_REQUIRE_SHARED_PATH(path)                                                    \
  do {                                                                                       \
    if (!std::filesystem::exists(path)) {                                                    \
      if (::verdict::testing::SharedRequired()) {                                            \
        FAIL() << (path) << " is missing and VERDICT_REQUIRE_SHARED=1";                      \
      }                                                                                      \
      GTEST_SKIP() << (path) << " not found: the shared seed corpus is not beside this "     \
                   << "clone (CI provides it); skipping";                                    \
    }                                                                                        \
  } while (0)

#endif  // VERDICT_TESTS_SHARED_DATA_H_
