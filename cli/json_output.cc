// JSON rendering of check results; keys follow docs/json-output.md and are a stable contract.
#include "cli/json_output.h"

#include <algorithm>
#include <variant>

#include "cli/json_writer.h"
#include "cli/version.h"
#include "runtime/ruleset/explain.h"

namespace verdict::cli {
namespace {

// Keys are written in alphabetical order (docs/json-output.md, "Ordering").
void WriteEvidence(JsonWriter& w, const check::Evidence& e) {
  w.BeginObject();
  w.Key("column").Int(e.column);
  w.Key("end_column").Int(e.end_column);
  w.Key("end_line").Int(e.end_line);
  if (e.expected) w.Key("expected_here").Bool(true);
  w.Key("length").Int(static_cast<int64_t>(e.length));
  w.Key("line").Int(e.line);
  w.Key("offset").Int(static_cast<int64_t>(e.offset));
  if (e.page != 0) w.Key("page").Int(e.page);
  if (e.paragraph != 0) w.Key("paragraph").Int(e.paragraph);
  if (e.run != 0) w.Key("run").Int(e.run);
  w.Key("section");
  w.BeginArray();
  for (const std::string& heading : e.section) w.String(heading);
  w.EndArray();
  w.Key("text").String(e.text);
  w.EndObject();
}

void WriteResult(JsonWriter& w, const check::RuleResult& r) {
  w.BeginObject();
  w.Key("basis").String(r.basis);
  w.Key("evidence");
  w.BeginArray();
  for (const check::Evidence& e : r.evidence) WriteEvidence(w, e);
  w.EndArray();
  w.Key("message").String(r.message);
  w.Key("name").String(r.name);
  w.Key("outcome").String(ruleset::OutcomeName(r.outcome));
  w.Key("rule").String(r.rule);
  w.Key("severity").String(ruleset::SeverityName(r.severity));
  w.EndObject();
}

void WriteFact(JsonWriter& w, const check::FactValue& value) {
  struct Visitor {
    JsonWriter& w;
    void operator()(std::monostate) const { w.Null(); }
    void operator()(bool b) const { w.Bool(b); }
    void operator()(int64_t i) const { w.Int(i); }
    void operator()(const std::string& s) const { w.String(s); }
  };
  std::visit(Visitor{w}, value);
}

void WriteOptional(JsonWriter& w, const std::optional<std::string>& s) {
  s ? w.String(*s) : w.Null();
}

}  // namespace

void AppendDocumentJson(std::string& out, const check::DocumentResult& doc, int depth) {
  JsonWriter w(out, depth);
  w.BeginObject();
  w.Key("encoding").NullableString(doc.encoding);
  w.Key("error");
  if (doc.error) {
    w.BeginObject();
    w.Key("code").String(doc.error->code);
    w.Key("message").String(doc.error->message);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Key("facts");
  w.BeginObject();
  std::vector<const std::pair<std::string, check::FactValue>*> facts;
  for (const auto& fact : doc.facts) facts.push_back(&fact);
  std::stable_sort(facts.begin(), facts.end(),
                   [](const auto* a, const auto* b) { return a->first < b->first; });
  for (const auto* fact : facts) {
    w.Key(fact->first);
    WriteFact(w, fact->second);
  }
  w.EndObject();
  w.Key("format").NullableString(doc.format);
  w.Key("meta");
  w.BeginObject();
  WriteOptional(w.Key("published"), doc.published);
  w.Key("published_kind").NullableString(doc.published_kind);
  WriteOptional(w.Key("source"), doc.source);
  w.Key("title").NullableString(doc.title);
  w.EndObject();
  w.Key("path").String(doc.path);
  w.Key("results");
  w.BeginArray();
  for (const check::RuleResult& r : doc.results) WriteResult(w, r);
  w.EndArray();
  w.Key("verdict").String(check::VerdictName(doc.verdict));
  w.EndObject();
}

JsonReportWriter::JsonReportWriter(std::ostream& out, const ruleset::Ruleset& rs) : out_(out) {
  nlohmann::json tool = {{"name", "verdict"}, {"version", kVersion}};
  nlohmann::json ruleset = {{"id", rs.id}, {"name", rs.name}, {"version", rs.version}};
  out_ << "{\n  \"tool\": " << tool.dump() << ",\n  \"ruleset\": "
       << ruleset.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
       << ",\n  \"documents\": [";
}

void JsonReportWriter::Add(const check::DocumentResult& doc) {
  buffer_.assign(first_ ? "\n    " : ",\n    ");
  AppendDocumentJson(buffer_, doc, 2);
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
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
