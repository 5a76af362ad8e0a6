// Test helpers for the PDF reader: fixture paths, running testdata/make_pdf.py, and splitting
// a body into lines.
#ifndef VERDICT_RUNTIME_READ_PDF_PDF_TEST_UTIL_H_
#define VERDICT_RUNTIME_READ_PDF_PDF_TEST_UTIL_H_

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verdict::read::pdf_test {

/// runtime/read/pdf/testdata in the source tree.
std::filesystem::path TestdataDir();

std::string ReadBytes(const std::filesystem::path& path);
void WriteBytes(const std::filesystem::path& path, std::string_view bytes);

/// True when `python3` runs.
bool HavePython();

/// Runs make_pdf.py on `text_file` with `args` and returns the PDF, or nullopt (with the
/// reason in `error`) when the script fails.
std::optional<std::string> MakePdf(const std::filesystem::path& text_file, const std::string& args,
                                   std::string* error);

/// The lines of `body` ('\n'-separated, without a trailing empty line).
std::vector<std::string> Lines(std::string_view body);

}  // namespace verdict::read::pdf_test

#endif  // VERDICT_RUNTIME_READ_PDF_PDF_TEST_UTIL_H_
