// Maps normalized-text spans back to the file the user has: byte offsets in the original
// encoding, 1-based line/column in characters, and quotes from the decoded original, so that
// evidence can be found in the file even after NFKC and whitespace folding changed it.
#include "runtime/check/source_map.h"

#include <algorithm>
#include <array>

#include "runtime/text/utf8.h"

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

namespace {

size_t CharLength(std::string_view s, size_t at) {
  if (at >= s.size()) return 0;
  return std::min(text::Utf8SequenceLength(static_cast<unsigned char>(s[at])), s.size() - at);
}

// Maps [b, e) through a per-byte source table into `target`: from the source of the first byte
// to the end of the target character behind the last byte.
std::pair<uint32_t, uint32_t> Through(const std::vector<uint32_t>& source, std::string_view target,
                                      uint32_t b, uint32_t e) {
  const auto last = static_cast<uint32_t>(source.size() - 1);
  b = std::min(b, last);
  e = std::clamp(e, b, last);
  const uint32_t begin = source[b];
  if (e == b) return {begin, begin};
  const uint32_t tail = source[e - 1];
  return {begin, std::max(begin, static_cast<uint32_t>(tail + CharLength(target, tail)))};
}

}  // namespace

SourceMap::SourceMap(const read::Extracted& extracted, const text::Simplified* simplified,
                     const text::NormalizedText& normalized, const doc::Document& document)
    : extracted_(extracted),
      decoded_(extracted.original),
      simplified_(simplified),
      normalized_(normalized),
      document_(document),
      lines_(extracted.original.utf8) {}

std::pair<uint32_t, uint32_t> SourceMap::Extracted(doc::Span span) const {
  const auto size = static_cast<uint32_t>(normalized_.text.size());
  uint32_t b = std::min(span.begin, size);
  uint32_t e = std::clamp(span.end, b, size);
  std::pair<uint32_t, uint32_t> r = normalized_.SourceRange(b, e);
  if (simplified_ != nullptr) r = Through(simplified_->source, extracted_.Text(), r.first, r.second);
  return r;
}

std::pair<uint32_t, uint32_t> SourceMap::Decoded(doc::Span span) const {
  std::pair<uint32_t, uint32_t> r = Extracted(span);
  if (!extracted_.body_to_original.empty()) {
    r = Through(extracted_.body_to_original, decoded_.utf8, r.first, r.second);
  }
  return r;
}

uint32_t ToNormalized(const text::Simplified* simplified, const text::NormalizedText& normalized,
                      uint32_t at) {
  // Invert the monotone maps: the first byte whose source is at or after `at`.
  if (simplified != nullptr) {
    at = static_cast<uint32_t>(
        std::lower_bound(simplified->source.begin(), simplified->source.end(), at) -
        simplified->source.begin());
  }
  return static_cast<uint32_t>(
      std::lower_bound(normalized.source.begin(), normalized.source.end(), at) -
      normalized.source.begin());
}

void SourceMap::AddUnit(uint32_t at, Evidence* evidence) const {
  const std::vector<read::Unit>& units = extracted_.units;
  auto it = std::partition_point(units.begin(), units.end(),
                                 [&](const read::Unit& u) { return u.end <= at; });
  if (it == units.end() || it->begin > at) {
    if (it == units.begin()) return;
    --it;  // between units (a line break): the unit before it
  }
  evidence->page = it->page;
  evidence->paragraph = it->paragraph;
  evidence->run = it->run;
}

Evidence SourceMap::Locate(doc::Span span) const {
  auto [begin, end] = Decoded(span);
  auto [ext_begin, ext_end] = Extracted(span);
  Evidence evidence;
  AddUnit(ext_begin, &evidence);
  text::LineIndex::Position position = lines_.Locate(begin);
  evidence.line = position.line;
  evidence.column = position.column;
  const text::LineIndex::Position end_position = lines_.Locate(end);
  evidence.end_line = end_position.line;
  evidence.end_column = end_position.column;
  evidence.line_text = lines_.Line(position.line);
  evidence.offset = decoded_.OriginalOffset(begin);
  evidence.length = decoded_.OriginalOffset(end) - evidence.offset;
  // The quote is the text as the reader saw it (for HTML: without the markup between).
  evidence.text = std::string(extracted_.Text().substr(ext_begin, ext_end - ext_begin));
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
  if (simplified_ != nullptr) at = Through(simplified_->source, extracted_.Text(), at, at).first;
  AddUnit(at > 0 ? at - 1 : 0, &evidence);
  if (!extracted_.body_to_original.empty()) {
    at = Through(extracted_.body_to_original, decoded_.utf8, at, at).first;
  }
  text::LineIndex::Position position = lines_.Locate(at);
  evidence.line = position.line;
  evidence.column = position.column;
  evidence.end_line = position.line;
  evidence.end_column = position.column;
  evidence.line_text = lines_.Line(position.line);
  evidence.offset = decoded_.OriginalOffset(at);
  evidence.expected = true;
  return evidence;
}

std::string SourceMap::OriginalText(doc::Span span) const {
  if (span.empty()) return {};
  auto [begin, end] = Extracted(span);
  return std::string(TrimSpaces(extracted_.Text().substr(begin, end - begin)));
}

}  // namespace verdict::check
