// Simplify(): OpenCC t2s with an offset map. OpenCC converts phrases as well as characters, so
// lines are converted whole; a line whose length in characters is unchanged maps character by
// character, otherwise every output character maps into the line at the same index (clamped).
// A bitmap of the code points t2s changes, built once, lets untouched text skip OpenCC.
#include "runtime/text/simplify.h"

#include <opencc/opencc.h>

#include <memory>
#include <mutex>

#include "runtime/text/utf8.h"

namespace verdict::text {
namespace {

// CJK and compatibility ranges that hold every character t2s changes.
constexpr uint32_t kFirst = 0x2E80;
constexpr uint32_t kLast = 0xFFFF;

struct T2s {
  opencc_t handle = reinterpret_cast<opencc_t>(-1);
  // Bit cp - kFirst is set when t2s changes cp. A plain array: std::bitset::test checks bounds
  // on every call, and this is asked for every CJK character of every document.
  uint64_t changes[(kLast - kFirst + 1 + 63) / 64] = {};
  bool ok() const { return handle != reinterpret_cast<opencc_t>(-1); }
  void Set(uint32_t cp) { changes[(cp - kFirst) >> 6] |= uint64_t{1} << ((cp - kFirst) & 63); }
  bool Changes(uint32_t cp) const {
    return (changes[(cp - kFirst) >> 6] >> ((cp - kFirst) & 63)) & 1;
  }
};

std::string Convert(opencc_t handle, std::string_view in) {
  char* out = opencc_convert_utf8(handle, in.data(), in.size());
  if (out == nullptr) return std::string(in);
  std::string s(out);
  opencc_convert_utf8_free(out);
  return s;
}

const T2s& Table() {
  static const T2s* table = [] {
    auto* t = new T2s;
    t->handle = opencc_open("t2s.json");
    if (!t->ok()) return t;
    // Convert every candidate character once, one per line so no phrase spans two of them.
    std::string all;
    for (uint32_t cp = kFirst; cp <= kLast; ++cp) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      AppendUtf8(cp, all);
      all += '\n';
    }
    const std::string converted = Convert(t->handle, all);
    size_t i = 0, j = 0;
    for (uint32_t cp = kFirst; cp <= kLast && i < all.size() && j < converted.size(); ++cp) {
      if (cp >= 0xD800 && cp <= 0xDFFF) continue;
      const size_t line_in = all.find('\n', i), line_out = converted.find('\n', j);
      if (all.compare(i, line_in - i, converted, j, line_out - j) != 0) t->Set(cp);
      i = line_in + 1;
      j = line_out + 1;
    }
    return t;
  }();
  return *table;
}

// Hot: runs over every document. Every candidate is a three-byte sequence (U+2E80..U+FFFF), so
// only lead bytes 0xE2..0xEF are decoded; everything else is skipped a byte at a time.
bool LineNeedsConversion(const T2s& t, std::string_view line) {
  const auto* p = reinterpret_cast<const unsigned char*>(line.data());
  const size_t n = line.size();
  size_t i = 0;
  while (i + 2 < n) {
    const unsigned lead = p[i];
    if (lead - 0xE2u > 0xEFu - 0xE2u) {
      ++i;
      continue;
    }
    const uint32_t cp = ((lead & 0x0Fu) << 12) | ((p[i + 1] & 0x3Fu) << 6) | (p[i + 2] & 0x3Fu);
    if (cp >= kFirst && t.Changes(cp)) return true;
    i += 3;
  }
  return false;
}

// Start offsets of the characters of `s`.
std::vector<uint32_t> CharStarts(std::string_view s) {
  std::vector<uint32_t> starts;
  for (size_t i = 0; i < s.size(); ++i) {
    if (IsUtf8LeadByte(static_cast<unsigned char>(s[i])))
      starts.push_back(static_cast<uint32_t>(i));
  }
  return starts;
}

}  // namespace

bool SimplifierAvailable() { return Table().ok(); }

std::optional<Simplified> Simplify(std::string_view utf8) {
  const T2s& t = Table();
  if (!t.ok() || !LineNeedsConversion(t, utf8)) return std::nullopt;
  Simplified out;
  out.text.reserve(utf8.size());
  out.source.reserve(utf8.size() + 1);
  size_t begin = 0;
  while (begin < utf8.size()) {
    size_t end = utf8.find('\n', begin);
    end = end == std::string_view::npos ? utf8.size() : end + 1;
    const std::string_view line = utf8.substr(begin, end - begin);
    if (!LineNeedsConversion(t, line)) {
      out.text.append(line);
      for (size_t k = 0; k < line.size(); ++k)
        out.source.push_back(static_cast<uint32_t>(begin + k));
    } else {
      const std::string converted = Convert(t.handle, line);
      const std::vector<uint32_t> in_chars = CharStarts(line);
      const std::vector<uint32_t> out_chars = CharStarts(converted);
      for (size_t c = 0; c < out_chars.size(); ++c) {
        const size_t from = std::min(c, in_chars.size() - 1);
        const size_t out_end = c + 1 < out_chars.size() ? out_chars[c + 1] : converted.size();
        for (size_t b = out_chars[c]; b < out_end; ++b) {
          out.source.push_back(static_cast<uint32_t>(begin + in_chars[from]));
        }
      }
      out.text += converted;
    }
    begin = end;
  }
  out.source.push_back(static_cast<uint32_t>(utf8.size()));
  return out;
}

std::string SimplifyString(std::string_view utf8) {
  const T2s& t = Table();
  if (!t.ok() || !LineNeedsConversion(t, utf8)) return std::string(utf8);
  return Convert(t.handle, utf8);
}

}  // namespace verdict::text
