// Reader dispatch: sniffs the format and hands the bytes to the HTML, DOCX, PDF or plain-text
// reader. Plain text is only decoded: its body is the decoded file itself.
#include "runtime/read/reader.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "runtime/read/docx/docx_reader.h"
#include "runtime/read/html/html_reader.h"
#include "runtime/read/pdf/pdf_reader.h"

namespace verdict::read {
namespace {

std::string Extension(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  const size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return "";
  std::string ext(path.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

Result<Extracted, text::ReadError> ReadText(std::string_view bytes) {
  auto decoded = text::Decode(bytes);
  if (!decoded.ok()) return Err(decoded.error());
  Extracted out;
  out.format = Format::kText;
  out.original = std::move(decoded).value();
  return out;
}

// A zip that is not a .docx (an .xlsx, an .odt, a plain archive) gets a clear error rather
// than the decoder's generic "binary".
bool IsZip(std::string_view bytes) { return bytes.starts_with("PK\x03\x04"); }

}  // namespace

const char* FormatName(Format format) {
  switch (format) {
    case Format::kText: return "text";
    case Format::kHtml: return "html";
    case Format::kDocx: return "docx";
    case Format::kPdf: return "pdf";
  }
  return "text";
}

std::optional<Format> ParseFormat(std::string_view name) {
  for (Format f : {Format::kText, Format::kHtml, Format::kDocx, Format::kPdf}) {
    if (name == FormatName(f)) return f;
  }
  return std::nullopt;
}

Format SniffFormat(std::string_view bytes, std::string_view path) {
  if (LooksLikePdf(bytes)) return Format::kPdf;
  if (LooksLikeDocx(bytes)) return Format::kDocx;
  if (LooksLikeHtml(bytes)) return Format::kHtml;
  const std::string ext = Extension(path);
  if (ext == "html" || ext == "htm" || ext == "shtml" || ext == "xhtml") return Format::kHtml;
  if (ext == "docx") return Format::kDocx;
  if (ext == "pdf") return Format::kPdf;
  return Format::kText;
}

Result<Extracted, text::ReadError> Read(std::string_view bytes, std::string_view path,
                                        std::optional<Format> format, const ReadOptions& options) {
  const Format f = format.value_or(SniffFormat(bytes, path));
  switch (f) {
    case Format::kHtml: return ReadHtml(bytes, options);
    case Format::kDocx: return ReadDocx(bytes, options);
    case Format::kPdf: return ReadPdf(bytes, options);
    case Format::kText: break;
  }
  if (IsZip(bytes)) {
    return Err(text::ReadError{"unsupported-format",
                               "a zip archive that is not a Word document (.docx)"});
  }
  return ReadText(bytes);
}

}  // namespace verdict::read
