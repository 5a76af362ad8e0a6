// Entry points of the DOCX reader: a cheap sniff (zip magic plus the main part's name in the
// central directory) and ReadDocx, which opens the zip in memory, inflates document, styles,
// numbering and core-properties parts under one byte budget and assembles Extracted.
#include "runtime/read/docx/docx_reader.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "runtime/read/docx/core_props.h"
#include "runtime/read/docx/document_xml.h"
#include "runtime/read/docx/numbering.h"
#include "runtime/read/docx/styles.h"
#include "runtime/read/docx/zip_archive.h"

namespace verdict::read {
namespace {

constexpr std::string_view kLocalHeader("PK\x03\x04", 4);
constexpr std::string_view kEndOfDirectory("PK\x05\x06", 4);
constexpr std::string_view kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
constexpr std::string_view kMainPart = "word/document.xml";
// "EncryptedPackage" in UTF-16LE, the stream an encrypted OOXML file keeps inside OLE.
constexpr std::string_view kEncryptedPackage("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0",
                                             32);

uint32_t Le32(std::string_view bytes, size_t at) {
  uint32_t value = 0;
  for (size_t i = 0; i < 4; ++i) {
    value |= static_cast<uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  }
  return value;
}

Err<text::ReadError> Fail(std::string code, std::string message) {
  return Err(text::ReadError{std::move(code), std::move(message)});
}

}  // namespace

bool LooksLikeDocx(std::string_view bytes) {
  if (!bytes.starts_with(kLocalHeader)) return false;
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  const size_t tail_start = bytes.size() > 22 + 65535 ? bytes.size() - (22 + 65535) : 0;
  const size_t found = bytes.substr(tail_start).rfind(kEndOfDirectory);
  if (found != std::string_view::npos && tail_start + found + 22 <= bytes.size()) {
    const size_t record = tail_start + found;
    const uint32_t size = Le32(bytes, record + 12);
    const uint32_t offset = Le32(bytes, record + 16);
    if (offset != 0xFFFFFFFFu && uint64_t{offset} + size <= record) {
      return bytes.substr(offset, size).find(kMainPart) != std::string_view::npos;
    }
  }
  // Zip64, prefixed or truncated archives: the name in a local header will do.
  return bytes.find(kMainPart) != std::string_view::npos;
}

Result<Extracted, text::ReadError> ReadDocx(std::string_view bytes, const ReadOptions& options) {
  if (bytes.empty()) return Fail("empty-document", "the file is empty");
  if (bytes.starts_with(kOleMagic)) {
    if (bytes.find(kEncryptedPackage) != std::string_view::npos) {
      return Fail("encrypted-docx", "the document is password-protected (ole encrypted package)");
    }
    return Fail("not-docx", "an ole compound file (legacy word .doc?), not a docx zip");
  }
  if (!bytes.starts_with("PK")) return Fail("not-docx", "not a zip archive");

  auto opened = docx::ZipArchive::Open(bytes, options.max_unzipped_bytes);
  if (!opened) return Err(opened.error());
  docx::ZipArchive archive = std::move(opened).value();
  if (!archive.Contains(kMainPart)) {
    return Fail("not-docx", "zip archive without word/document.xml");
  }
  if (const std::optional<std::string> entry = archive.FirstEncryptedEntry()) {
    return Fail("encrypted-docx", "zip entry " + *entry + " is encrypted");
  }

  // Every part read counts against the same inflation budget.
  std::optional<std::string> parts[4];
  const std::string_view names[4] = {kMainPart, "word/styles.xml", "word/numbering.xml",
                                     "docProps/core.xml"};
  for (size_t i = 0; i < 4; ++i) {
    auto part = archive.Read(names[i]);
    if (!part) return Err(part.error());
    parts[i] = std::move(part).value();
  }

  const docx::StyleSheet styles =
      docx::StyleSheet::Parse(parts[1] ? std::move(*parts[1]) : std::string());
  docx::Numbering numbering =
      docx::Numbering::Parse(parts[2] ? std::move(*parts[2]) : std::string(), styles);
  docx::CoreProps core = docx::ParseCoreProps(parts[3] ? std::move(*parts[3]) : std::string());

  auto text = docx::ExtractDocumentText(std::move(*parts[0]), styles, numbering, core.title);
  if (!text) return Err(text.error());
  docx::DocumentText document = std::move(text).value();

  Extracted out;
  out.format = Format::kDocx;
  out.original = text::DecodedText::FromUtf8(document.body, 0);
  out.body = std::move(document.body);
  out.blocks = std::move(document.blocks);
  out.meta = std::move(core.meta);
  out.units = std::move(document.units);
  return out;
}

}  // namespace verdict::read
