// MarkerSet against the plain definition: some marker occurs in the text.
#include "runtime/read/html/marker_set.h"

#include <gtest/gtest.h>

#include <array>
#include <random>
#include <string>
#include <string_view>

namespace verdict::read::html {
namespace {

constexpr std::array<std::string_view, 6> kMarkers = {"分享到",    "ICP备",  "©",
                                                      "Copyright", "字体：", "网站地图"};

bool Naive(std::string_view text) {
  for (std::string_view m : kMarkers) {
    if (text.find(m) != std::string_view::npos) return true;
  }
  return false;
}

TEST(MarkerSetTest, FindsMarkersAnywhereAndNothingElse) {
  const MarkerSet set({kMarkers});
  EXPECT_TRUE(set.FoundIn("分享到"));
  EXPECT_TRUE(set.FoundIn("x©"));  // a two-byte marker in the last two bytes
  EXPECT_TRUE(set.FoundIn("©2024"));
  EXPECT_FALSE(set.FoundIn("分享"));
  EXPECT_FALSE(set.FoundIn(""));
  EXPECT_TRUE(set.StartOf("ICP备12345号"));
  EXPECT_FALSE(set.StartOf("京ICP备"));
  // Random text from pieces of markers and their neighbours, every length and offset.
  const std::array<std::string_view, 14> pieces = {"分", "享",       "到",   "ICP",   "备",
                                                   "©",  "\xC2\xA0", "Copy", "right", "字体",
                                                   "：", "网站",     "地图", "a"};
  std::mt19937 rng(11);
  for (int k = 0; k < 20000; ++k) {
    std::string text;
    const int n = static_cast<int>(rng() % 8);
    for (int j = 0; j < n; ++j) text += pieces[rng() % pieces.size()];
    ASSERT_EQ(set.FoundIn(text), Naive(text)) << text;
  }
}

}  // namespace
}  // namespace verdict::read::html
