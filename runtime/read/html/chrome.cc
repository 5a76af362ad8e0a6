// Chrome detection. Elements: hidden and furniture tags, class/id names portals give their
// navigation, share and footer blocks (kept when they turn out to hold much plain text), and
// blocks made of disclosure labels. Lines: markers of breadcrumbs, widgets and footers.
#include "runtime/read/html/chrome.h"

#include <array>
#include <string>

#include "runtime/read/html/char_class.h"
#include "runtime/read/html/marker_set.h"

namespace verdict::read::html {
namespace {

// Plain (non-link) text above which a block named like chrome is kept after all.
constexpr uint32_t kChromeContentLimit = 300;
// Disclosure blocks: short cells only, little text per label.
constexpr uint32_t kDisclosureMaxRun = 120;
constexpr uint32_t kDisclosureCharsPerLabel = 40;
constexpr uint32_t kDisclosureSlack = 40;
// Lines no longer than these may be chrome by marker.
constexpr uint32_t kWidgetLineChars = 60;
constexpr uint32_t kFooterLineChars = 120;
constexpr uint32_t kBreadcrumbLineChars = 80;
constexpr uint32_t kCrumbSegmentChars = 20;

constexpr std::array<std::string_view, 21> kWidgetMarkers = {
    "分享到",   "打印本页", "打印此页", "关闭窗口", "关闭本页", "返回顶部",   "收藏本页",
    "加入收藏", "【字体",   "字体：",   "字体:",    "字体大小", "视力保护色", "保护视力色",
    "扫一扫",   "【打印】", "【关闭】", "[打印]",   "二维码",   "联系我们",   "网站声明"};
constexpr std::array<std::string_view, 6> kBreadcrumbMarkers = {
    "当前位置", "您的位置", "你的位置", "您现在的位置", "所在位置", "现在位置"};
// Footer words that could occur in report text count only with their colon.
constexpr std::array<std::string_view, 15> kFooterMarkers = {
    "ICP备",     "icp备",      "公网安备",  "版权所有",   "网站标识码",
    "网站地图",  "Copyright",  "COPYRIGHT", "©",          "主办单位：",
    "主办单位:", "承办单位：", "承办单位:", "技术支持：", "技术支持:"};

const MarkerSet& BreadcrumbMarkers() {
  static const MarkerSet set({kBreadcrumbMarkers});
  return set;
}
const MarkerSet& FooterMarkers() {
  static const MarkerSet set({kFooterMarkers});
  return set;
}
// Widget and footer markers, for one pass over a short line.
const MarkerSet& WidgetOrFooterMarkers() {
  static const MarkerSet set({kWidgetMarkers, kFooterMarkers});
  return set;
}
// All three, for one pass over a text.
const MarkerSet& AllMarkers() {
  static const MarkerSet set({kWidgetMarkers, kBreadcrumbMarkers, kFooterMarkers});
  return set;
}
constexpr std::array<std::string_view, 17> kChromeLines = {
    "打印",     "关闭",     "分享",     "收藏",
    "返回",     "相关文章", "相关链接", "相关阅读",
    "相关新闻", "推荐阅读", "附件下载", "文件预览",
    "相关文件", "【字号",   "字号",     "【大】【中】【小】",
    "大 中 小"};
constexpr std::array<std::string_view, 2> kChromeLinePrefixes = {"上一篇", "下一篇"};

// Class/id fragments of portal template blocks.
constexpr std::array<std::string_view, 24> kChromeClasses = {
    "nav",      "menu",    "breadcrumb", "crumb",    "footer",   "copyright", "share",   "sidebar",
    "side-bar", "toolbar", "bdshare",    "position", "location", "weizhi",    "dqwz",    "print",
    "foot",     "bottom",  "search",     "login",    "topbar",   "qrcode",    "erweima", "related"};

// "字号" as the font-size widget, not inside 发文字号 / 文字号.
bool HasFontSizeWidget(std::string_view text) {
  constexpr std::string_view kMarker = "字号";
  constexpr std::string_view kWen = "文";
  for (size_t at = text.find(kMarker); at != std::string_view::npos;
       at = text.find(kMarker, at + kMarker.size())) {
    if (at < kWen.size() || text.substr(at - kWen.size(), kWen.size()) != kWen) return true;
  }
  return false;
}

bool IsHiddenTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
      return true;
    default:
      return false;
  }
}

bool IsHiddenByAttribute(const PageTree& tree, uint32_t i) {
  const GumboNode* node = tree.node(i).gumbo;
  if (node->type == GUMBO_NODE_ELEMENT &&
      gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) {
    return true;
  }
  const std::string_view style = tree.Attribute(i, "style");
  if (style.empty()) return false;
  std::string compact;
  for (char c : style) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') compact.push_back(c);
  }
  return ContainsIgnoreCase(compact, "display:none") ||
         ContainsIgnoreCase(compact, "visibility:hidden");
}

