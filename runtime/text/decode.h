// Decode: raw document bytes -> UTF-8 text plus a map back to the original byte offsets.
#ifndef VERDICT_RUNTIME_TEXT_DECODE_H_
#define VERDICT_RUNTIME_TEXT_DECODE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/text/offset_map.h"
#include "support/result.h"

namespace verdict::text {

// Why a document could not be read. `code` is a stable kebab-case id: empty-document,
// binary-file, invalid-encoding, truncated-utf8, invalid-utf8, unknown-encoding (the readers in
// runtime/read add their own codes, listed in runtime/read/reader.h).
struct ReadError {
  std::string code;
  std::string message;  // lowercase English fragment without a final period
};

// Decoded text and the way back to the input bytes. Only non-UTF-8 inputs keep per-code-point
// offset data; UTF-8 inputs map by a constant BOM shift.
struct DecodedText {
  std::string utf8;      // decoded text, valid UTF-8, BOM removed
  std::string encoding;  // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"

  // Byte offset in the ORIGINAL input of the code point that starts at `decoded_offset` in utf8
  // (decoded_offset == utf8.size() maps to the input size; an offset inside a code point maps
  // to that code point's start). Constant time for UTF-8; otherwise a binary search over
  // checkpoints plus at most 31 packed steps.
  uint64_t OriginalOffset(size_t decoded_offset) const;

  // UTF-8 input whose first `bom_size` bytes (0 or 3) were a byte-order mark.
  static DecodedText FromUtf8(std::string utf8, size_t bom_size);

  // Any other encoding: `map` holds every code point of utf8 with its offset in the input,
  // which is `input_size` bytes long.
  static DecodedText FromMapped(std::string utf8, std::string encoding, OffsetMap map,
                                uint64_t input_size);

 private:
  uint64_t bom_size_ = 0;
  uint64_t input_size_ = 0;
  OffsetMap map_;  // empty for UTF-8
};

// Detects the encoding (BOM, UTF-8, then strict GB18030) and decodes; rejects empty, binary and
// undecodable inputs with a ReadError instead of guessing.
Result<DecodedText, ReadError> Decode(std::string_view bytes);

}  // namespace verdict::text

#endif  // VERDICT_RUNTIME_TEXT_DECODE_H_
