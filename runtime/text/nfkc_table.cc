// Builds and caches the per-code-point NFKC classification used by Normalize. BMP code points are
// cached in 256-entry blocks built on first use under std::call_once, so ICU's Normalizer2 runs
// once per code point per process; the rare supplementary code points go to a locked map.
#include "runtime/text/nfkc_table.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <mutex>
#include <unordered_map>

#include "runtime/text/utf8.h"

namespace verdict::text {
namespace internal {

std::atomic<const NfkcBlock*> g_nfkc_blocks[256];

}  // namespace internal
namespace {

using internal::NfkcBlock;
using internal::NfkcEntry;

bool IsZeroWidth(uint32_t cp) {
  return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* const nfkc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? instance : nullptr;
  }();
  return nfkc;
}

struct Classified {
  NfkcKind kind;
  std::string text;  // for kMapped and kMixed; other whitespace already turned into ' '
};

Classified Classify(uint32_t cp) {
  if (IsZeroWidth(cp)) return {NfkcKind::kDrop, {}};
  if (cp == '\r' || cp == '\n') return {NfkcKind::kLineBreak, {}};
  if (cp >= 0xD800 && cp <= 0xDFFF) return {NfkcKind::kIdentity, {}};  // not in valid UTF-8
  if (u_isUWhiteSpace(static_cast<UChar32>(cp))) return {NfkcKind::kSpace, {}};
  const icu::Normalizer2* nfkc = Nfkc();
  if (nfkc == nullptr) return {NfkcKind::kIdentity, {}};  // no ICU data: leave text unchanged
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString source(static_cast<UChar32>(cp));
  const icu::UnicodeString normalized = nfkc->normalize(source, status);
  if (U_FAILURE(status) || normalized == source) return {NfkcKind::kIdentity, {}};
  if (normalized.isEmpty()) return {NfkcKind::kDrop, {}};
  Classified out{NfkcKind::kMapped, {}};
  const int32_t count = normalized.countChar32();
  for (int32_t i = 0, index = 0; i < count; ++i) {
    const UChar32 c = normalized.char32At(index);
    index = normalized.moveIndex32(index, 1);
    if (u_isUWhiteSpace(c)) {
      if (count == 1) return {NfkcKind::kSpace, {}};  // e.g. U+3000 -> U+0020
      out.kind = NfkcKind::kMixed;
      out.text.push_back(' ');
    } else {
      AppendUtf8(static_cast<uint32_t>(c), out.text);
    }
  }
  return out;
}

std::once_flag g_block_once[256];

}  // namespace

namespace internal {

const NfkcBlock* BuildNfkcBlock(uint32_t block_index) {
  std::call_once(g_block_once[block_index], [block_index] {
    // Deliberately never freed: the cache lives as long as the process, and leaving it alone at
    // exit keeps late normalizations on other threads safe.
    auto* block = new NfkcBlock();
    for (uint32_t low = 0; low < 256; ++low) {
      Classified c = Classify((block_index << 8) | low);
      // A single BMP code point expands to at most 18 code points (U+FDFA), well under 256 bytes.
      block->entries[low] = NfkcEntry{c.kind, static_cast<uint8_t>(c.text.size()),
                                      static_cast<uint16_t>(block->pool.size())};
      block->pool += c.text;
    }
    g_nfkc_blocks[block_index].store(block, std::memory_order_release);
  });
  return g_nfkc_blocks[block_index].load(std::memory_order_acquire);
}

NfkcMapping LookupSupplementaryNfkc(uint32_t cp) {
  // Most supplementary characters (CJK Extension B and later, emoji) are NFKC-inert.
  const icu::Normalizer2* nfkc = Nfkc();
  if (nfkc == nullptr || nfkc->isInert(static_cast<UChar32>(cp))) {
    return {NfkcKind::kIdentity, {}};
  }
  // Never destroyed, so lookups during static destruction stay safe. Node-based map: views of
  // cached strings stay valid as it grows.
  static auto* mutex = new std::mutex();
  static auto* cache = new std::unordered_map<uint32_t, Classified>();
  std::lock_guard<std::mutex> lock(*mutex);
  auto it = cache->find(cp);
  if (it == cache->end()) it = cache->emplace(cp, Classify(cp)).first;
  return {it->second.kind, it->second.text};
}

}  // namespace internal
}  // namespace verdict::text
