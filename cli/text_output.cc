// Text rendering of check results. Failures and warnings show the message and a snippet of the
// original line with carets under the evidence (aligned by display width for CJK text).
#include "cli/text_output.h"

#include <unicode/utf8.h>

#include "runtime/ruleset/explain.h"
#include "runtime/text/display_width.h"

namespace verdict::cli {
namespace {

const char* kReset = "\033[0m";

std::string Paint(const TextOptions& opt, const char* code, const std::string& s) {
  return opt.color ? std::string(code) + s + kReset : s;
}

const char* OutcomeColor(ruleset::Outcome o) {
  switch (o) {
    case ruleset::Outcome::kPass: return "\033[32m";
    case ruleset::Outcome::kWarn: return "\033[33m";
    case ruleset::Outcome::kFail: return "\033[1;31m";
    default: return "\033[2m";
  }
}

const char* VerdictColor(check::Verdict v) {
  switch (v) {
    case check::Verdict::kCompliant: return "\033[1;32m";
    case check::Verdict::kWarnings: return "\033[1;33m";
    default: return "\033[1;31m";
  }
}


// Byte offset of the `column`-th (1-based) character of `line`.
size_t ByteOfColumn(std::string_view line, uint32_t column) {
  int32_t i = 0;
  int32_t len = static_cast<int32_t>(line.size());
  for (uint32_t c = 1; c < column && i < len; ++c) U8_FWD_1(line.data(), i, len);
  return static_cast<size_t>(i);
}

// Characters of context kept on each side of the marked spans; report paragraphs are often one
// very long line, and the reader needs the neighbourhood, not the whole paragraph.
constexpr uint32_t kContext = 24;

// Prints one source line (or a window of it) with carets under every evidence span in `group`,
// all of which start on that line.
void PrintSnippet(std::ostream& out, const std::vector<const check::Evidence*>& group,
                  const TextOptions& opt) {
  const check::Evidence& first = *group.front();
  std::string_view line = first.line_text;
  uint32_t from = first.column, to = first.column;
  for (const check::Evidence* e : group) {
    uint32_t end_col = e->end_line == e->line ? e->end_column
                                              : static_cast<uint32_t>(e->column + 1);
    from = std::min(from, e->column);
    to = std::max(to, std::max(end_col, e->column + 1));
  }
  uint32_t window_from = from > kContext ? from - kContext : 1;
  size_t wb = ByteOfColumn(line, window_from);
  size_t we = ByteOfColumn(line, to + kContext);
  std::string shown = (wb > 0 ? "…" : "") + std::string(line.substr(wb, we - wb)) +
                      (we < line.size() ? "…" : "");
  size_t lead = wb > 0 ? text::DisplayWidth("…") : 0;

  std::string marks;
  for (const check::Evidence* e : group) {
    size_t begin = ByteOfColumn(line, e->column);
    // Up to the end column on this line: for a web page that spans any markup in between.
    size_t end = e->end_line == e->line ? ByteOfColumn(line, e->end_column) : line.size();
    size_t pad = lead + text::DisplayWidth(line.substr(wb, begin - wb));
    size_t width = e->expected ? 1 : std::max<size_t>(1, text::DisplayWidth(line.substr(begin, end - begin)));
    if (marks.size() < pad) marks.append(pad - marks.size(), ' ');
    if (marks.size() < pad + width) marks.append(pad + width - marks.size(), '^');
  }
  std::string num = std::to_string(first.line);
  std::string gutter(num.size(), ' ');
  out << "       " << gutter << " |\n";
  out << "       " << num << " | " << shown << "\n";
  size_t first_mark = marks.find('^');
  out << "       " << gutter << " | " << marks.substr(0, first_mark)
      << Paint(opt, first.expected ? "\033[1;31m" : "\033[1;36m", marks.substr(first_mark)) << "\n";
}

void PrintEvidence(std::ostream& out, const std::string& path,
                   const std::vector<check::Evidence>& evidence, const TextOptions& opt) {
  for (size_t i = 0; i < evidence.size();) {
    std::vector<const check::Evidence*> group = {&evidence[i]};
    size_t j = i + 1;
    while (j < evidence.size() && evidence[j].line == evidence[i].line && !evidence[j].expected) {
      group.push_back(&evidence[j++]);
    }
    const check::Evidence& e = evidence[i];
    out << "      " << Paint(opt, "\033[34m", "-->") << " " << path << ":" << e.line << ":"
        << e.column;
    if (e.page != 0) out << " (page " << e.page << ")";
    if (e.paragraph != 0) out << " (paragraph " << e.paragraph << ", run " << e.run << ")";
    if (e.expected) out << " (expected here)";
    if (!e.section.empty()) out << "  in " << e.section.back();
    out << "\n";
    if (!e.line_text.empty()) PrintSnippet(out, group, opt);
    i = j;
  }
}

}  // namespace

void PrintDocument(std::ostream& out, const check::DocumentResult& doc, const TextOptions& opt) {
  out << Paint(opt, "\033[1m", doc.path) << ": "
      << Paint(opt, VerdictColor(doc.verdict), check::VerdictName(doc.verdict));
  if (doc.error) {
    out << "\n  " << Paint(opt, "\033[1;31m", "error[" + doc.error->code + "]") << ": "
        << doc.error->message << "\n\n";
    return;
  }
  out << "\n";
  out << "  title: " << (doc.title.empty() ? "(none found)" : doc.title);
  for (const auto& [name, value] : doc.facts) out << "  " << name << ": " << check::FactJson(value).dump();
  out << "  published: " << doc.published.value_or("(none found)") << "\n";
  for (const check::RuleResult& r : doc.results) {
    bool quiet = r.outcome == ruleset::Outcome::kPass || r.outcome == ruleset::Outcome::kNotApplicable;
    if (quiet && !opt.show_passes) continue;
    std::string outcome = ruleset::OutcomeName(r.outcome);
    outcome.resize(4, ' ');
    out << "  " << Paint(opt, OutcomeColor(r.outcome), outcome) << " " << r.rule << "  " << r.name;
    if (!quiet) out << "  [" << ruleset::SeverityName(r.severity) << "]";
    out << "\n";
    if (quiet) continue;
    if (!r.message.empty()) out << "      " << r.message << "\n";
    PrintEvidence(out, doc.path, r.evidence, opt);
  }
  out << "\n";
}

void PrintSummary(std::ostream& out, const VerdictCounts& counts, const TextOptions& opt) {
  out << Paint(opt, "\033[1m", std::to_string(counts.total) + " document(s)") << ": "
      << counts.of(check::Verdict::kCompliant) << " compliant, "
      << counts.of(check::Verdict::kWarnings) << " with warnings, "
      << counts.of(check::Verdict::kNonCompliant) << " non-compliant, "
      << counts.of(check::Verdict::kError) << " could not be checked\n";
}

}  // namespace verdict::cli
