// Sentence splitting for report paragraphs: one pass over the bytes, cutting after sentence
// terminators. A closing quote after the terminator (…。”) belongs to the sentence it closes.
// Terminators are ASCII or start with the lead byte 0xE3, which no UTF-8 continuation byte
// equals, so the scan steps byte by byte without decoding.
#include "runtime/document/sentences.h"

#include "runtime/document/scan.h"
#include "support/byte_scan.h"

namespace verdict::doc {
namespace {

size_t TerminatorLength(std::string_view s, size_t i) {
  switch (s[i]) {
    case '!':
    case '?':
    case ';':
      return 1;
    case '\xE3':
      return StartsAt(s, i, "。") ? 3 : 0;
    default:
      return 0;
  }
}

size_t CloserLength(std::string_view s, size_t i) {
  if (s[i] == ')' || s[i] == '"' || s[i] == '\'') return 1;
  for (std::string_view c : {"”", "’", "」", "』", "】", "》"}) {
    if (StartsAt(s, i, c)) return c.size();
  }
  return 0;
}

void Emit(std::string_view text, std::string_view piece, std::vector<Span>* out) {
  piece = Trim(piece);
  if (!piece.empty()) out->push_back(SpanIn(text, piece));
}

}  // namespace

void AppendSentences(std::string_view text, std::string_view paragraph, std::vector<Span>* out) {
  const size_t n = paragraph.size();
  size_t start = 0, i = 0;
  while (i < n) {
    // Skip to the next byte that can start a terminator; this is the hot path.
    i = FindAnyOf4(paragraph, i, '!', '?', ';', '\xE3');
    if (i >= n) break;
    size_t len = TerminatorLength(paragraph, i);
    if (len == 0) {
      ++i;
      continue;
    }
    // Runs such as "?!" or "。”" end one sentence together.
    i += len;
    while (i < paragraph.size()) {
      len = TerminatorLength(paragraph, i);
      if (len == 0) len = CloserLength(paragraph, i);
      if (len == 0) break;
      i += len;
    }
    Emit(text, paragraph.substr(start, i - start), out);
    start = i;
  }
  Emit(text, paragraph.substr(start), out);
}

}  // namespace verdict::doc
