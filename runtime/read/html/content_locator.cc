// Content location. Known containers are scored by their plain (non-link, non-chrome) text and
// narrowed to the innermost one that still holds most of it. Independently, text-density
// scoring credits each text block's plain text to its container and, halved, to the next one
// up (readability style); that wins when the named container holds much less text.
#include "runtime/read/html/content_locator.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/read/html/block_walker.h"

namespace verdict::read::html {
namespace {

// An article has at least this much plain text (code points) ...
constexpr uint32_t kMinContent = 10;
// ... and at most this share of link text (as a ratio link*den > chars*num).
constexpr uint32_t kMaxLinkNum = 1;
constexpr uint32_t kMaxLinkDen = 2;
// A nested container that keeps this share of its parent's plain text replaces it.
constexpr uint32_t kNarrowNum = 4;
constexpr uint32_t kNarrowDen = 5;
// Density scoring beats the named container when that holds less than num/den of its text.
constexpr uint32_t kPreferNamedNum = 1;
constexpr uint32_t kPreferNamedDen = 2;

constexpr std::array<std::string_view, 26> kContainerClasses = {
    "trs_editor", "trs_ueditor", "custom_unionstyle", "zoom",      "article",       "content",
    "detail",     "main-text",   "maintext",          "main_text", "pages_content", "news_content",
    "con_txt",    "contxt",      "con-txt",           "text_con",  "zwnr",          "zw_con",
    "wzcon",      "news_text",   "newstext",          "art_con",   "artcon",        "body-text",
    "bodytext",   "zhengwen"};

bool Linky(const PageNode& node) {
  return node.link_chars * kMaxLinkDen > node.chars * kMaxLinkNum;
}

bool Qualifies(const PageNode& node) {
  return !node.removed && !node.is_text && node.content() >= kMinContent && !Linky(node);
}

bool IsNamedContainer(const PageTree& tree, uint32_t i) {
  const PageNode& node = tree.node(i);
  if (node.tag == GUMBO_TAG_ARTICLE || node.tag == GUMBO_TAG_MAIN) return true;
  if (node.tag == GUMBO_TAG_BODY || node.tag == GUMBO_TAG_HTML) return false;
  const std::string_view key = tree.ClassAndId(i);
  if (key.empty()) return false;
  for (std::string_view fragment : kContainerClasses) {
    if (key.find(fragment) != std::string_view::npos) return true;
  }
  return false;
}

uint32_t BestNamedContainer(const PageTree& tree) {
  uint32_t best = kNoNode;
  for (uint32_t i = 0; i < tree.size(); ++i) {
    const PageNode& node = tree.node(i);
    if (node.is_text) continue;
    if (node.removed) {
      i = node.end - 1;
      continue;
    }
    if (!Qualifies(node) || !IsNamedContainer(tree, i)) continue;
    if (best == kNoNode || node.content() > tree.node(best).content()) best = i;
  }
  if (best == kNoNode) return best;
  // Narrow to the innermost named container that keeps most of the text (div.article ->
  // div#zoom.TRS_Editor).
  const uint32_t total = tree.node(best).content();
  uint32_t chosen = best;
  for (uint32_t i = best + 1; i < tree.node(best).end; ++i) {
    const PageNode& node = tree.node(i);
    if (node.is_text || node.removed) continue;
    if (Qualifies(node) && IsNamedContainer(tree, i) &&
        node.content() * kNarrowDen >= total * kNarrowNum && tree.Contains(chosen, i)) {
      chosen = i;
    }
  }
  return chosen;
}

// Paragraph-like blocks give their text to their parent; container-like blocks holding text
// directly keep it; each also gives half to the next element up.
bool GivesToParent(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE:
      return true;
    default:
      return false;
  }
}

uint32_t DensityContainer(const PageTree& tree) {
  const uint32_t n = tree.size();
  // Plain text per nearest block ancestor.
  std::vector<uint64_t> direct(n, 0);
  std::vector<uint32_t> block_of(n, kNoNode);
  for (uint32_t i = 0; i < n; ++i) {
    const PageNode& node = tree.node(i);
    if (node.removed) {
      i = node.end - 1;
      continue;
    }
    const uint32_t parent = node.parent;
    const uint32_t parent_block = parent == kNoNode ? kNoNode : block_of[parent];
    if (node.is_text) {
      if (parent_block != kNoNode && !node.in_link) direct[parent_block] += node.content();
      continue;
    }
    block_of[i] = IsBlockTag(node.tag) ? i : parent_block;
  }
  std::vector<uint64_t> score(n, 0);
  // The nearest block element above `i`.
  const auto up = [&](uint32_t i) {
    const uint32_t p = tree.node(i).parent;
    return p == kNoNode ? kNoNode : block_of[p];
  };
  for (uint32_t i = 0; i < n; ++i) {
    if (direct[i] == 0) continue;
    uint32_t target = GivesToParent(tree.node(i).tag) ? up(i) : i;
    if (target == kNoNode) target = i;
    score[target] += direct[i] * 2;
    const uint32_t next = up(target);
    if (next != kNoNode) score[next] += direct[i];
  }
  uint32_t best = kNoNode;
  uint64_t best_score = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const PageNode& node = tree.node(i);
    if (score[i] == 0 || !Qualifies(node)) continue;
    // Weighted by the share of plain text.
    const uint64_t weighted = score[i] * node.content() / (node.chars == 0 ? 1 : node.chars);
    if (best == kNoNode || weighted > best_score) {
      best = i;
      best_score = weighted;
    }
  }
  return best;
}

}  // namespace

uint32_t LocateContent(const PageTree& tree) {
  const uint32_t named = BestNamedContainer(tree);
  const uint32_t dense = DensityContainer(tree);
  if (named == kNoNode) return dense;
  if (dense == kNoNode) return named;
  const uint32_t named_text = tree.node(named).content();
  const uint32_t dense_text = tree.node(dense).content();
  if (named_text * kPreferNamedDen >= dense_text * kPreferNamedNum) return named;
  return dense;
}

}  // namespace verdict::read::html
