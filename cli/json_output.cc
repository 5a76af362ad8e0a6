// JSON rendering of check results; keys follow docs/json-output.md and are a stable contract.
#include "cli/json_output.h"

#include "cli/version.h"
#include "runtime/ruleset/explain.h"

namespace verdict::cli {
namespace {

nlohmann::json EvidenceJson(const check::Evidence& e) {
  nlohmann::json j = {{"line", e.line},     {"column", e.column}, {"offset", e.offset},
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

nlohmann::json ReportJson(const ruleset::Ruleset& rs,
                          const std::vector<check::DocumentResult>& docs) {
  nlohmann::json documents = nlohmann::json::array();
  int counts[4] = {0, 0, 0, 0};
  for (const check::DocumentResult& d : docs) {
    documents.push_back(DocumentJson(d));
    ++counts[static_cast<int>(d.verdict)];
  }
  return {{"tool", {{"name", "verdict"}, {"version", kVersion}}},
          {"ruleset", {{"id", rs.id}, {"name", rs.name}, {"version", rs.version}}},
          {"documents", documents},
          {"summary",
           {{"documents", docs.size()},
            {"compliant", counts[static_cast<int>(check::Verdict::kCompliant)]},
            {"warnings", counts[static_cast<int>(check::Verdict::kWarnings)]},
            {"non-compliant", counts[static_cast<int>(check::Verdict::kNonCompliant)]},
            {"error", counts[static_cast<int>(check::Verdict::kError)]}}}};
}

}  // namespace verdict::cli
