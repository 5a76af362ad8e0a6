// Maps normalized-text spans back to the file the user has: byte offsets in the original
// encoding, 1-based line/column in characters, and quotes from the decoded original, so that
// evidence can be found in the file even after NFKC and whitespace folding changed it.
#include "runtime/check/source_map.h"

#include <algorithm>
#include <array>

namespace verdict::check {
namespace {

// Space characters trimmed from quoted titles, sources and headings, as UTF-8.
constexpr std::array<std::string_view, 9> kSpaces = {
    " ", "\t", "\n", "\r", "\v", "\f", "\xC2\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF"};

size_t LeadingSpace(std::string_view s) {
  for (std::string_view space : kSpaces) {
    if (s.starts_with(space)) return space.size();
  }
  return 0;
}

size_t TrailingSpace(std::string_view s) {
  for (std::string_view space : kSpaces) {
    if (s.ends_with(space)) return space.size();
  }
  return 0;
}

}  // namespace

std::string_view TrimSpaces(std::string_view s) {
  while (size_t n = LeadingSpace(s)) s.remove_prefix(n);
  while (size_t n = TrailingSpace(s)) s.remove_suffix(n);
  return s;
}

SourceMap::SourceMap(const text::DecodedText& decoded, const text::NormalizedText& normalized,
                     const doc::Document& document)
    : decoded_(decoded), normalized_(normalized), document_(document), lines_(decoded.utf8) {}

std::pair<uint32_t, uint32_t> SourceMap::Decoded(doc::Span span) const {
  const auto size = static_cast<uint32_t>(normalized_.text.size());
  uint32_t b = std::min(span.begin, size);
  uint32_t e = std::clamp(span.end, b, size);
  return normalized_.SourceRange(b, e);
}

Evidence SourceMap::Locate(doc::Span span) const {
  auto [begin, end] = Decoded(span);
  Evidence evidence;
  text::LineIndex::Position position = lines_.Locate(begin);
  evidence.line = position.line;
  evidence.column = position.column;
  evidence.line_text = lines_.Line(position.line);
  evidence.offset = decoded_.OriginalOffset(begin);
  evidence.length = decoded_.OriginalOffset(end) - evidence.offset;
  evidence.text = decoded_.utf8.substr(begin, end - begin);
  for (int h : document_.SectionPath(span.begin)) {
    evidence.section.push_back(OriginalText(document_.headings[h].text));
  }
  return evidence;
}

Evidence SourceMap::LocateExpected(uint32_t end) const {
  // Map the last character before `end` and stand just after it: SourceRange(end, end) would
  // give the start of whatever follows, possibly past dropped text.
  const auto size = static_cast<uint32_t>(normalized_.text.size());
  end = std::min(end, size);
  uint32_t at =
      end == 0 ? normalized_.SourceRange(0, 0).first : normalized_.SourceRange(end - 1, end).second;
  Evidence evidence;
  text::LineIndex::Position position = lines_.Locate(at);
  evidence.line = position.line;
  evidence.column = position.column;
  evidence.line_text = lines_.Line(position.line);
  evidence.offset = decoded_.OriginalOffset(at);
  evidence.expected = true;
  return evidence;
}

std::string SourceMap::OriginalText(doc::Span span) const {
  if (span.empty()) return {};
  auto [begin, end] = Decoded(span);
  return std::string(TrimSpaces(std::string_view(decoded_.utf8).substr(begin, end - begin)));
}

}  // namespace verdict::check
