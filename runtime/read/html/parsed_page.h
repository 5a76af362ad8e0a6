// A page parsed into a PageTree: gumbo runs over the page's skeleton (skeleton.h) when the
// pre-scan can cut its text, and over the page itself otherwise, or when the skeleton's tree
// does not map back cleanly. Either way the tree shows the page's text and offsets.
#ifndef VERDICT_RUNTIME_READ_HTML_PARSED_PAGE_H_
#define VERDICT_RUNTIME_READ_HTML_PARSED_PAGE_H_

#include <memory>
#include <optional>
#include <string_view>

#include "runtime/read/html/gumbo_arena.h"
#include "runtime/read/html/page_tree.h"
#include "runtime/read/html/read_steps.h"
#include "runtime/read/html/skeleton.h"

namespace verdict::read::html {

class ParsedPage {
 public:
  // Parses `page` (valid UTF-8, kept alive by the caller); `use_skeleton` false always parses
  // it whole. Reports its steps to `steps` when given.
  explicit ParsedPage(std::string_view page, bool use_skeleton = true, ReadSteps* steps = nullptr);
  ParsedPage(const ParsedPage&) = delete;
  ParsedPage& operator=(const ParsedPage&) = delete;

  PageTree& tree() { return *tree_; }
  const PageTree& tree() const { return *tree_; }
  // True when the tree came from the skeleton; and from one with element runs.
  bool used_skeleton() const { return used_skeleton_; }
  bool used_element_runs() const { return used_skeleton_ && skeleton_.has_element_runs(); }

 private:
  Skeleton skeleton_;
  std::unique_ptr<GumboParse> gumbo_;
  std::optional<PageTree> tree_;
  bool used_skeleton_ = false;
};

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_PARSED_PAGE_H_
