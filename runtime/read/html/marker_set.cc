// MarkerSet: 64 Ki-bit tables of marker prefixes (three bytes folded to 16 bits; two bytes for
// two-byte markers) reject most positions with a lookup or two; the rest are compared only
// with the markers sharing their first two bytes.
#include "runtime/read/html/marker_set.h"

#include <algorithm>

namespace verdict::read::html {

MarkerSet::MarkerSet(std::initializer_list<std::span<const std::string_view>> lists) {
  for (std::span<const std::string_view> list : lists) {
    for (std::string_view m : list) {
      if (m.size() < 2) continue;
      if (m.size() == 2) {
        two_byte_.set(Key(Bytes(m)));
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
  // The table tests of At, inline: nearly every position fails them.
  for (size_t i = 0; i + 1 < n; ++i) {
    // Markers start at character boundaries; continuation bytes (10xxxxxx) never do.
    if ((p[i] & 0xC0) == 0x80) continue;
    const uint32_t key = Key(p + i);
    if (!Test(two_byte_, key) && !(i + 2 < n && Test(first_three_, Key3(p + i)))) continue;
    if (Compare(text.substr(i), key)) return true;
  }
  return false;
}

}  // namespace verdict::read::html
