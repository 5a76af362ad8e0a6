// Title choice. Candidates are small heading or title-classed elements outside hidden and
// navigation markup; each is scored by agreement with the ArticleTitle meta and the browser
// title, report wording, tag, and position relative to the article (before it or at its top).
#include "runtime/read/html/title_finder.h"

#include <string_view>
#include <vector>

#include "runtime/read/html/block_walker.h"
#include "runtime/read/html/char_class.h"
#include "runtime/read/html/chrome.h"

namespace verdict::read::html {
namespace {

constexpr uint32_t kMaxCandidateNodes = 64;  // titles are small subtrees
constexpr size_t kMinTitleChars = 4;
constexpr size_t kMaxTitleChars = 150;
constexpr size_t kMinOverlapBytes = 12;  // four CJK characters
constexpr int kMinScore = 25;

// Title candidates come from <h1>..<h3> only.
int HeadingLevel(GumboTag tag) {
  const int level = HeadingTagLevel(tag);
  return level <= 3 ? level : 0;
}

// Either text contains the other, and the shorter is long enough to mean something.
bool Overlaps(std::string_view a, std::string_view b) {
  if (a.size() < kMinOverlapBytes || b.size() < kMinOverlapBytes) return false;
  return a.find(b) != std::string_view::npos || b.find(a) != std::string_view::npos;
}

// Nodes inside hidden or navigation-type chrome (a <header> does not count).
std::vector<bool> Blocked(const PageTree& tree) {
  std::vector<bool> blocked(tree.size(), false);
  for (uint32_t i = 0; i < tree.size(); ++i) {
    const PageNode& node = tree.node(i);
    const bool own = node.drop == Drop::kHidden || node.drop == Drop::kChrome;
    blocked[i] = own || (node.parent != kNoNode && blocked[node.parent]);
  }
  return blocked;
}

int Score(const PageTree& tree, uint32_t i, uint32_t container, std::string_view text,
          std::string_view meta_title, std::string_view core) {
  int score = 0;
  if (!meta_title.empty()) {
    if (text == meta_title) {
      score += 100;
    } else if (Overlaps(text, meta_title)) {
      score += 60;
    }
  }
  if (!core.empty()) {
    if (text == core) {
      score += 80;
    } else if (Overlaps(text, core)) {
      score += 50;
    }
  }
  if (text.find("报告") != std::string_view::npos) score += 20;
  switch (HeadingLevel(tree.node(i).tag)) {
    case 1:
      score += 15;
      break;
    case 2:
      score += 10;
      break;
    case 3:
      score += 5;
      break;
    default:
      score += 8;
      break;  // class*="title"
  }
  if (container != kNoNode) {
    if (tree.Contains(container, i) || i < container) {
      score += 10;
    } else if (i >= tree.node(container).end) {
      score -= 40;  // below the article: related articles, footers
    }
  }
  return score;
}

}  // namespace

MetaField ElementLine(const PageTree& tree, uint32_t i) {
  LineBuffer buffer;
  BlockWalker walker(tree, buffer);
  walker.Walk(i, kNoNode, /*keep_chrome=*/true);
  MetaField line;
  for (const Line& l : buffer.lines) {
    if (!line.value.empty()) {
      line.value.push_back(' ');
      line.source.push_back(buffer.source[l.begin]);
    }
    line.value.append(buffer.LineText(l));
    line.source.insert(line.source.end(), buffer.source.begin() + l.begin,
                       buffer.source.begin() + l.end);
  }
  return line;
}

TitleChoice FindTitle(const PageTree& tree, uint32_t container, const MetaTags& meta,
                      const MetaField& browser) {
  const std::string_view meta_title = meta.title.value;
  const auto [core_begin, core_end] = TitleCore(browser.value);
  const std::string_view core =
      std::string_view(browser.value).substr(core_begin, core_end - core_begin);

  const std::vector<bool> blocked = Blocked(tree);
  TitleChoice best;
  int best_score = kMinScore;
  for (uint32_t i = tree.body(); i < tree.size(); ++i) {
    const PageNode& node = tree.node(i);
    if (node.is_text || blocked[i]) continue;
    const bool heading = HeadingLevel(node.tag) != 0;
    if (!heading && !tree.ClassOrIdContains(i, "title")) continue;
    if (node.end - i > kMaxCandidateNodes) continue;
    MetaField line = ElementLine(tree, i);
    const size_t chars = CountVisibleChars(line.value);
    if (chars < kMinTitleChars || chars > kMaxTitleChars) continue;
    if (LooksLikeSiteName(line.value) || IsMetadataRow(line.value) ||
        IsChromeLine(line.value, static_cast<uint32_t>(chars), 0)) {
      continue;
    }
    if (!meta_title.empty() && line.value != meta_title) continue;
    const int score = Score(tree, i, container, line.value, meta_title, core);
    // Ties go to the later candidate: the one nearest the article.
    if (score >= best_score) {
      best_score = score;
      best.text = std::move(line);
      best.element = i;
      best.heading_level = HeadingLevel(node.tag);
      if (best.heading_level == 0) {
        // A title-classed wrapper around an <hn>.
        for (uint32_t k = i + 1; k < node.end; ++k) {
          if (const int level = HeadingLevel(tree.node(k).tag)) {
            best.heading_level = level;
            break;
          }
        }
      }
    }
    i = node.end - 1;  // nested candidates would give the same text
  }
  if (best.element != kNoNode) return best;
  if (!meta_title.empty()) {
    best.text = meta.title;
    return best;
  }
  if (!core.empty()) {
    best.text.value = std::string(core);
    best.text.source.assign(browser.source.begin() + static_cast<std::ptrdiff_t>(core_begin),
                            browser.source.begin() + static_cast<std::ptrdiff_t>(core_end));
  }
  return best;
}

}  // namespace verdict::read::html
