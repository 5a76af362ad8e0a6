// Runs the whole runtime pipeline for one document and assembles its DocumentResult:
// decoding errors and size limits become error records; otherwise rules are evaluated once
// over precomputed pattern matches and their evidence is mapped back to the original file.
#include "runtime/check/checker.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <utility>

#include "runtime/check/source_map.h"
#include "runtime/document/document.h"
#include "runtime/eval/program.h"
#include "runtime/scan/pattern_matches.h"
#include "runtime/text/decode.h"
#include "runtime/text/normalize.h"

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

}  // namespace

Result<Checker, scan::ScanError> Checker::Create(const ruleset::Ruleset& rules) {
  auto database = scan::MatcherDatabase::Build(rules.atoms);
  if (!database.ok()) return Err{database.error()};
  return Checker(rules, std::move(database).value());
}

DocumentResult Checker::Check(std::string path, std::string_view bytes,
                              scan::Scratch& scratch) const {
  if (bytes.size() > max_bytes_) return TooLarge(std::move(path), bytes.size(), max_bytes_);
  auto decoded = text::Decode(bytes);
  if (!decoded.ok()) {
    return ErrorResult(std::move(path), decoded.error().code, decoded.error().message);
  }
  // Offsets past the decoder are 32-bit; a limit raised far enough could exceed them.
  if (decoded->utf8.size() >= UINT32_MAX) {
    return TooLarge(std::move(path), bytes.size(), max_bytes_);
  }
  const text::NormalizedText normalized = text::Normalize(decoded->utf8);
  if (normalized.text.size() >= UINT32_MAX) {
    return TooLarge(std::move(path), bytes.size(), max_bytes_);
  }

  const doc::Document document = doc::BuildDocument(normalized.text);
  std::vector<scan::RawMatch> raw;
  database_.Scan(normalized.text, scratch, &raw);
  const scan::PatternMatches matches =
      scan::PatternMatches::Reduce(rules_.patterns, database_.atom_count(), raw);
  raw = {};  // can be large; the reduced lists are all that is needed from here on
  const eval::Evaluation evaluation =
      eval::EvaluateDocument(rules_, document, normalized.text, matches);

  const SourceMap map(*decoded, normalized, document);
  DocumentResult result;
  result.path = std::move(path);
  result.encoding = decoded->encoding;
  result.title = map.OriginalText(document.title);
  if (document.meta.published) result.published = document.meta.published->Iso();
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
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return ErrorResult(path, "io-error", "cannot read " + path + ": is a directory");
  }
  const uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return ErrorResult(path, "io-error", "cannot read " + path + ": " + ec.message());
  if (size > max_bytes_) return TooLarge(path, size, max_bytes_);

  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return ErrorResult(path, "io-error", "cannot open " + path + ": " + std::strerror(errno));
  }
  // Read in chunks rather than trusting the measured size: the file may change meanwhile, and
  // the limit must hold for what is actually checked.
  std::string bytes;
  bytes.reserve(static_cast<size_t>(size));
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    bytes.append(chunk, static_cast<size_t>(in.gcount()));
    if (bytes.size() > max_bytes_) return TooLarge(path, bytes.size(), max_bytes_);
  }
  if (in.bad()) return ErrorResult(path, "io-error", "cannot read " + path);
  return Check(path, bytes, scratch);
}

}  // namespace verdict::check
