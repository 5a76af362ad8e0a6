// Per-code-point NFKC with a process-wide cache, classified for the normalizer's needs.
#ifndef VERDICT_RUNTIME_TEXT_NFKC_TABLE_H_
#define VERDICT_RUNTIME_TEXT_NFKC_TABLE_H_

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

namespace verdict::text {

// What the normalizer does with one input code point.
enum class NfkcKind : uint8_t {
  kIdentity,   // NFKC leaves it alone: copy the input bytes
  kMapped,     // replace with `text`, which holds no whitespace
  kMixed,      // replace with `text`, whose ' ' bytes take part in whitespace folding
  kSpace,      // whitespace (before or after NFKC) other than a line break
  kDrop,       // zero-width character: U+200B..U+200D, U+2060, U+FEFF
  kLineBreak,  // '\r' or '\n'
};

struct NfkcMapping {
  NfkcKind kind;
  std::string_view text;  // UTF-8 for kMapped and kMixed; lives as long as the process
};

namespace internal {

struct NfkcEntry {
  NfkcKind kind;
  uint8_t length;   // bytes in the block's pool
  uint16_t offset;  // into the block's pool
};

// 256 consecutive BMP code points, filled from ICU once, on first use.
struct NfkcBlock {
  NfkcEntry entries[256];
  std::string pool;
};

extern std::atomic<const NfkcBlock*> g_nfkc_blocks[256];

// Slow paths: build (once, thread-safely) the block of a BMP code point; map a supplementary one.
const NfkcBlock* BuildNfkcBlock(uint32_t block_index);
NfkcMapping LookupSupplementaryNfkc(uint32_t code_point);

}  // namespace internal

// NFKC of one scalar value, classified. Thread-safe; ICU's Normalizer2 runs at most once per
// distinct BMP code point per process.
inline NfkcMapping LookupNfkc(uint32_t code_point) {
  if (code_point >= 0x10000) return internal::LookupSupplementaryNfkc(code_point);
  const uint32_t block_index = code_point >> 8;
  const internal::NfkcBlock* block =
      internal::g_nfkc_blocks[block_index].load(std::memory_order_acquire);
  if (block == nullptr) block = internal::BuildNfkcBlock(block_index);
  const internal::NfkcEntry entry = block->entries[code_point & 0xFF];
  return {entry.kind, std::string_view(block->pool.data() + entry.offset, entry.length)};
}

}  // namespace verdict::text

#endif  // VERDICT_RUNTIME_TEXT_NFKC_TABLE_H_
