// Expands the PATH arguments of `verdict check` into the documents to read, in a stable order.
#ifndef VERDICT_CLI_INPUTS_H_
#define VERDICT_CLI_INPUTS_H_

#include <string>
#include <vector>

namespace verdict::cli {

struct Input {
  std::string path;     // as the user will see it in the output; "-" is standard input
  std::string problem;  // non-empty when the path itself is unusable (missing, unreadable dir)
};

/// Files are taken as given; directories are searched recursively for report files (by
/// extension, or every regular file when `all_files`), sorted by path. A path that does not
/// exist becomes an Input with a problem, so it is reported rather than silently dropped.
std::vector<Input> ExpandInputs(const std::vector<std::string>& args, bool all_files);

/// Extensions searched for in directories: txt, text, htm, html, shtml, xhtml, docx, pdf.
bool IsReportExtension(const std::string& path);

}  // namespace verdict::cli

#endif  // VERDICT_CLI_INPUTS_H_
