// Boilerplate detection: a fixed vocabulary of widget and footer captions, matched literally
// in short lines. Portals vary the decoration ("【打印】", "[打印本页]", "• 打印本页") but keep
// the words, so matching the words inside a length limit is robust and linear.
#include "runtime/document/boilerplate.h"

#include <cstdint>
#include <span>
#include <string_view>

#include "runtime/document/scan.h"

namespace verdict::doc {
namespace {

// Widget lines are short; anything longer (or ending a sentence) is treated as text.
constexpr size_t kMaxWidgetChars = 40;
// Footers pack several items (主办, 备案号, 标识码) on one line, so they get more room.
constexpr size_t kMaxFooterChars = 120;

// Captions of widgets; some carry their brackets so that plain words (大, 中) do not match.
constexpr std::string_view kWidgetWords[] = {
    "扫一扫",   "二维码",   "在手机打开", "手机版",   "【字号",     "字号:",      "字号【",
    "字号 【",  "字体大小", "字体:",      "【大】",   "【中】",     "【小】",     "[大]",
    "[中]",     "[小]",     "打印本页",   "打印此页", "打印文章",   "打印正文",   "【打印】",
    "[打印]",   "关闭本页", "关闭窗口",   "关闭此页", "【关闭】",   "[关闭]",     "返回顶部",
    "回到顶部", "分享到",   "分享至",     "网站地图", "文件预览",   "附件下载",   "相关文章",
    "相关链接", "相关阅读", "访问量",     "访问次数", "浏览次数",   "浏览量",     "阅读次数",
    "阅读量",   "点击数",   "点击量",     "点击率",   "保护视力色", "视力保护色", "收藏本页",
    "加入收藏", "上一篇",   "下一篇",     "本页支持", "双击滚屏",
};

constexpr std::string_view kFooterWords[] = {
    "版权所有",  "ICP备",     "网站标识码", "公网安备", "技术支持:",
    "主办单位:", "承办单位:", "主办:",      "承办:",
};

bool ContainsAnyOf(std::string_view line, std::span<const std::string_view> words) {
  for (std::string_view w : words) {
    if (Contains(line, w)) return true;
  }
  return false;
}

bool HasWidgetWord(std::string_view line) {
  return line.starts_with("字号") || ContainsAnyOf(line, kWidgetWords);
}

bool HasFooterWord(std::string_view line) { return ContainsAnyOf(line, kFooterWords); }

// Lone words that portals render as buttons.
constexpr std::string_view kButtonWords[] = {"打印", "关闭", "分享", "收藏", "返回",
                                             "顶部", "大",   "中",   "小"};

bool IsButtonWord(std::string_view s) {
  for (std::string_view w : kButtonWords) {
    if (s == w) return true;
  }
  return false;
}

// The first code point of every word above, as a bitmap over the BMP: a line holding none of
// them holds no word, which rules out most lines without the sixty substring searches.
class FirstCodePoints {
 public:
  FirstCodePoints() {
    for (auto words : {std::span<const std::string_view>(kWidgetWords),
                       std::span<const std::string_view>(kFooterWords),
                       std::span<const std::string_view>(kButtonWords)}) {
      for (std::string_view w : words) Set(DecodeAt(w, 0));
    }
    Set(DecodeAt("字号", 0));
  }
  bool AnyIn(std::string_view line) const {
    for (size_t i = 0; i < line.size(); i += CharLen(line, i)) {
      const char32_t cp = DecodeAt(line, i);
      if (cp < 0x10000 && ((bits_[cp >> 6] >> (cp & 63)) & 1)) return true;
    }
    return false;
  }

 private:
  void Set(char32_t cp) {
    if (cp < 0x10000) bits_[cp >> 6] |= uint64_t{1} << (cp & 63);
  }
  uint64_t bits_[0x10000 / 64] = {};
};

}  // namespace

bool IsBoilerplateLine(std::string_view line) {
  if (SurelyLongerThan(line, kMaxFooterChars)) return false;
  const size_t chars = CharCount(line);
  if (chars > kMaxFooterChars || Contains(line, "。")) return false;
  static const FirstCodePoints first_code_points;
  if (!first_code_points.AnyIn(line)) return false;
  if (HasFooterWord(line)) return true;
  if (chars > kMaxWidgetChars) return false;
  const std::string_view bare = Trim(line.substr(SkipBullets(line)));
  return HasWidgetWord(bare) || IsButtonWord(bare);
}

bool IsTailMarker(std::string_view line) {
  std::string_view bare = Trim(line.substr(SkipBullets(line)));
  if (bare.ends_with(":")) bare = Trim(bare.substr(0, bare.size() - 1));
  for (std::string_view w :
       {"相关文章", "相关链接", "相关阅读", "相关新闻", "相关稿件", "延伸阅读", "推荐阅读"}) {
    if (bare == w) return true;
  }
  return false;
}

}  // namespace verdict::doc
