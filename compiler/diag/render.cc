// Text and JSON rendering of diagnostics. Carets are aligned by display width, so a range under
// Chinese text (two columns per character in a terminal) is marked where the reader sees it.
#include "compiler/diag/render.h"

#include <algorithm>

#include "runtime/text/display_width.h"

namespace verdict::diag {
namespace {

// Display columns taken by line[0, n) bytes; a tab counts four.
size_t WidthOf(std::string_view line, size_t n) {
  return text::DisplayWidth(line.substr(0, std::min(n, line.size())), 4);
}

const char* SeverityName(Severity s) { return s == Severity::kError ? "error" : "warning"; }

// The source line of `range.begin` with carets under the part of the range on that line.
void AppendSnippet(std::string* out, source::Range range, const source::SourceManager& sm,
                   const std::string& label) {
  const source::SourceFile& f = sm.Get(range.file);
  auto pos = sm.Locate(range.file, range.begin);
  std::string_view line = f.lines->Line(pos.line);
  size_t line_start = static_cast<size_t>(line.data() - f.text.data());
  size_t col_byte = range.begin - line_start;
  size_t end_byte = std::min<size_t>(range.end > range.begin ? range.end - line_start : col_byte + 1,
                                     std::max(line.size(), col_byte + 1));
  std::string num = std::to_string(pos.line);
  std::string gutter(num.size(), ' ');
  *out += " " + gutter + " |\n";
  *out += " " + num + " | " + std::string(line) + "\n";
  size_t pad = WidthOf(line, col_byte);
  size_t carets = std::max<size_t>(1, WidthOf(line, end_byte) - pad);
  if (end_byte > line.size()) carets = std::max<size_t>(1, carets);
  *out += " " + gutter + " | " + std::string(pad, ' ') + std::string(carets, '^');
  if (!label.empty()) *out += " " + label;
  *out += "\n";
}

std::string Where(source::Range range, const source::SourceManager& sm) {
  auto pos = sm.Locate(range.file, range.begin);
  return sm.Get(range.file).path + ":" + std::to_string(pos.line) + ":" +
         std::to_string(pos.column);
}

}  // namespace

std::string RenderText(const Diagnostic& d, const source::SourceManager& sm) {
  std::string out = Where(d.range, sm) + ": " + SeverityName(d.severity) + "[" + d.code +
                    "]: " + d.message + "\n";
  AppendSnippet(&out, d.range, sm, "");
  for (const Label& note : d.notes) {
    out += Where(note.range, sm) + ": note: " + note.message + "\n";
    AppendSnippet(&out, note.range, sm, "");
  }
  if (!d.help.empty()) out += "  = help: " + d.help + "\n";
  return out;
}

nlohmann::json RenderJson(const Diagnostic& d, const source::SourceManager& sm) {
  auto begin = sm.Locate(d.range.file, d.range.begin);
  auto end = sm.Locate(d.range.file, d.range.end);
  nlohmann::json j = {{"code", d.code},
                      {"severity", SeverityName(d.severity)},
                      {"message", d.message},
                      {"file", sm.Get(d.range.file).path},
                      {"line", begin.line},
                      {"column", begin.column},
                      {"end_line", end.line},
                      {"end_column", end.column}};
  nlohmann::json notes = nlohmann::json::array();
  for (const Label& n : d.notes) {
    auto p = sm.Locate(n.range.file, n.range.begin);
    notes.push_back({{"message", n.message},
                     {"file", sm.Get(n.range.file).path},
                     {"line", p.line},
                     {"column", p.column}});
  }
  j["notes"] = notes;
  j["help"] = d.help.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.help);
  return j;
}

}  // namespace verdict::diag
