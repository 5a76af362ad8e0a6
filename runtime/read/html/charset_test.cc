// Tests for charset declarations and the HTML decode decision.
#include "runtime/read/html/charset.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/read/html/test_util.h"

namespace verdict::read::html {
namespace {

using testing::Convert;
using testing::ToGb18030;

TEST(DeclaredCharsetTest, ReadsMetaCharsetHttpEquivAndXmlDeclarations) {
  EXPECT_EQ(DeclaredCharset("<html><head><meta charset=\"UTF-8\">"), "utf-8");
  EXPECT_EQ(DeclaredCharset("<meta charset=gbk>"), "gbk");
  EXPECT_EQ(DeclaredCharset("<META HTTP-EQUIV=\"Content-Type\" "
                            "CONTENT=\"text/html; charset=GB2312\" />"),
            "gb2312");
  EXPECT_EQ(DeclaredCharset("<meta content='text/html;charset=x-gbk' http-equiv='content-type'>"),
            "x-gbk");
  EXPECT_EQ(DeclaredCharset("<?xml version=\"1.0\" encoding=\"GB18030\"?><html>"), "gb18030");
}

TEST(DeclaredCharsetTest, IgnoresCommentsOtherMetasAndTheRestOfTheFile) {
  EXPECT_EQ(DeclaredCharset("<!-- <meta charset=big5> --><meta charset=utf-8>"), "utf-8");
  EXPECT_EQ(DeclaredCharset("<meta name=\"keywords\" content=\"法治\"><p>charset=gbk</p>"), "");
  EXPECT_EQ(DeclaredCharset("<html>"), "");
  const std::string late = "<html>" + std::string(kCharsetPrefix, ' ') + "<meta charset=gbk>";
  EXPECT_EQ(DeclaredCharset(late), "");
}

TEST(CanonicalCharsetTest, MapsLabelsToTheEncodingsWeDecode) {
  for (const char* label : {"gbk", "GB2312", "gb18030", "x-gbk", "cp936", "euc-cn"}) {
    EXPECT_EQ(CanonicalCharset(label), "GB18030") << label;
  }
  EXPECT_EQ(CanonicalCharset("utf8"), "UTF-8");
  EXPECT_EQ(CanonicalCharset("Big5"), "Big5");
  EXPECT_EQ(CanonicalCharset("iso-8859-1"), "");
}

TEST(DecodeHtmlTest, DecodesADeclaredGbkPageAsGb18030WithOffsetsIntoTheFile) {
  const std::string page = ToGb18030("<meta charset=gb2312><p>青山区法治</p>");
  auto decoded = DecodeHtml(page);
  ASSERT_TRUE(decoded.ok()) << decoded.error().message;
  EXPECT_EQ(decoded->encoding, "GB18030");
  EXPECT_EQ(decoded->utf8, "<meta charset=gb2312><p>青山区法治</p>");
  const size_t decoded_at = decoded->utf8.find("法治");
  EXPECT_EQ(decoded->OriginalOffset(decoded_at), page.find(ToGb18030("法治")));
}

TEST(DecodeHtmlTest, APageDeclaredUtf8ButWrittenInGbkFallsBackToGb18030) {
  const std::string page =
      ToGb18030("<meta charset=\"utf-8\"><p>石桥镇人民政府2022年法治政府建设工作报告</p>");
  auto decoded = DecodeHtml(page);
  ASSERT_TRUE(decoded.ok()) << decoded.error().message;
  EXPECT_EQ(decoded->encoding, "GB18030");
  EXPECT_NE(decoded->utf8.find("石桥镇"), std::string::npos);
}

TEST(DecodeHtmlTest, APageDeclaredGbkButWrittenInUtf8StaysUtf8) {
  const std::string page = "<meta charset=gb2312><p>青山区司法局法治政府建设报告</p>";
  auto decoded = DecodeHtml(page);
  ASSERT_TRUE(decoded.ok()) << decoded.error().message;
  EXPECT_EQ(decoded->encoding, "UTF-8");
  EXPECT_EQ(decoded->utf8, page);
}

TEST(DecodeHtmlTest, DecodesADeclaredBig5Page) {
  const std::string page =
      Convert("<meta charset=big5><p>青山區法治政府建設報告</p>", "UTF-8", "Big5");
  ASSERT_FALSE(page.empty());
  auto decoded = DecodeHtml(page);
  ASSERT_TRUE(decoded.ok()) << decoded.error().message;
  EXPECT_EQ(decoded->encoding, "Big5");
  EXPECT_NE(decoded->utf8.find("法治政府建設報告"), std::string::npos);
}

TEST(DecodeHtmlTest, UndeclaredPagesGoThroughDetection) {
  auto utf8 = DecodeHtml("<p>法治政府</p>");
  ASSERT_TRUE(utf8.ok());
  EXPECT_EQ(utf8->encoding, "UTF-8");
  auto gbk = DecodeHtml(ToGb18030("<p>青山区司法局关于法治政府建设情况的报告</p>"));
  ASSERT_TRUE(gbk.ok()) << gbk.error().message;
  EXPECT_EQ(gbk->encoding, "GB18030");
}

TEST(DecodeHtmlTest, BomsWinOverDeclarations) {
  auto decoded = DecodeHtml("\xEF\xBB\xBF<meta charset=gbk><p>法治</p>");
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->encoding, "UTF-8");
  EXPECT_EQ(decoded->OriginalOffset(0), 3u);
}

TEST(DecodeHtmlTest, RejectsEmptyAndBinaryInputsLikeTextDecode) {
  auto empty = DecodeHtml("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, "empty-document");
  auto binary = DecodeHtml(std::string("<meta charset=gbk>\0\0\0\x01\x02", 23));
  ASSERT_FALSE(binary.ok());
  EXPECT_EQ(binary.error().code, "binary-file");
  auto blank = DecodeHtml("<meta charset=gbk>");
  ASSERT_TRUE(blank.ok());  // markup is not blank; the reader finds no body later
}

}  // namespace
}  // namespace verdict::read::html
