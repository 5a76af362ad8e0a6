// The steps of reading a portal page, for whoever wants to watch them go by: ReadHtml reports
// each step as it finishes it (bench/html_stages.cc times them), and does nothing more when
// no one is watching.
#ifndef VERDICT_RUNTIME_READ_HTML_READ_STEPS_H_
#define VERDICT_RUNTIME_READ_HTML_READ_STEPS_H_

namespace verdict::read::html {

// In the order ReadHtml runs them; a page parsed whole after its skeleton did not map back
// reports kGumbo and kTree a second time.
enum class ReadStep { kDecode, kSkeleton, kGumbo, kTree, kChrome, kTitle, kWalk, kLines, kMeta };
inline constexpr int kReadStepCount = 9;

class ReadSteps {
 public:
  virtual ~ReadSteps() = default;
  // Called when `step` is done.
  virtual void Done(ReadStep step) = 0;
};

// Reports `step` to `steps` when there is one.
inline void Report(ReadSteps* steps, ReadStep step) {
  if (steps != nullptr) steps->Done(step);
}

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_READ_STEPS_H_
