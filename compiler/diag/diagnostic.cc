// DiagnosticEngine and the catalogue lookup: formats "%N" arguments into catalogue messages.
#include "compiler/diag/diagnostic.h"

#include <algorithm>
#include <tuple>

namespace verdict::diag {
namespace {

struct KindInfo {
  const char* code;
  Severity severity;
  const char* format;
};

constexpr Severity Error = Severity::kError;
constexpr Severity Warning = Severity::kWarning;

const KindInfo kKinds[] = {
#define DIAG(name, code, severity, format) {code, severity, format},
#include "compiler/diag/diagnostic_kinds.def"
#undef DIAG
};

std::string Format(const char* format, const std::vector<std::string>& args) {
  std::string out;
  for (const char* p = format; *p; ++p) {
    if (p[0] == '%' && p[1] >= '0' && p[1] <= '9') {
      size_t i = static_cast<size_t>(p[1] - '0');
      if (i < args.size()) out += args[i];
      ++p;
    } else {
      out += *p;
    }
  }
  return out;
}

}  // namespace

const char* CodeOf(Kind kind) { return kKinds[static_cast<int>(kind)].code; }

DiagnosticEngine::Builder::Builder(DiagnosticEngine* engine, source::Range range, Kind kind)
    : engine_(engine) {
  diag_.kind = kind;
  diag_.range = range;
}

DiagnosticEngine::Builder::~Builder() {
  const KindInfo& info = kKinds[static_cast<int>(diag_.kind)];
  diag_.code = info.code;
  diag_.severity = info.severity;
  diag_.message = Format(info.format, args_);
  engine_->Add(std::move(diag_));
}

DiagnosticEngine::Builder& DiagnosticEngine::Builder::operator<<(const std::string& arg) {
  args_.push_back(arg);
  return *this;
}

DiagnosticEngine::Builder& DiagnosticEngine::Builder::Note(source::Range range,
                                                           std::string message) {
  diag_.notes.push_back({range, std::move(message)});
  return *this;
}

DiagnosticEngine::Builder& DiagnosticEngine::Builder::Help(std::string help) {
  diag_.help = std::move(help);
  return *this;
}

void DiagnosticEngine::Add(Diagnostic d) {
  if (d.severity == Severity::kError) ++errors_;
  diags_.push_back(std::move(d));
}

std::vector<Diagnostic> DiagnosticEngine::Sorted() const {
  std::vector<Diagnostic> out = diags_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.range.file, a.range.begin, a.severity) <
           std::tie(b.range.file, b.range.begin, b.severity);
  });
  return out;
}

std::string ClosestName(const std::string& name, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_distance = name.size() / 3 + 1;  // suggest only near misses
  for (const std::string& c : candidates) {
    // Levenshtein distance over bytes; names are ASCII identifiers.
    std::vector<size_t> row(c.size() + 1);
    for (size_t j = 0; j <= c.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= name.size(); ++i) {
      size_t diag = row[0];
      row[0] = i;
      for (size_t j = 1; j <= c.size(); ++j) {
        size_t up = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (name[i - 1] == c[j - 1] ? 0 : 1)});
        diag = up;
      }
    }
    if (row[c.size()] < best_distance) {
      best_distance = row[c.size()];
      best = c;
    }
  }
  return best;
}

}  // namespace verdict::diag
