// UTF-8 validation and scanning helpers shared by the decoder and the normalizer.
#ifndef VERDICT_RUNTIME_TEXT_UTF8_H_
#define VERDICT_RUNTIME_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace verdict::text {

// What the bytes at one position hold: a complete well-formed sequence, a sequence that is
// well-formed so far but cut off by the end of the input, or an ill-formed byte.
enum class Utf8Status { kValid, kTruncated, kInvalid };

struct Utf8Sequence {
  Utf8Status status;
  uint32_t length;  // bytes of the sequence when kValid, bytes available when kTruncated, else 1
};

// Classifies the sequence starting at bytes[pos] (pos < bytes.size()) per Unicode Table 3-7.
Utf8Sequence ClassifyUtf8(std::string_view bytes, size_t pos);

// Offset of the first byte that does not start a complete well-formed sequence, or npos when
// the whole input is valid UTF-8. Hot path: runs at memory-bound speed on ASCII and CJK.
size_t FindInvalidUtf8(std::string_view bytes);

// CjkRunEnd past its inline first-byte test.
size_t CjkRunEndFrom(std::string_view bytes, size_t pos);

// End of the run of CJK Unified Ideographs U+4E00..U+9FFF (E4 B8 80 .. E9 BF BF, the bulk of
// Chinese text) that starts at bytes[pos]: pos itself when none starts there. Checks five
// characters at a time with SSE2 where available. Callers ask at every character, so a lead
// byte outside E4..E9 is turned away inline.
inline size_t CjkRunEnd(std::string_view bytes, size_t pos) {
  if (pos >= bytes.size() || static_cast<unsigned char>(bytes[pos] - 0xE4) > 5) return pos;
  return CjkRunEndFrom(bytes, pos);
}

// Counts of a resynchronising scan, used to tell "UTF-8 with a few bad bytes" from another
// encoding altogether.
struct Utf8Stats {
  uint64_t multibyte = 0;  // well-formed sequences of 2..4 bytes
  uint64_t invalid = 0;    // bytes that belong to no well-formed sequence
};
// Stops early, with the counts so far, once `invalid` exceeds both `max_invalid` and
// `multibyte`: by then the input is plainly not UTF-8 and the ratio will not change much.
Utf8Stats CountUtf8(std::string_view bytes, uint64_t max_invalid = UINT64_MAX);

// 1-based line number of byte `offset`; "\n", "\r\n" and "\r" each end one line.
uint64_t LineOfOffset(std::string_view bytes, size_t offset);

// Appends the UTF-8 encoding of a scalar value (not a surrogate, at most U+10FFFF).
void AppendUtf8(uint32_t code_point, std::string& out);

// True for the bytes that begin a code point (everything except 10xxxxxx).
inline bool IsUtf8LeadByte(unsigned char byte) { return (byte & 0xC0) != 0x80; }

// Bytes in the UTF-8 sequence that `lead` starts (1 for ASCII and for bytes that start none).
inline size_t Utf8SequenceLength(unsigned char lead) {
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

}  // namespace verdict::text

#endif  // VERDICT_RUNTIME_TEXT_UTF8_H_
