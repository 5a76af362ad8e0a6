// JsonWriter: the exact layout of nlohmann's dump(2) (so the report's bytes did not change when
// the DOM went away), string escaping, and U+FFFD for bytes that are not UTF-8.
#include "cli/json_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace verdict::cli {
namespace {

std::string Quoted(std::string_view s) {
  std::string out;
  AppendJsonString(out, s);
  return out;
}

TEST(JsonWriterTest, EscapesLikeNlohmann) {
  const std::string samples[] = {"plain",
                                 "",
                                 "引号\"和\\反斜杠",
                                 "tab\there\nnew\rline\b\f",
                                 std::string("nul\0x", 5),
                                 "\x01\x1f\x7f",
                                 "中文，全角：（）",
                                 "emoji \xF0\x9F\x98\x80"};
  for (const std::string& s : samples) {
    EXPECT_EQ(Quoted(s), nlohmann::json(s).dump()) << s;
  }
}

TEST(JsonWriterTest, InvalidBytesBecomeReplacementCharacters) {
  EXPECT_EQ(Quoted("a\xFF"
                   "b"),
            "\"a\xEF\xBF\xBD"
            "b\"");
  EXPECT_EQ(Quoted("\xB9\xFA\xBC\xD2"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");
  EXPECT_EQ(Quoted("\xE4\xB8"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");  // cut-off 中
}

TEST(JsonWriterTest, LayoutMatchesDumpWithTwoSpaces) {
  std::string out;
  JsonWriter w(out);
  w.BeginObject();
  w.Key("a").Int(-3);
  w.Key("b").BeginArray();
  w.String("x");
  w.BeginObject();
  w.Key("n").Null();
  w.Key("t").Bool(true);
  w.Key("e").BeginArray();
  w.EndArray();
  w.Key("o").BeginObject();
  w.EndObject();
  w.EndObject();
  w.EndArray();
  w.Key("c").NullableString("");
  w.Key("d").NullableString("值");
  w.EndObject();
  const auto want = nlohmann::ordered_json::parse(
      R"({"a": -3, "b": ["x", {"n": null, "t": true, "e": [], "o": {}}], "c": null, "d": "值"})");
  EXPECT_EQ(out, want.dump(2));
}

TEST(JsonWriterTest, DepthIndentsNestedLines) {
  std::string out;
  JsonWriter w(out, 2);
  w.BeginArray();
  w.Int(1);
  w.EndArray();
  EXPECT_EQ(out, "[\n      1\n    ]");
}

}  // namespace
}  // namespace verdict::cli
