// Diagnostics: values with a code, a primary source range, labelled notes and an optional help line.
// Stages report into a DiagnosticEngine; renderers (diag/render.h) turn them into text or JSON.
#ifndef VERDICT_COMPILER_DIAG_DIAGNOSTIC_H_
#define VERDICT_COMPILER_DIAG_DIAGNOSTIC_H_

#include <string>
#include <vector>

#include "compiler/source/source_manager.h"

namespace verdict::diag {

enum class Kind {
#define DIAG(name, code, severity, format) k##name,
#include "compiler/diag/diagnostic_kinds.def"
#undef DIAG
};

enum class Severity { kError, kWarning };

struct Label {
  source::Range range;
  std::string message;
};

struct Diagnostic {
  Kind kind;
  Severity severity;
  std::string code;     // stable, e.g. "E0101"
  std::string message;  // lowercase, no final period
  source::Range range;
  std::vector<Label> notes;  // secondary locations ("previously defined here")
  std::string help;          // optional suggestion
};

/// Collects diagnostics from every stage; a later stage runs only when no error was reported.
class DiagnosticEngine {
 public:
  /// Fills in a diagnostic's arguments, notes and help; it is recorded when the builder dies.
  class Builder {
   public:
    Builder(DiagnosticEngine* engine, source::Range range, Kind kind);
    Builder(Builder&&) = delete;
    ~Builder();
    Builder& operator<<(const std::string& arg);
    Builder& Note(source::Range range, std::string message);
    Builder& Help(std::string help);

   private:
    DiagnosticEngine* engine_;
    Diagnostic diag_;
    std::vector<std::string> args_;
  };

  Builder Report(source::Range range, Kind kind) { return Builder(this, range, kind); }
  bool HasErrors() const { return errors_ > 0; }
  size_t ErrorCount() const { return errors_; }
  /// Sorted by file, position, then severity (errors first).
  std::vector<Diagnostic> Sorted() const;

 private:
  void Add(Diagnostic d);
  std::vector<Diagnostic> diags_;
  size_t errors_ = 0;
};

/// The code and format string of a kind, from diagnostic_kinds.def.
const char* CodeOf(Kind kind);

/// The closest candidate by edit distance, or "" when none is close enough to suggest.
std::string ClosestName(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace verdict::diag

#endif  // VERDICT_COMPILER_DIAG_DIAGNOSTIC_H_
