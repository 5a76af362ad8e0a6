// JSON rendering of check results; keys follow docs/json-output.md and are a stable contract.
#include "cli/json_output.h"

#include "cli/version.h"
#include "runtime/ruleset/explain.h"

namespace verdict::cli {
namespace {

nlohmann::json EvidenceJson(const check::Evidence& e) {
  nlohmann::json j = {{"line", e.line},     {"column", e.column}, {"end_line", e.end_line},
                      {"end_column", e.end_column}, {"offset", e.offset},
                      {"length", e.length}, {"text", e.text},     {"section", e.section}};
  if (e.expected) j["expected_here"] = true;
  if (e.page != 0) j["page"] = e.page;
  if (e.paragraph != 0) j["paragraph"] = e.paragraph;
  if (e.run != 0) j["run"] = e.run;
  return j;
}

nlohmann::json Optional(const std::optional<std::string>& s) {
  return s ? nlohmann::json(*s) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json DocumentJson(const check::DocumentResult& doc) {
  nlohmann::json results = nlohmann::json::array();
  for (const check::RuleResult& r : doc.results) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const check::Evidence& e : r.evidence) evidence.push_back(EvidenceJson(e));
    results.push_back({{"rule", r.rule},
                       {"name", r.name},
                       {"severity", ruleset::SeverityName(r.severity)},
                       {"outcome", ruleset::OutcomeName(r.outcome)},
                       {"message", r.message},
                       {"basis", r.basis},
                       {"evidence", evidence}});
  }
  nlohmann::json facts = nlohmann::json::object();
  for (const auto& [name, value] : doc.facts) facts[name] = check::FactJson(value);
  nlohmann::json error = nullptr;
  if (doc.error) error = {{"code", doc.error->code}, {"message", doc.error->message}};
  return {{"path", doc.path},
          {"format", doc.format.empty() ? nlohmann::json(nullptr) : nlohmann::json(doc.format)},
          {"encoding", doc.encoding.empty() ? nlohmann::json(nullptr) : nlohmann::json(doc.encoding)},
          {"meta",
           {{"title", doc.title.empty() ? nlohmann::json(nullptr) : nlohmann::json(doc.title)},
            {"published", Optional(doc.published)},
            {"published_kind", doc.published_kind.empty() ? nlohmann::json(nullptr)
                                                          : nlohmann::json(doc.published_kind)},
            {"source", Optional(doc.source)}}},
          {"facts", facts},
          {"verdict", check::VerdictName(doc.verdict)},
          {"error", error},
          {"results", results}};
}

namespace {

// Pretty-printed like nlohmann's dump(2), nested `depth` levels deep; file names that are not
// UTF-8 are written with U+FFFD rather than aborting the run.
std::string Indented(const nlohmann::json& j, int depth) {
  std::string text = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
  std::string pad(static_cast<size_t>(depth) * 2, ' ');
  std::string out = pad;
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  return out;
}

}  // namespace

JsonReportWriter::JsonReportWriter(std::ostream& out, const ruleset::Ruleset& rs) : out_(out) {
  nlohmann::json tool = {{"name", "verdict"}, {"version", kVersion}};
  nlohmann::json ruleset = {{"id", rs.id}, {"name", rs.name}, {"version", rs.version}};
  out_ << "{\n  \"tool\": " << tool.dump() << ",\n  \"ruleset\": "
       << ruleset.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
       << ",\n  \"documents\": [";
}

void JsonReportWriter::Add(const check::DocumentResult& doc) {
  out_ << (first_ ? "\n" : ",\n") << Indented(DocumentJson(doc), 2);
  first_ = false;
}

void JsonReportWriter::Finish(const VerdictCounts& counts) {
  nlohmann::json summary = {{"documents", counts.total},
                            {"compliant", counts.of(check::Verdict::kCompliant)},
                            {"warnings", counts.of(check::Verdict::kWarnings)},
                            {"non-compliant", counts.of(check::Verdict::kNonCompliant)},
                            {"error", counts.of(check::Verdict::kError)}};
  out_ << (first_ ? "]" : "\n  ]") << ",\n  \"summary\": " << summary.dump() << "\n}\n";
}

}  // namespace verdict::cli
