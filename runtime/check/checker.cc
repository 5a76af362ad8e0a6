// Runs the whole runtime pipeline for one document and assembles its DocumentResult:
// decoding errors and size limits become error records; otherwise rules are evaluated once
// over precomputed pattern matches and their evidence is mapped back to the original file.
#include "runtime/check/checker.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

#include "runtime/check/source_map.h"
#include "runtime/document/document.h"
#include "runtime/eval/program.h"
#include "runtime/read/reader.h"
#include "runtime/scan/database_cache.h"
#include "runtime/scan/pattern_matches.h"
#include "runtime/text/normalize.h"
#include "runtime/text/simplify.h"

namespace verdict::check {
namespace {

DocumentResult TooLarge(std::string path, uint64_t size, uint64_t limit) {
  return ErrorResult(
      std::move(path), "too-large",
      "input is " + std::to_string(size) + " bytes, over the limit of " + std::to_string(limit));
}

FactValue ToFact(const eval::Value& value) {
  if (const bool* b = value.bool_value()) return *b;
  if (const int64_t* i = value.int_value()) return *i;
  if (const doc::Date* d = value.date_value()) return d->Iso();
  if (const std::string* s = value.string_value()) return *s;
  if (value.scope_value() != nullptr) return eval::Truthy(value);
  return std::monostate{};
}

// The reader's structural hints, moved from extracted-text offsets to normalized offsets.
doc::Hints HintsFor(const read::Extracted& extracted, const text::Simplified* simplified,
                    const text::NormalizedText& normalized) {
  doc::Hints hints;
  for (const read::BlockHint& b : extracted.blocks) {
    const doc::Span line{ToNormalized(simplified, normalized, b.begin),
                         ToNormalized(simplified, normalized, b.end)};
    if (b.kind == read::BlockHint::Kind::kTitle && hints.title.empty()) {
      hints.title = line;
    } else if (b.kind == read::BlockHint::Kind::kHeading) {
      hints.headings.push_back({line, b.level});
    }
  }
  std::sort(hints.headings.begin(), hints.headings.end(),
            [](const auto& a, const auto& b) { return a.line.begin < b.line.begin; });
  for (const read::MetaHint& m : extracted.meta) {
    if (m.key == "published" || m.key == "written" || m.key == "updated" || m.key == "source") {
      hints.meta.emplace_back(m.key, m.value);
    }
  }
  return hints;
}

// The title from markup metadata, for a document whose text has none.
std::string MetaTitle(const read::Extracted& extracted) {
  for (const read::MetaHint& m : extracted.meta) {
    if (m.key == "title") return m.value;
  }
  return {};
}

}  // namespace

Result<Checker, scan::ScanError> Checker::Create(
    const ruleset::Ruleset& rules, const std::optional<std::filesystem::path>& cache_dir) {
  auto database = scan::BuildCached(rules.atoms, cache_dir);
  if (!database.ok()) return Err{database.error()};
  return Checker(rules, std::move(database).value());
}

DocumentResult Checker::Check(std::string path, std::string_view bytes,
                              scan::Scratch& scratch) const {
  if (bytes.size() > max_bytes_) return TooLarge(std::move(path), bytes.size(), max_bytes_);
  auto extracted = read::Read(bytes, path, format_, read_options_);
  if (!extracted.ok()) {
    return ErrorResult(std::move(path), extracted.error().code, extracted.error().message);
  }
  const std::string_view analysed = extracted->Text();
  // Every reader's blank result is the same error, whatever the format (a .docx of empty
  // paragraphs, say): there is nothing to check, which must not read as a failed report.
  if (analysed.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    return ErrorResult(std::move(path), "empty-document", "document contains no text");
  }
  // Offsets past the reader are 32-bit; a limit raised far enough could exceed them.
  if (analysed.size() >= UINT32_MAX / 2) return TooLarge(std::move(path), bytes.size(), max_bytes_);
  // Traditional script is read as simplified (rules are written in simplified Chinese).
  const std::optional<text::Simplified> simplified = text::Simplify(analysed);
  const text::NormalizedText normalized =
      text::Normalize(simplified ? std::string_view(simplified->text) : analysed);
  if (normalized.text.size() >= UINT32_MAX) {
    return TooLarge(std::move(path), bytes.size(), max_bytes_);
  }

  const text::Simplified* t2s = simplified ? &*simplified : nullptr;
  const doc::Document document =
      doc::BuildDocument(normalized.text, HintsFor(*extracted, t2s, normalized));
  std::vector<scan::RawMatch> raw;
  database_.Scan(normalized.text, scratch, &raw);
  const scan::PatternMatches matches =
      scan::PatternMatches::Reduce(rules_.patterns, database_.atom_count(), raw);
  raw = {};  // can be large; the reduced lists are all that is needed from here on
  const eval::Evaluation evaluation =
      eval::EvaluateDocument(rules_, document, normalized.text, matches);

  const SourceMap map(*extracted, t2s, normalized, document);
  DocumentResult result;
  result.path = std::move(path);
  result.format = read::FormatName(extracted->format);
  result.encoding = extracted->original.encoding;
  result.title = map.OriginalText(document.title);
  if (result.title.empty()) result.title = MetaTitle(*extracted);
  if (document.meta.published) {
    result.published = document.meta.published->Iso();
    result.published_kind = document.meta.published_kind;
  }
  if (!document.meta.source_span.empty()) {
    result.source = map.OriginalText(document.meta.source_span);
  } else if (!document.meta.source.empty()) {
    result.source = document.meta.source;
  }
  for (size_t g = 0; g < rules_.globals.size(); ++g) {
    if (rules_.globals[g].exported) {
      result.facts.emplace_back(rules_.globals[g].name, ToFact(evaluation.globals[g]));
    }
  }
  result.results.reserve(rules_.rules.size());
  for (size_t r = 0; r < rules_.rules.size(); ++r) {
    const ruleset::Rule& rule = rules_.rules[r];
    const eval::RuleOutcome& outcome = evaluation.outcomes[r];
    RuleResult& out = result.results.emplace_back();
    out.rule = rule.id;
    out.name = rule.name;
    out.severity = rule.severity;
    out.outcome = outcome.outcome;
    out.message = outcome.message;
    out.basis = rule.basis.empty() ? rules_.basis : rule.basis;
    for (const doc::Span& span : outcome.evidence) out.evidence.push_back(map.Locate(span));
    if (outcome.expected_at) out.evidence.push_back(map.LocateExpected(*outcome.expected_at));
  }
  result.verdict = ComputeVerdict(result.error, result.results);
  return result;
}

DocumentResult Checker::CheckFile(const std::string& path, scan::Scratch& scratch) const {
  // POSIX calls rather than iostreams: one open, one fstat and reads straight into the buffer
  // (this runs once per document of a batch).
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return ErrorResult(path, "io-error", "cannot open " + path + ": " + std::strerror(errno));
  }
  struct FdCloser {
    int fd;
    ~FdCloser() { ::close(fd); }
  } closer{fd};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    return ErrorResult(path, "io-error", "cannot read " + path + ": " + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) {
    return ErrorResult(path, "io-error", "cannot read " + path + ": is a directory");
  }
  const auto size = static_cast<uint64_t>(st.st_size);
  if (size > max_bytes_) return TooLarge(path, size, max_bytes_);

  // Read to the end rather than trusting the measured size: the file may change meanwhile, and
  // the limit must hold for what is actually checked.
  std::string bytes(static_cast<size_t>(size) + 1, '\0');
  size_t used = 0;
  for (;;) {
    if (used == bytes.size()) {
      if (bytes.size() > max_bytes_) return TooLarge(path, bytes.size(), max_bytes_);
      bytes.resize(bytes.size() * 2);
    }
    const ssize_t got = ::read(fd, bytes.data() + used, bytes.size() - used);
    if (got < 0) {
      if (errno == EINTR) continue;
      return ErrorResult(path, "io-error", "cannot read " + path + ": " + std::strerror(errno));
    }
    if (got == 0) break;
    used += static_cast<size_t>(got);
  }
  if (used > max_bytes_) return TooLarge(path, used, max_bytes_);
  bytes.resize(used);
  return Check(path, bytes, scratch);
}

}  // namespace verdict::check
