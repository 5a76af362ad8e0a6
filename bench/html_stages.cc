// Where the HTML reader's time goes, stage by stage, over a folder of pages:
//
//   build/bench/verdict_html_stages bench/out/formats/html-utf8 [rounds]
//
// Each page runs through the steps of read::html::ReadHtml one by one, timed with a steady
// clock; every stage keeps its best total over the rounds (default 5: the VM drifts), and the
// table gives microseconds per page and the share of the whole read. Pages are read into memory
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

#include "runtime/read/html/article_lines.h"
#include "runtime/read/html/block_walker.h"
#include "runtime/read/html/body_builder.h"
#include "runtime/read/html/charset.h"
#include "runtime/read/html/chrome.h"
#include "runtime/read/html/content_locator.h"
#include "runtime/read/html/gumbo_arena.h"
#include "runtime/read/html/meta_miner.h"
#include "runtime/read/html/page_tree.h"
#include "runtime/read/html/portal_meta.h"
#include "runtime/read/html/skeleton.h"
#include "runtime/read/html/title_finder.h"

namespace html = verdict::read::html;
using Clock = std::chrono::steady_clock;

namespace {

enum Stage { kDecode, kSkeleton, kGumbo, kTree, kChrome, kTitle, kWalk, kLines, kMeta, kCount };
constexpr std::array<const char*, kCount> kNames = {
    "decode (charset, UTF-8)", "skeleton pre-scan", "gumbo parse", "page tree",
    "chrome + article",        "meta tags + title", "block walk",  "line filter",
    "metadata + body"};

// One page through the reader's steps (as html::ReadHtml runs them), adding each step's time.
void ReadPage(const std::string& bytes, std::array<double, kCount>& seconds) {
  auto t = Clock::now();
  const auto lap = [&](Stage stage) {
    const auto now = Clock::now();
    seconds[stage] += std::chrono::duration<double>(now - t).count();
    t = now;
  };
  auto decoded = html::DecodeHtml(bytes);
  if (!decoded.ok()) return;
  verdict::read::Extracted out;
  out.original = std::move(decoded).value();
  const std::string& page = out.original.utf8;
  lap(kDecode);
  const html::Skeleton skeleton = html::Skeleton::Build(page);
  lap(kSkeleton);
  const html::GumboParse gumbo(skeleton.empty() ? std::string_view(page) : skeleton.text());
  lap(kGumbo);
  html::PageTree tree(gumbo.document(), page, skeleton.empty() ? nullptr : &skeleton);
  if (!tree.ok()) return;  // a fallback page: ReadHtml would parse it whole
  lap(kTree);
  const std::vector<uint32_t> disclosure = html::MarkChrome(tree);
  const uint32_t container = html::LocateContent(tree);
  if (container == html::kNoNode) return;
  lap(kChrome);
  const html::MetaTags tags = html::ReadMetaTags(tree);
  html::TitleChoice title = html::FindTitle(tree, container, tags, html::ReadTitleElement(tree));
  lap(kTitle);
  html::LineBuffer lines;
  html::BlockWalker(tree, lines).Walk(container, title.element);
  lap(kWalk);
  html::LabelScanner head(/*nearest_wins=*/false);
  const std::vector<bool> keep = html::KeepLines(lines, title, head);
  lap(kLines);
  const html::ReportMeta meta =
      html::MergeMeta(head, html::MineMeta(tree, disclosure, container), tags);
  out.meta = html::MetaHints(meta, tags);
  const html::MetaField meta_line =
      html::ComposeMetaLine(meta.published, meta.written, meta.updated, meta.source);
  html::AssembleBody(title.text, meta_line, lines, keep, static_cast<uint32_t>(page.size()), out);
  lap(kMeta);
}

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
  std::array<double, kCount> best;
  best.fill(1e300);
  for (int r = 0; r < rounds; ++r) {
    std::array<double, kCount> seconds{};
    for (const std::string& page : pages) ReadPage(page, seconds);
    for (int s = 0; s < kCount; ++s) best[s] = std::min(best[s], seconds[s]);
  }
  double total = 0;
  for (double s : best) total += s;
  const double n = static_cast<double>(pages.size());
  std::printf("%zu pages, %.1f MB; best of %d rounds per stage\n", pages.size(), bytes / 1e6,
              rounds);
  std::printf("| stage | µs per page | share |\n|---|---:|---:|\n");
  for (int s = 0; s < kCount; ++s) {
    std::printf("| %s | %.1f | %.0f%% |\n", kNames[s], best[s] / n * 1e6, 100 * best[s] / total);
  }
  std::printf("| whole read | %.1f | %.1f MB/s |\n", total / n * 1e6, bytes / 1e6 / total);
  return 0;
}
