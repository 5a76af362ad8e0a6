// Opens a zip held in memory with libzip and inflates single entries under a shared byte
// budget: declared sizes are checked before inflating and actual output is counted while
// inflating, so a lying header cannot make the reader inflate much more than the limit.
#include "runtime/read/docx/zip_archive.h"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <utility>

namespace verdict::read::docx {
namespace {

constexpr uint64_t kChunk = 64 * 1024;

Err<text::ReadError> Fail(std::string code, std::string message) {
  return Err(text::ReadError{std::move(code), std::move(message)});
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// libzip's description of `error`, lowercased to match ReadError messages.
std::string Describe(zip_error_t* error) { return Lower(zip_error_strerror(error)); }

text::ReadError BombError(uint64_t limit) {
  return {"zip-bomb", "zip entries inflate to more than the limit of " + std::to_string(limit) +
                          " bytes (max_unzipped_bytes)"};
}

text::ReadError EntryError(int code, std::string_view name, std::string description) {
  if (code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD) {
    return {"encrypted-docx", "zip entry " + std::string(name) + " is encrypted"};
  }
  if (code == ZIP_ER_CRC) {
    return {"corrupt-zip", "crc mismatch in zip entry " + std::string(name)};
  }
  return {"corrupt-zip", "cannot inflate zip entry " + std::string(name) + ": " + description};
}

}  // namespace

void ZipArchive::Closer::operator()(::zip* archive) const { zip_discard(archive); }

Result<ZipArchive, text::ReadError> ZipArchive::Open(std::string_view bytes,
                                                     uint64_t max_unzipped_bytes) {
  if (bytes.empty()) return Fail("corrupt-zip", "empty zip archive");
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    std::string message = "cannot open zip archive: " + Describe(&error);
    zip_error_fini(&error);
    return Fail("corrupt-zip", std::move(message));
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    const int code = zip_error_code_zip(&error);
    std::string message = code == ZIP_ER_NOZIP
                              ? "truncated or damaged zip archive (no end of central directory)"
                              : "damaged zip archive: " + Describe(&error);
    zip_error_fini(&error);
    return Fail("corrupt-zip", std::move(message));
  }
  zip_error_fini(&error);
  return ZipArchive(archive, max_unzipped_bytes);
}

bool ZipArchive::Contains(std::string_view name) const {
  return zip_name_locate(zip_.get(), std::string(name).c_str(), ZIP_FL_NOCASE) >= 0;
}

std::optional<std::string> ZipArchive::FirstEncryptedEntry() const {
  const zip_int64_t count = zip_get_num_entries(zip_.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0) continue;
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
      return std::string((stat.valid & ZIP_STAT_NAME) != 0 ? stat.name : "?");
    }
  }
  return std::nullopt;
}

Result<std::optional<std::string>, text::ReadError> ZipArchive::Read(std::string_view name) {
  const std::string entry(name);
  const zip_int64_t index = zip_name_locate(zip_.get(), entry.c_str(), ZIP_FL_NOCASE);
  if (index < 0) return std::optional<std::string>();

  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    return Fail("corrupt-zip", "cannot read the directory entry of " + entry);
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
    return Fail("encrypted-docx", "zip entry " + entry + " is encrypted");
  }
  if ((stat.valid & ZIP_STAT_COMP_METHOD) != 0 &&
      zip_compression_method_supported(stat.comp_method, 0) == 0) {
    return Fail("corrupt-zip", "zip entry " + entry + " uses unsupported compression method " +
                                   std::to_string(stat.comp_method));
  }
  const uint64_t remaining = limit_ - std::min(limit_, inflated_);
  if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > remaining) {
    return Err(BombError(limit_));
  }

  zip_file_t* file = zip_fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    zip_error_t* error = zip_get_error(zip_.get());
    return Err(EntryError(zip_error_code_zip(error), entry, Describe(error)));
  }
  std::string out;
  if ((stat.valid & ZIP_STAT_SIZE) != 0) out.reserve(stat.size);
  for (;;) {
    // Ask for at most one byte past the budget: getting it proves the entry is too big.
    const uint64_t budget = limit_ - std::min(limit_, inflated_);
    const uint64_t want = budget >= kChunk ? kChunk : budget + 1;
    const size_t old_size = out.size();
    out.resize(old_size + want);
    const zip_int64_t got = zip_fread(file, out.data() + old_size, want);
    if (got < 0) {
      zip_error_t* error = zip_file_get_error(file);
      text::ReadError read_error = EntryError(zip_error_code_zip(error), entry, Describe(error));
      zip_fclose(file);
      return Err(std::move(read_error));
    }
    out.resize(old_size + static_cast<size_t>(got));
    if (got == 0) break;
    inflated_ += static_cast<uint64_t>(got);
    if (inflated_ > limit_) {
      zip_fclose(file);
      return Err(BombError(limit_));
    }
  }
  const int close_code = zip_fclose(file);
  if (close_code != 0) {
    return Err(EntryError(close_code, entry, "error " + std::to_string(close_code)));
  }
  return std::optional<std::string>(std::move(out));
}

}  // namespace verdict::read::docx
