// Strict decoding of non-UTF-8 inputs through ICU converters, and ICU charset detection.
#ifndef VERDICT_RUNTIME_TEXT_ICU_DECODE_H_
#define VERDICT_RUNTIME_TEXT_ICU_DECODE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "runtime/text/decode.h"
#include "support/result.h"

namespace verdict::text {

// Where and why strict decoding stopped.
struct StrictDecodeFailure {
  enum class Kind { kIllegal, kTruncated, kUnavailable };
  Kind kind;
  uint64_t offset;  // byte offset in the input of the sequence that failed
};

// The fast path DecodeStrict takes for "GB18030": ASCII and two-byte codes through a table ICU
// filled once, the rare four-byte codes through ICU one at a time. nullopt for input with an
// error, which DecodeStrict then leaves to ICU for its exact report. Same result as ICU.
std::optional<DecodedText> DecodeGb18030Pairs(std::string_view bytes, size_t skip,
                                              std::string_view encoding);

// Decodes bytes[skip..] with the ICU converter `charset` ("UTF-16LE", "GB18030"), stopping at the
// first illegal or truncated sequence instead of substituting. Offsets map to `bytes`, so a
// skipped BOM is accounted for. `encoding` is the name stored in the result.
Result<DecodedText, StrictDecodeFailure> DecodeStrict(std::string_view bytes, size_t skip,
                                                      const char* charset,
                                                      std::string_view encoding);

// ICU's charset detector on (a prefix of) `bytes`: its best guess, and how confident it is
// that the text is GB18030, for sanity-checking a successful GB18030 decode.
struct CharsetGuess {
  std::string best;                // empty when the detector has no opinion
  int32_t best_confidence = 0;     // 0..100
  int32_t gb18030_confidence = 0;  // 0..100
};
// With `cjk_only`, only the multi-byte recognizers run (GB18030, Big5, Shift_JIS, EUC, ISO-2022):
// the single-byte n-gram recognizers cost several times the rest of the pipeline.
CharsetGuess DetectCharset(std::string_view bytes, bool cjk_only = false);

}  // namespace verdict::text

#endif  // VERDICT_RUNTIME_TEXT_ICU_DECODE_H_
