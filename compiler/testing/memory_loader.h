// Test helper: a FileLoader over an in-memory map, and a one-call compile-to-text for goldens.
#ifndef VERDICT_COMPILER_TESTING_MEMORY_LOADER_H_
#define VERDICT_COMPILER_TESTING_MEMORY_LOADER_H_

#include <map>
#include <string>

#include "compiler/compiler.h"
#include "compiler/diag/render.h"

namespace verdict::testing {

inline compiler::FileLoader MemoryLoader(std::map<std::string, std::string> files) {
  return [files = std::move(files)](const std::string& path) -> Result<std::string, std::string> {
    auto it = files.find(path);
    if (it == files.end()) return Err(std::string("no such file or not readable"));
    return it->second;
  };
}

/// Compiles `text` as "test.rules" and returns every diagnostic rendered as text.
inline std::string Diagnostics(const std::string& text,
                               std::map<std::string, std::string> more = {}) {
  more["test.rules"] = text;
  compiler::CompileResult r = compiler::Compile("test.rules", MemoryLoader(std::move(more)));
  std::string out;
  for (const diag::Diagnostic& d : r.diagnostics) out += diag::RenderText(d, *r.sources);
  return out;
}

}  // namespace verdict::testing

#endif  // VERDICT_COMPILER_TESTING_MEMORY_LOADER_H_
