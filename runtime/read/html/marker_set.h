// A fixed set of short UTF-8 markers (分享到, 打印本页, ICP备, …) searched for in one pass over a
// text, keyed by each position's first two bytes, instead of one substring search per marker.
#ifndef VERDICT_RUNTIME_READ_HTML_MARKER_SET_H_
#define VERDICT_RUNTIME_READ_HTML_MARKER_SET_H_

#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace verdict::read::html {

class MarkerSet {
 public:
  // The markers of all `lists`. Every marker must be at least two bytes long; the views must
  // outlive the set (literals).
  explicit MarkerSet(std::initializer_list<std::span<const std::string_view>> lists);

  // True when some marker occurs in `text`.
  bool FoundIn(std::string_view text) const;
  // True when `text` starts with some marker.
  bool StartOf(std::string_view text) const { return At(text, 0); }

 private:
  static uint32_t Key(const unsigned char* p) { return (static_cast<uint32_t>(p[0]) << 8) | p[1]; }
  // The first three bytes folded into 16 bits: CJK markers share their first two bytes with
  // every character of a 64-character block, so two bytes alone let most positions through.
  static uint32_t Key3(const unsigned char* p) { return (Key(p) * 0x9E37u + p[2]) & 0xFFFFu; }
  static const unsigned char* Bytes(std::string_view text) {
    return reinterpret_cast<const unsigned char*>(text.data());
  }
  static bool Test(const std::bitset<65536>& bits, uint32_t key) { return bits[key]; }
  bool At(std::string_view text, size_t pos) const;
  // True when `rest` starts with a marker whose first two bytes are `key`.
  bool Compare(std::string_view rest, uint32_t key) const;

  // Key3 of every marker of three bytes or more, and of every two-byte marker followed by any
  // third byte: one test per position that has three bytes.
  std::bitset<65536> first_three_;
  std::bitset<65536> two_byte_;  // Key of every marker of exactly two bytes
  // Markers sorted by their two-byte key, for comparing only those that can match.
  std::vector<std::pair<uint32_t, std::string_view>> markers_;
};

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_MARKER_SET_H_
