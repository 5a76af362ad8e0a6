// Skeleton first, then the skeleton without element runs, then the whole page: a fallback
// costs one extra parse of a skeleton, which is small next to parsing the page.
#include "runtime/read/html/parsed_page.h"

namespace verdict::read::html {

ParsedPage::ParsedPage(std::string_view page, bool use_skeleton, ReadSteps* steps) {
  if (use_skeleton) {
    // With element runs first; when one of them does not fit its place, without them.
    for (const bool element_runs : {true, false}) {
      skeleton_ = Skeleton::Build(page, element_runs);
      Report(steps, ReadStep::kSkeleton);
      if (skeleton_.empty()) break;
      gumbo_ = std::make_unique<GumboParse>(skeleton_.text());
      Report(steps, ReadStep::kGumbo);
      tree_.emplace(gumbo_->document(), page, &skeleton_);
      Report(steps, ReadStep::kTree);
      if (tree_->ok()) {
        used_skeleton_ = true;
        return;
      }
      tree_.reset();
      gumbo_.reset();
      if (!skeleton_.has_element_runs()) break;
    }
  }
  gumbo_ = std::make_unique<GumboParse>(page);
  Report(steps, ReadStep::kGumbo);
  tree_.emplace(gumbo_->document(), page);
  Report(steps, ReadStep::kTree);
}

}  // namespace verdict::read::html
