// Normalize and NormalizeString: per-code-point NFKC (cached, see nfkc_table.h), whitespace
// folding, line-break unification and zero-width removal in a single pass. One template serves
// both entry points so that rule literals and documents are normalized identically.
#include "runtime/text/normalize.h"

#include <algorithm>
#include <cstring>

#include "runtime/text/nfkc_table.h"
#include "runtime/text/utf8.h"

namespace verdict::text {
namespace {

// ASCII bytes copied unchanged: everything but whitespace and line breaks (NFKC is the
// identity on ASCII; other C0 controls pass through untouched).
constexpr bool IsPlainAscii(unsigned char c) {
  return c < 0x80 && c != ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r';
}

constexpr auto kPlainAscii = [] {
  struct Table {
    bool plain[256];
  } table{};
  for (int c = 0; c < 256; ++c) table.plain[c] = IsPlainAscii(static_cast<unsigned char>(c));
  return table;
}();

// Output slack beyond the input size: more than the longest single-code-point NFKC expansion
// (U+FDFA, 33 bytes).
constexpr size_t kSlack = 64;

constexpr char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD for bytes the contract excludes

inline bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the multi-byte sequence at p[i] into `cp`; returns its length, or 0 if ill-formed.
[[gnu::always_inline]] inline size_t DecodeMultiByte(const unsigned char* p, size_t n, size_t i,
                                                     uint32_t& cp) {
  const unsigned char c = p[i];
  if (c >= 0xE0 && c < 0xF0) {
    if (i + 2 >= n || !IsContinuation(p[i + 1]) || !IsContinuation(p[i + 2])) return 0;
    cp = ((c & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
    return 3;
  }
  if (c >= 0xC2 && c < 0xE0) {
    if (i + 1 >= n || !IsContinuation(p[i + 1])) return 0;
    cp = ((c & 0x1Fu) << 6) | (p[i + 1] & 0x3Fu);
    return 2;
  }
  if (c >= 0xF0 && c < 0xF5) {
    if (i + 3 >= n || !IsContinuation(p[i + 1]) || !IsContinuation(p[i + 2]) ||
        !IsContinuation(p[i + 3])) {
      return 0;
    }
    cp = ((c & 0x07u) << 18) | ((p[i + 1] & 0x3Fu) << 12) | ((p[i + 2] & 0x3Fu) << 6) |
         (p[i + 3] & 0x3Fu);
    return cp <= 0x10FFFF ? 4 : 0;
  }
  return 0;
}

// src[0..3*chars) = first, first, first, first+3, first+3, first+3, …: every byte of a
// three-byte character maps to the character's start.
[[gnu::always_inline]] inline void FillCharStarts3(uint32_t* src, uint32_t first, size_t chars) {
  for (size_t k = 0; k < chars; ++k) {
    const uint32_t start = first + static_cast<uint32_t>(3 * k);
    src[3 * k] = start;
    src[3 * k + 1] = start;
    src[3 * k + 2] = start;
  }
}

// The whole transform. The hot state lives in locals rather than members so that stores through
// the char output pointer do not force reloads. With kTrack false only the text is built.
template <bool kTrack>
void Run(std::string_view in, NormalizedText& result) {
  const auto* p = reinterpret_cast<const unsigned char*>(in.data());
  const size_t n = in.size();
  std::string& text = result.text;
  auto& source = result.source;

  // Invariant: cap - pos >= (n - i) + kSlack. Output no longer than the input it comes from
  // then needs no capacity check; only expansions call grow().
  size_t cap = n + kSlack;
  text.resize(cap);
  if constexpr (kTrack) source.resize(cap + 1);
  char* out = text.data();
  uint32_t* src = kTrack ? source.data() : nullptr;
  size_t pos = 0;

  // The last code point that produced output, for SourceGap.
  bool emitted = false;
  uint32_t last_start = 0;
  uint32_t last_end = 0;

  auto grow = [&](size_t i, size_t extra) {
    const size_t need = pos + extra + (n - i) + kSlack;
    if (need <= cap) return;
    cap = std::max(need, 2 * cap);
    text.resize(cap);
    out = text.data();
    if constexpr (kTrack) {
      source.resize(cap + 1);
      src = source.data();
    }
  };
  // Output from input [start, end) whose last code point starts at unit_start.
  auto note = [&](uint32_t start, uint32_t unit_start, uint32_t end)
      __attribute__((always_inline)) {
    if constexpr (kTrack) {
      // A gap: the previous producer did not end where this one starts. (start == last_start
      // is the same code point producing its next byte.)
      if (emitted && start != last_end && start != last_start) {
        result.gaps.push_back({last_start, last_end});
      }
      emitted = true;
      last_start = unit_start;
      last_end = end;
    }
  };
  auto put = [&](char c, uint32_t start) __attribute__((always_inline)) {
    out[pos] = c;
    if constexpr (kTrack) src[pos] = start;
    ++pos;
  };
  // Whitespace folds into the space just written, if any.
  auto space = [&](uint32_t start, uint32_t end) {
    if (pos != 0 && out[pos - 1] == ' ') return;
    put(' ', start);
    note(start, start, end);
  };
  auto copy = [&](const void* bytes, size_t len, uint32_t start, uint32_t end)
      __attribute__((always_inline)) {
    std::memcpy(out + pos, bytes, len);
    if constexpr (kTrack) std::fill_n(src + pos, len, start);
    pos += len;
    note(start, start, end);
  };

  size_t i = 0;
  while (i < n) {
    const unsigned char c = p[i];
    const auto at = static_cast<uint32_t>(i);
    if (c < 0x80) {
      if (kPlainAscii.plain[c]) {
        size_t j = i;
        do {
          out[pos + (j - i)] = static_cast<char>(p[j]);
          if constexpr (kTrack) src[pos + (j - i)] = static_cast<uint32_t>(j);
          ++j;
        } while (j < n && kPlainAscii.plain[p[j]]);
        pos += j - i;
        note(at, static_cast<uint32_t>(j - 1), static_cast<uint32_t>(j));
        i = j;
      } else if (c == '\n') {
        put('\n', at);
        note(at, at, at + 1);
        i += 1;
      } else if (c == '\r') {
        const size_t len = (i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
        put('\n', at);
        note(at, at, static_cast<uint32_t>(i + len));
        i += len;
      } else {
        space(at, at + 1);
        i += 1;
      }
      continue;
    }
    // Runs of CJK Unified Ideographs (U+4E00..U+9FFF: E4 B8 80 .. E9 BF BF) are NFKC-inert and
    // are the bulk of Chinese text, so they are copied without decoding or table lookups.
    if (c >= 0xE4 && c <= 0xE9) {
      // Find the run's end first (loads only), then copy it in one go: stores through `out`
      // inside the scanning loop made the compiler reload every pointer per character.
      const size_t j = CjkRunEnd(in, i);
      if (j > i) {
        std::memcpy(out + pos, p + i, j - i);
        if constexpr (kTrack) FillCharStarts3(src + pos, static_cast<uint32_t>(i), (j - i) / 3);
        pos += j - i;
        note(at, static_cast<uint32_t>(j - 3), static_cast<uint32_t>(j));
        i = j;
        continue;
      }
    }
    uint32_t cp = 0;
    const size_t len = DecodeMultiByte(p, n, i, cp);
    if (len == 0) {
      grow(i, sizeof(kReplacement) - 1);
      copy(kReplacement, sizeof(kReplacement) - 1, at, at + 1);
      i += 1;
      continue;
    }
    const auto end = static_cast<uint32_t>(i + len);
    const NfkcMapping m = LookupNfkc(cp);
    switch (m.kind) {
      case NfkcKind::kIdentity:
        copy(p + i, len, at, end);
        break;
      case NfkcKind::kMapped:
        if (m.text.size() > len) grow(i, m.text.size());
        copy(m.text.data(), m.text.size(), at, end);
        break;
      case NfkcKind::kMixed:
        grow(i, m.text.size());
        for (char b : m.text) {
          if (b == ' ') {
            space(at, end);
          } else {
            put(b, at);
            note(at, at, end);
          }
        }
        break;
      case NfkcKind::kSpace:
        space(at, end);
        break;
      case NfkcKind::kDrop:
      case NfkcKind::kLineBreak:  // only ASCII code points are line breaks
        break;
    }
    i = end;
  }

  text.resize(pos);
  if constexpr (kTrack) {
    src[pos] = static_cast<uint32_t>(n);
    source.resize(pos + 1);
    if (emitted && last_end != n) result.gaps.push_back({last_start, last_end});
  }
}

}  // namespace

std::pair<uint32_t, uint32_t> NormalizedText::SourceRange(uint32_t b, uint32_t e) const {
  if (source.empty()) return {0, 0};  // default-constructed, never normalized
  const auto size = static_cast<uint32_t>(text.size());
  e = std::min(e, size);
  b = std::min(b, e);
  if (b == e) return {source[b], source[b]};
  const uint32_t last = source[e - 1];
  const auto gap = std::lower_bound(gaps.begin(), gaps.end(), last,
                                    [](const SourceGap& g, uint32_t s) { return g.start < s; });
  if (gap != gaps.end() && gap->start == last) return {source[b], gap->end};
  // Otherwise the code point ends where the next producing code point starts.
  const auto next = std::upper_bound(source.begin() + e, source.end(), last);
  return {source[b], next == source.end() ? source.back() : *next};
}

NormalizedText Normalize(std::string_view utf8) {
  NormalizedText result;
  Run<true>(utf8, result);
  return result;
}

std::string NormalizeString(std::string_view utf8) {
  NormalizedText result;
  Run<false>(utf8, result);
  return std::move(result.text);
}

}  // namespace verdict::text
