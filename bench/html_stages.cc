// Where the HTML reader's time goes, step by step, over a folder of pages:
//
//   build/bench/verdict_html_stages bench/out/formats/html-utf8 [rounds]
//
// Every page goes through read::html::ReadHtml, which reports each of its steps
// (runtime/read/html/read_steps.h); the time between reports is added to the step just done.
// Each step keeps its best total over the rounds (default 5: the VM drifts), and the table
// gives microseconds per page and the share of the whole read. Pages are read into memory
// first, so no file I/O is timed.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/read/html/html_reader.h"
#include "runtime/read/html/read_steps.h"

namespace html = verdict::read::html;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::array<const char*, html::kReadStepCount> kNames = {
    "decode (charset, UTF-8)", "skeleton pre-scan", "gumbo parse", "page tree",
    "chrome + article",        "meta tags + title", "block walk",  "line filter",
    "metadata + body"};

class StepTimer : public html::ReadSteps {
 public:
  void Start() { last_ = Clock::now(); }
  void Done(html::ReadStep step) override {
    const auto now = Clock::now();
    seconds_[static_cast<int>(step)] += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }
  const std::array<double, html::kReadStepCount>& seconds() const { return seconds_; }

 private:
  Clock::time_point last_;
  std::array<double, html::kReadStepCount> seconds_{};
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DIR [rounds]\n", argv[0]);
    return 2;
  }
  const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::vector<std::string> pages;
  size_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream data;
    data << in.rdbuf();
    pages.push_back(data.str());
    bytes += pages.back().size();
  }
  if (pages.empty()) {
    std::fprintf(stderr, "no pages in %s\n", argv[1]);
    return 2;
  }
  std::array<double, html::kReadStepCount> best;
  best.fill(1e300);
  size_t unread = 0;
  for (int r = 0; r < rounds; ++r) {
    StepTimer timer;
    unread = 0;
    for (const std::string& page : pages) {
      timer.Start();
      unread += !html::ReadHtml(page, /*use_skeleton=*/true, &timer).ok();
    }
    for (int s = 0; s < html::kReadStepCount; ++s) best[s] = std::min(best[s], timer.seconds()[s]);
  }
  double total = 0;
  for (double s : best) total += s;
  const double n = static_cast<double>(pages.size());
  std::printf("%zu pages (%zu without an article), %.1f MB; best of %d rounds per step\n",
              pages.size(), unread, bytes / 1e6, rounds);
  std::printf("| step | µs per page | share |\n|---|---:|---:|\n");
  for (int s = 0; s < html::kReadStepCount; ++s) {
    std::printf("| %s | %.1f | %.0f%% |\n", kNames[s], best[s] / n * 1e6, 100 * best[s] / total);
  }
  std::printf("| whole read | %.1f | %.1f MB/s |\n", total / n * 1e6, bytes / 1e6 / total);
  return 0;
}
