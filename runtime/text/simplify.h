// Traditional -> simplified Chinese with OpenCC's t2s tables (Debian's opencc data), keeping a
// map back to the input so evidence can still quote the original traditional characters.
#ifndef VERDICT_RUNTIME_TEXT_SIMPLIFY_H_
#define VERDICT_RUNTIME_TEXT_SIMPLIFY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verdict::text {

struct Simplified {
  std::string text;
  /// Size text.size()+1: the input byte offset of the character that produced each output byte.
  std::vector<uint32_t> source;
};

/// Converts `utf8` (valid UTF-8) line by line. Returns nullopt when no character in it is one
/// t2s changes, which is the common case for mainland reports and costs a single pass.
std::optional<Simplified> Simplify(std::string_view utf8);

/// The same conversion without the map, for rule-file literals.
std::string SimplifyString(std::string_view utf8);

/// False when OpenCC's t2s configuration could not be loaded; text then passes unchanged.
bool SimplifierAvailable();

}  // namespace verdict::text

#endif  // VERDICT_RUNTIME_TEXT_SIMPLIFY_H_