// Small, or mostly links: what a template block is, and what an article never is.
bool SmallOrLinky(const PageNode& node) {
  return node.content() < kChromeContentLimit || node.link_chars * 2 > node.chars;
}

bool HasChromeClass(const PageTree& tree, uint32_t i) {
  const std::string_view key = tree.ClassAndId(i);
  if (!key.empty()) {
    for (std::string_view fragment : kChromeClasses) {
      if (key.find(fragment) != std::string_view::npos) return true;
    }
  }
  const std::string_view role = tree.Attribute(i, "role");
  return role == "navigation" || role == "banner" || role == "contentinfo";
}

bool IsDisclosureBlock(const PageNode& node) {
  return node.labels >= 2 && node.max_run <= kDisclosureMaxRun &&
         node.chars <= kDisclosureCharsPerLabel * node.labels + kDisclosureSlack;
}

// Non-space code points of the longest '>'-separated segment, and how many separators.
void CrumbShape(std::string_view line, uint32_t& separators, uint32_t& longest) {
  separators = 0;
  longest = 0;
  uint32_t current = 0;
  for (size_t i = 0; i < line.size();) {
    const CodePoint cp = DecodeCodePoint(line, i);
    const bool sep = cp.value == '>' || cp.value == 0xBB || cp.value == 0x203A ||
                     cp.value == 0xFF1E || cp.value == 0x2192;
    if (sep) {
      // ">>" counts once.
      if (current > 0 || separators == 0) ++separators;
      current = 0;
    } else if (!IsCollapsibleSpace(cp.value)) {
      ++current;
      longest = std::max(longest, current);
    }
    i += cp.length;
  }
}

}  // namespace

bool HasChromeMarker(std::string_view text) {
  return AllMarkers().FoundIn(text) || HasFontSizeWidget(text);
}

std::vector<uint32_t> MarkChrome(PageTree& tree) {
  const uint32_t n = tree.size();
  for (uint32_t i = 0; i < n; ++i) {
    const PageNode& node = tree.node(i);
    if (node.is_text) continue;
    if (IsHiddenTag(node.tag) || IsHiddenByAttribute(tree, i)) {
      tree.SetDrop(i, Drop::kHidden);
      i = node.end - 1;
    }
  }
  tree.Recount();

  std::vector<uint32_t> disclosure;
  for (uint32_t i = 0; i < n; ++i) {
    const PageNode& node = tree.node(i);
    if (node.is_text || node.removed) continue;
    Drop drop = Drop::kKeep;
    switch (node.tag) {
      case GUMBO_TAG_NAV:
      case GUMBO_TAG_ASIDE:
      case GUMBO_TAG_FOOTER:
      case GUMBO_TAG_MENU:
        drop = Drop::kChrome;
        break;
      case GUMBO_TAG_HEADER:
        if (SmallOrLinky(node)) drop = Drop::kHeader;
        break;
      case GUMBO_TAG_FORM:
        if (SmallOrLinky(node)) drop = Drop::kChrome;
        break;
      case GUMBO_TAG_HTML:
      case GUMBO_TAG_BODY:
        break;
      default:
        if (IsDisclosureBlock(node)) {
          disclosure.push_back(i);
          drop = Drop::kChrome;
        } else if (HasChromeClass(tree, i) && SmallOrLinky(node)) {
          drop = Drop::kChrome;
        }
        break;
    }
    if (drop != Drop::kKeep) {
      tree.SetDrop(i, drop);
      i = node.end - 1;
    }
  }
  tree.Recount();
  return disclosure;
}

bool IsChromeLine(std::string_view line, uint32_t chars, uint32_t link_chars) {
  if (chars == 0) return true;
  std::string_view head = line;
  while (!head.empty() && (head.front() == ' ' || head.front() == '[')) head.remove_prefix(1);
  if (BreadcrumbMarkers().StartOf(head)) return true;
  for (std::string_view m : kChromeLines) {
    if (line == m) return true;
  }
  if (chars <= kBreadcrumbLineChars) {
    for (std::string_view m : kChromeLinePrefixes) {
      if (head.starts_with(m)) return true;
    }
    uint32_t separators = 0;
    uint32_t longest = 0;
    CrumbShape(line, separators, longest);
    if (separators >= 1 && link_chars * 2 >= chars) return true;
    if (separators >= 2 && longest <= kCrumbSegmentChars) return true;
  }
  // Short lines: widget or footer words, in one pass; longer ones up to the footer limit:
  // footer words.
  if (chars <= kWidgetLineChars) {
    if (WidgetOrFooterMarkers().FoundIn(line) || HasFontSizeWidget(line)) return true;
  } else if (chars <= kFooterLineChars && FooterMarkers().FoundIn(line)) {
    return true;
  }
  // A line of nothing but links: a related-articles or attachment list entry.
  return link_chars >= chars;
}

}  // namespace verdict::read::html
