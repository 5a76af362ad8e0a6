// What a reader makes of an input file, whatever its format: the text to analyze (blocks
// separated by line breaks), structural and metadata hints from markup, and the way back from
// every byte of that text to the original file. Stages after the reader see only this.
#ifndef VERDICT_RUNTIME_READ_EXTRACTED_H_
#define VERDICT_RUNTIME_READ_EXTRACTED_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/text/decode.h"

namespace verdict::read {

enum class Format { kText, kHtml, kDocx, kPdf };

/// "text", "html", "docx", "pdf".
const char* FormatName(Format format);
/// The inverse of FormatName; nullopt for anything else.
std::optional<Format> ParseFormat(std::string_view name);

/// A structural fact the markup states: the extracted bytes [begin, end) of `body` are the
/// title, a heading (level 1 = top level: <h2> under the page's <h1> title, "Heading 1" /
/// outline level 0 in DOCX), or one table cell.
struct BlockHint {
  enum class Kind { kTitle, kHeading, kTableCell };
  Kind kind = Kind::kHeading;
  uint32_t begin = 0;
  uint32_t end = 0;
  int level = 1;
};

/// Metadata found in markup rather than in the text: key is one of "title", "published",
/// "written" (成文日期), "updated", "source", "site", "column"; value as written there.
struct MetaHint {
  std::string key;
  std::string value;
};

/// A piece of a paged or paragraphed original: bytes [begin, end) of `body` come from PDF page
/// `page` (1-based), or from DOCX paragraph `paragraph` and text run `run` (both 1-based).
/// Unused fields are 0. Sorted by begin, non-overlapping.
struct Unit {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t page = 0;
  uint32_t paragraph = 0;
  uint32_t run = 0;
};

struct Extracted {
  Format format = Format::kText;
  /// The original as text. For text and HTML: the decoded file, so evidence line/column are
  /// those of the file and original.OriginalOffset() gives byte offsets in it. For DOCX and
  /// PDF: the extracted text itself (evidence line/column are then lines of `body`, and
  /// `units` say which page, paragraph and run they belong to).
  text::DecodedText original;
  /// The text to analyze: one block (title, heading, paragraph, table cell) per line. Plain
  /// text leaves it empty: the decoded file is analyzed as it is (see Text()).
  std::string body;
  /// For each byte of `body` (plus one past the end), the byte offset in original.utf8 it came
  /// from. Empty when body and original.utf8 are the same text.
  std::vector<uint32_t> body_to_original;
  std::vector<BlockHint> blocks;
  std::vector<MetaHint> meta;
  std::vector<Unit> units;

  /// What the next stages analyze: `body`, or the decoded original when body is empty.
  std::string_view Text() const {
    return body.empty() ? std::string_view(original.utf8) : std::string_view(body);
  }
};

struct ReadOptions {
  /// DOCX: the most bytes all zip entries together may inflate to (a zip-bomb guard).
  uint64_t max_unzipped_bytes = uint64_t{256} << 20;
};

}  // namespace verdict::read

#endif  // VERDICT_RUNTIME_READ_EXTRACTED_H_
