// ReadPdf: loads the PDF with poppler (warnings silenced), turns each page's word boxes into
// lines, drops page chrome, rejoins wrapped paragraphs and returns the body with one Unit per
// page. Encrypted, unparsable, page-less and image-only files become ReadErrors.
#include "runtime/read/pdf/pdf_reader.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "runtime/read/pdf/body_builder.h"
#include "runtime/read/pdf/page_chrome.h"
#include "runtime/read/pdf/text_lines.h"

namespace verdict::read {
namespace {

constexpr size_t kHeaderWindow = 1024;

Err<text::ReadError> Fail(std::string code, std::string message) {
  return Err(text::ReadError{std::move(code), std::move(message)});
}

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

// Poppler reports every syntax problem of a damaged file on stderr; the reader reports one
// ReadError instead, so the CLI output stays clean.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(IgnorePopplerMessage, nullptr); });
}

std::string Plural(size_t n, const char* noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

// The page's words in PDF points, y downwards. Upright words only, unless the page has no
// upright text at all (then rotated words are better than nothing).
std::vector<pdf::WordBox> PageWords(const poppler::page& page) {
  std::vector<pdf::WordBox> upright, rotated;
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    const poppler::byte_array utf8 = box.text().to_utf8();
    const poppler::rectf r = box.bbox();
    pdf::WordBox word;
    word.text.assign(utf8.begin(), utf8.end());
    word.left = r.left();
    word.top = r.top();
    word.right = r.right();
    word.bottom = r.bottom();
    word.font_size = box.get_font_size();
    word.space_after = box.has_space_after();
    (box.rotation() == 0 ? upright : rotated).push_back(std::move(word));
  }
  return upright.empty() ? rotated : upright;
}

}  // namespace

bool LooksLikePdf(std::string_view bytes) {
  size_t i = bytes.starts_with("\xEF\xBB\xBF") ? 3 : 0;
  while (i < bytes.size() && i < kHeaderWindow &&
         (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n' ||
          bytes[i] == '\f' || bytes[i] == '\0')) {
    ++i;
  }
  return i < kHeaderWindow && bytes.substr(i).starts_with("%PDF-");
}

Result<Extracted, text::ReadError> ReadPdf(std::string_view bytes, const ReadOptions& options) {
  if (bytes.empty()) return Fail("empty-document", "the file is empty");
  if (!LooksLikePdf(bytes)) {
    return Fail("corrupt-pdf", "no %PDF- header in the first 1 kb, so this is not a pdf file");
  }
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    return Fail("corrupt-pdf", "the pdf is larger than 2 gib, more than the reader accepts");
  }
  SilencePoppler();
  const std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (doc == nullptr) {
    return Fail("corrupt-pdf", "poppler cannot parse the pdf (truncated or damaged file)");
  }
  // A locked document must not be asked anything else: poppler 22.12 crashes on pages().
  if (doc->is_locked()) {
    return Fail("encrypted-pdf", "the pdf is encrypted and needs a password to open");
  }
  const int page_count = doc->pages();
  if (page_count <= 0) return Fail("empty-document", "the pdf has no pages");

  // The most text the reader keeps (ReadOptions' inflation guard applies to PDF text too);
  // units are 32-bit offsets.
  const uint64_t max_text = std::min<uint64_t>(options.max_unzipped_bytes, UINT32_MAX - 1);
  uint64_t text_size = 0;
  size_t lines = 0;
  std::vector<std::vector<pdf::TextLine>> pages;
  pages.reserve(static_cast<size_t>(page_count));
  for (int i = 0; i < page_count; ++i) {
    const std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page == nullptr) {
      return Fail("corrupt-pdf", "page " + std::to_string(i + 1) + " of " +
                                     std::to_string(page_count) + " cannot be read");
    }
    pages.push_back(pdf::GroupIntoLines(PageWords(*page)));
    lines += pages.back().size();
    for (const pdf::TextLine& line : pages.back()) text_size += line.text.size() + 1;
    if (text_size > max_text) {
      return Fail("corrupt-pdf", "the text layer exceeds " + std::to_string(max_text) +
                                     " bytes by page " + std::to_string(i + 1) +
                                     " (a decompression bomb?)");
    }
  }
  const size_t n = static_cast<size_t>(page_count);
  if (lines == 0) {
    return Fail("no-text-layer", "the pdf has " + Plural(n, "page") +
                                     " but no text layer (scanned images need ocr first)");
  }

  pdf::RemovePageChrome(pages);
  pdf::Body body = pdf::BuildBody(pages);
  if (body.text.empty()) {
    return Fail("no-text-layer", "the pdf has " + Plural(n, "page") +
                                     " but no text besides page numbers and running headers");
  }

  Extracted out;
  out.format = Format::kPdf;
  out.original = text::DecodedText::FromUtf8(body.text, 0);
  out.body = std::move(body.text);
  out.units = std::move(body.units);
  return out;
}

}  // namespace verdict::read
