// MarkerSet: 64 Ki-bit tables of marker prefixes (three bytes folded to 16 bits, two-byte
// markers with every third byte; two bytes for a two-byte marker at the very end) reject most
// characters with one lookup; the rest are compared only with the markers sharing their first
// two bytes.
#include "runtime/read/html/marker_set.h"

#include <algorithm>

namespace verdict::read::html {

MarkerSet::MarkerSet(std::initializer_list<std::span<const std::string_view>> lists) {
  for (std::span<const std::string_view> list : lists) {
    for (std::string_view m : list) {
      if (m.size() < 2) continue;
      if (m.size() == 2) {
        two_byte_.set(Key(Bytes(m)));
        unsigned char three[3] = {Bytes(m)[0], Bytes(m)[1], 0};
        for (int b = 0; b < 256; ++b) {
          three[2] = static_cast<unsigned char>(b);
          first_three_.set(Key3(three));
        }
      } else {
        first_three_.set(Key3(Bytes(m)));
      }
      markers_.emplace_back(Key(Bytes(m)), m);
    }
  }
  std::sort(markers_.begin(), markers_.end());
}

bool MarkerSet::At(std::string_view text, size_t pos) const {
  const size_t left = text.size() - pos;
  if (left < 2) return false;
  const unsigned char* p = Bytes(text) + pos;
  const uint32_t key = Key(p);
  if (!Test(two_byte_, key) && !(left >= 3 && Test(first_three_, Key3(p)))) return false;
  return Compare(text.substr(pos), key);
}

bool MarkerSet::Compare(std::string_view rest, uint32_t key) const {
  auto it = std::lower_bound(markers_.begin(), markers_.end(), key,
                             [](const auto& entry, uint32_t k) { return entry.first < k; });
  for (; it != markers_.end() && it->first == key; ++it) {
    if (rest.starts_with(it->second)) return true;
  }
  return false;
}

bool MarkerSet::FoundIn(std::string_view text) const {
  const unsigned char* p = Bytes(text);
  const size_t n = text.size();
  // Markers start at character boundaries: one table test per character (the text is valid
  // UTF-8, so the lead byte gives the length), and nearly every one fails it.
  size_t i = 0;
  while (i + 2 < n) {
    const unsigned char lead = p[i];
    if (Test(first_three_, Key3(p + i)) && Compare(text.substr(i), Key(p + i))) return true;
    i += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }
  // The last two bytes, when they start a character, can hold a two-byte marker.
  return i + 1 < n && Test(two_byte_, Key(p + i)) && Compare(text.substr(i), Key(p + i));
}

}  // namespace verdict::read::html
