// Input expansion for `verdict check`: files, directories (recursive, sorted) and "-".
#include "cli/inputs.h"

#include <algorithm>
#include <filesystem>

namespace verdict::cli {
namespace fs = std::filesystem;

bool IsReportExtension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  static const char* kExtensions[] = {".txt", ".text", ".htm", ".html", ".shtml", ".xhtml",
                                      ".docx", ".pdf"};
  return std::any_of(std::begin(kExtensions), std::end(kExtensions),
                     [&](const char* e) { return ext == e; });
}

std::vector<Input> ExpandInputs(const std::vector<std::string>& args, bool all_files) {
  std::vector<Input> out;
  for (const std::string& arg : args) {
    if (arg == "-") {
      out.push_back({arg, ""});
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      out.push_back({arg, "no such file or directory"});
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back({arg, ""});
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      out.push_back({arg, "cannot read directory: " + ec.message()});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        // The iterator is at its end after a failed step; name the directory being walked.
        out.push_back({arg, "cannot read directory: " + ec.message()});
        break;
      }
      const fs::path& p = it->path();
      if (p.filename().string().starts_with(".")) {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file() && (all_files || IsReportExtension(p.string()))) {
        found.push_back(p.string());
      }
    }
    std::sort(found.begin(), found.end());
    for (std::string& f : found) out.push_back({std::move(f), ""});
  }
  return out;
}

}  // namespace verdict::cli
