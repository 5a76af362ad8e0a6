// The tool version, from the project version in the top-level CMakeLists.txt.
#ifndef VERDICT_CLI_VERSION_H_
#define VERDICT_CLI_VERSION_H_

namespace verdict::cli {
inline constexpr const char* kVersion = VERDICT_VERSION;
}  // namespace verdict::cli

#endif  // VERDICT_CLI_VERSION_H_
