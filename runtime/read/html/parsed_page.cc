// Skeleton first, whole page as the fallback: a fallback costs one extra parse of the skeleton,
// which is small next to parsing the page.
#include "runtime/read/html/parsed_page.h"

namespace verdict::read::html {

ParsedPage::ParsedPage(std::string_view page, bool use_skeleton, ReadSteps* steps) {
  if (use_skeleton) {
    skeleton_ = Skeleton::Build(page);
    Report(steps, ReadStep::kSkeleton);
    if (!skeleton_.empty()) {
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
    }
  }
  gumbo_ = std::make_unique<GumboParse>(page);
  Report(steps, ReadStep::kGumbo);
  tree_.emplace(gumbo_->document(), page);
  Report(steps, ReadStep::kTree);
}

}  // namespace verdict::read::html
