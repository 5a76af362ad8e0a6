// Tests for the skeleton parse: what the pre-scan cuts and keeps, and above all that a tree
// built from the skeleton shows exactly the text and page offsets of a tree built from the
// page (node by node), and that ReadHtml gives the same Extracted either way, on tricky pages,
// the fixtures and randomly generated pages.
#include "runtime/read/html/skeleton.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/read/html/charset.h"
#include "runtime/read/html/html_reader.h"
#include "runtime/read/html/parsed_page.h"
#include "runtime/read/html/skeleton_scanner.h"
#include "runtime/read/html/test_util.h"

namespace verdict::read::html {
namespace {

using testing::ReadFixture;

// A long plain run: well over the length the pre-scan cuts.
const std::string kProse =
    "全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，规范执法行为。";

std::string Where(std::string_view page, std::string_view piece) {
  if (piece.data() == nullptr) return "null";
  return std::to_string(piece.data() - page.data()) + "+" + std::to_string(piece.size());
}

// Every attribute the reader asks for, as one string, with where the page holds its value.
std::string AttributesRead(const PageTree& tree, uint32_t i) {
  std::string out;
  const GumboNode* node = tree.node(i).gumbo;
  for (const char* name : {"class", "id", "style", "role", "name", "content"}) {
    out += std::string(name) + "=" + std::string(tree.Attribute(i, name));
    if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
      if (attr != nullptr) out += "@" + Where(tree.source(), tree.SourceSpan(attr->original_value));
    }
    out += ";";
  }
  if (node->type == GUMBO_NODE_ELEMENT) {
    for (const char* name : {"hidden", "href"}) {
      if (gumbo_get_attribute(&node->v.element.attributes, name) != nullptr) out += name;
    }
  }
  return out;
}

// The first difference between the trees of a skeleton parse and a whole-page parse of `page`
// (empty when there is none). `used` tells whether the skeleton was used.
std::string TreeDifference(std::string_view page, bool* used = nullptr, bool* runs = nullptr) {
  ParsedPage fast(page, /*use_skeleton=*/true);
  ParsedPage slow(page, /*use_skeleton=*/false);
  fast.tree().Recount();
  slow.tree().Recount();
  if (used != nullptr) *used = fast.used_skeleton();
  if (runs != nullptr) *runs = fast.used_element_runs();
  const PageTree& a = fast.tree();
  const PageTree& b = slow.tree();
  if (a.size() != b.size()) {
    return "node count " + std::to_string(a.size()) + " vs " + std::to_string(b.size());
  }
  for (uint32_t i = 0; i < a.size(); ++i) {
    const PageNode& x = a.node(i);
    const PageNode& y = b.node(i);
    std::ostringstream diff;
    if (x.tag != y.tag || x.is_text != y.is_text || x.parent != y.parent || x.end != y.end ||
        x.is_link != y.is_link || x.in_link != y.in_link) {
      diff << "shape";
    } else if (a.Text(i) != b.Text(i)) {
      diff << "text '" << a.Text(i) << "' vs '" << b.Text(i) << "'";
    } else if (Where(page, a.RawText(i)) != Where(page, b.RawText(i))) {
      diff << "raw " << Where(page, a.RawText(i)) << " vs " << Where(page, b.RawText(i));
    } else if (a.RawOffset(i) != b.RawOffset(i) || a.Offset(i) != b.Offset(i)) {
      diff << "offset " << a.Offset(i) << "/" << a.RawOffset(i) << " vs " << b.Offset(i) << "/"
           << b.RawOffset(i);
    } else if (x.chars != y.chars || x.cjk != y.cjk || x.labels != y.labels ||
               x.chrome_chars != y.chrome_chars || x.max_run != y.max_run) {
      diff << "measures";
    } else if (AttributesRead(a, i) != AttributesRead(b, i)) {
      diff << "attributes " << AttributesRead(a, i) << " vs " << AttributesRead(b, i);
    }
    if (!diff.str().empty()) return "node " + std::to_string(i) + ": " + diff.str();
  }
  return {};
}

// The first difference between ReadHtml over the skeleton and over the whole page.
std::string ReadDifference(std::string_view bytes) {
  auto fast = ReadHtml(bytes, /*use_skeleton=*/true);
  auto slow = ReadHtml(bytes, /*use_skeleton=*/false);
  if (fast.ok() != slow.ok()) return "one failed";
  if (!fast.ok()) return fast.error().code == slow.error().code ? "" : "error codes";
  const Extracted& x = fast.value();
  const Extracted& y = slow.value();
  if (x.body != y.body) return "body:\n" + x.body + "\nvs\n" + y.body;
  if (x.body_to_original != y.body_to_original) return "body_to_original";
  if (x.blocks.size() != y.blocks.size()) return "block count";
  for (size_t k = 0; k < x.blocks.size(); ++k) {
    const BlockHint& p = x.blocks[k];
    const BlockHint& q = y.blocks[k];
    if (p.kind != q.kind || p.begin != q.begin || p.end != q.end || p.level != q.level) {
      return "block " + std::to_string(k);
    }
  }
  if (x.meta.size() != y.meta.size()) return "meta count";
  for (size_t k = 0; k < x.meta.size(); ++k) {
    if (x.meta[k].key != y.meta[k].key || x.meta[k].value != y.meta[k].value) {
      return "meta " + x.meta[k].key;
    }
  }
  return {};
}

std::string Page(std::string_view body) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>法治政府建设年度报告 &amp; "
         "其他</title></head><body>" +
         std::string(body) + "</body></html>";
}

TEST(SkeletonTest, CutsLongTextRunsKeepingLeadingWhitespace) {
  const std::string page = "<p>\n  " + kProse + "</p><b>短文本</b>";
  const Skeleton s = Skeleton::Build(page, /*element_runs=*/false);
  ASSERT_FALSE(s.empty());
  ASSERT_EQ(s.markers().size(), 1u);
  const std::string marker(1, s.marker());
  EXPECT_EQ(s.text(), "<p>\n  " + marker + "</p><b>短文本</b>");
  const SkeletonMarker& m = s.markers()[0];
  EXPECT_EQ(page.substr(m.page_begin, m.page_end - m.page_begin), kProse);
  // Offsets before, at and after the marker.
  EXPECT_EQ(s.ToPage(3), 3u);
  EXPECT_EQ(s.ToPage(m.skeleton), page.find(kProse));
  EXPECT_EQ(s.ToPage(m.skeleton + 1), page.find("</p>"));
  EXPECT_EQ(s.ToPage(static_cast<uint32_t>(s.text().size())), page.size());
}

TEST(SkeletonTest, HintedLookupsAgreeWithBinarySearch) {
  std::string page;
  for (int k = 0; k < 40; ++k) page += "<p>" + kProse + "</p><i>短</i>";
  const Skeleton s = Skeleton::Build(page, /*element_runs=*/false);
  ASSERT_EQ(s.markers().size(), 40u);
  const auto size = static_cast<uint32_t>(s.text().size());
  std::mt19937 rng(1);
  size_t hint = 0;
  for (int k = 0; k < 4000; ++k) {
    // In order, then jumping anywhere.
    const uint32_t offset = k < 2000 ? static_cast<uint32_t>(k) % (size + 1) : rng() % (size + 1);
    size_t other = hint;
    ASSERT_EQ(s.FirstMarkerFrom(offset, hint), s.FirstMarkerFrom(offset)) << offset;
    ASSERT_EQ(s.ToPage(offset, other), s.ToPage(offset)) << offset;
  }
}

TEST(SkeletonTest, KeepsReferencesCarriageReturnsAndMarkupVerbatim) {
  const std::string title = "<title>" + kProse + "&amp;" + kProse + "</title>";
  const std::string comment = "<!-- " + kProse + " <p> -->";
  const std::string attribute = "<div class=\"a>" + kProse + "\">";
  const std::string textarea = "<textarea>" + kProse + "</textarea>";
  // Raw text gumbo rewrites (CR, a control character) stays too.
  const std::string script_cr = "<script>var a = 1;\r\n" + kProse + "</script>";
  const std::string style_control = "<style>p { content: \"\x01" + kProse + "\" }</style>";
  const std::string page = title + comment + attribute + textarea + script_cr + style_control +
                           "甲乙&nbsp;丙丁&ldquo;\r\n" + kProse + "</div>";
  const Skeleton s = Skeleton::Build(page);
  ASSERT_EQ(s.markers().size(), 1u);  // only the run after "\r\n"
  for (const std::string& kept : {title, comment, attribute, textarea, script_cr, style_control,
                                  std::string("&nbsp;丙丁&ldquo;\r\n")}) {
    EXPECT_NE(s.text().find(kept), std::string_view::npos) << kept;
  }
  EXPECT_EQ(s.markers()[0].page_begin, page.find(kProse, page.rfind("\r\n")));
}

TEST(SkeletonTest, CutsTitlesWithoutReferencesWhole) {
  const std::string title = kProse + "<p>" + kProse;  // RCDATA: "<p>" is text
  const std::string page = "<head><title>" + title + "</TITLE></head>";
  const Skeleton s = Skeleton::Build(page, /*element_runs=*/false);
  ASSERT_EQ(s.markers().size(), 1u);
  EXPECT_EQ(s.markers()[0].kind, CutKind::kTitle);
  EXPECT_EQ(s.text(), "<head><title>" + std::string(1, s.marker()) + "</TITLE></head>");
  const SkeletonMarker& m = s.markers()[0];
  EXPECT_EQ(page.substr(m.page_begin, m.page_end - m.page_begin), title);
  EXPECT_EQ(TreeDifference(page), "");
}

TEST(SkeletonTest, CutsScriptAndStyleContentWhole) {
  const std::string script = "if (a < b && c) { x = '" + kProse + "'; }";
  const std::string style = "p > a { content: \"" + kProse + "\" }";
  const std::string page = "<script type=\"text/javascript\">" + script + "</script><style>" +
                           style + "</STYLE><script>short</script><p>短</p>";
  const Skeleton s = Skeleton::Build(page);
  ASSERT_EQ(s.markers().size(), 2u);
  const std::string m(1, s.marker());
  EXPECT_EQ(s.text(),
            "<script>" + m + "</script><style>" + m + "</STYLE><script>short</script><p>短</p>");
  for (size_t k = 0; k < 2; ++k) {
    const SkeletonMarker& marker = s.markers()[k];
    EXPECT_EQ(page.substr(marker.page_begin, marker.page_end - marker.page_begin),
              k == 0 ? script : style);
  }
}

TEST(SkeletonTest, CutsRunsOfSimpleElements) {
  const std::string run = "<p>" + kProse + "</p>\n<P class=\"MsoNormal\" style='text-indent:2em'" +
                          " align=center CLASS=x>短&nbsp;&#20013;</P><!-- c -->" +
                          "<table><tr><td><a href=\"/x?a=1&amp;b\">链接</a></td></tr> </table>";
  const std::string page = "<div id=\"zoom\">\n  " + run + "\n</div>";
  const Skeleton s = Skeleton::Build(page);
  ASSERT_EQ(s.markers().size(), 1u);
  ASSERT_NE(s.element_marker(), 0);
  EXPECT_NE(s.element_marker(), s.marker());
  EXPECT_EQ(s.text(),
            "<div id=\"zoom\">\n  " + std::string(1, s.element_marker()) + "<!---->\n</div>");
  const SkeletonMarker& m = s.markers()[0];
  EXPECT_EQ(m.kind, CutKind::kElements);
  EXPECT_EQ(page.substr(m.page_begin, m.page_end - m.page_begin), run);
  EXPECT_EQ(m.needs, kNoOpenParagraph);
  EXPECT_EQ(m.formatting, FormattingBit(GUMBO_TAG_A));
  const auto piece = [&](uint32_t begin, uint32_t end) { return page.substr(begin, end - begin); };
  // The tokens as recorded, with the <tbody> the parser implies before the <tr>.
  std::string shape;
  for (uint32_t k = m.first_node; k < m.end_node; ++k) {
    const SkeletonNode& node = s.nodes()[k];
    switch (node.kind) {
      case SkeletonNode::Kind::kStart:
        shape += std::string("<") + gumbo_normalized_tagname(node.tag) + ">";
        break;
      case SkeletonNode::Kind::kEnd:
        shape += std::string("</") + gumbo_normalized_tagname(node.tag) + ">";
        break;
      case SkeletonNode::Kind::kText:
        shape += node.decoded_end > node.decoded_begin
                     ? std::string(s.decoded().substr(node.decoded_begin,
                                                      node.decoded_end - node.decoded_begin))
                     : piece(node.begin, node.end);
        break;
      case SkeletonNode::Kind::kComment:
        shape += "#";
        break;
    }
  }
  EXPECT_EQ(shape, "<p>" + kProse + "</p>\n<p>短\xC2\xA0中</p>#<table><tbody><tr><td><a>链接</a>" +
                       "</td></tr> </tbody></table>");
  const SkeletonNode* second = nullptr;
  const SkeletonNode* tbody = nullptr;
  const SkeletonNode* link = nullptr;
  for (uint32_t k = m.first_node; k < m.end_node; ++k) {
    const SkeletonNode& node = s.nodes()[k];
    if (node.kind != SkeletonNode::Kind::kStart) continue;
    if (node.tag == GUMBO_TAG_P && node.begin > m.page_begin) second = &node;
    if (node.tag == GUMBO_TAG_TBODY) tbody = &node;
    if (node.tag == GUMBO_TAG_A) link = &node;
  }
  ASSERT_TRUE(second != nullptr && tbody != nullptr && link != nullptr);
  EXPECT_EQ(second->begin, page.find("<P class"));
  // The attributes the reader reads, the first of a repeated name only.
  ASSERT_EQ(second->end_attribute - second->first_attribute, 2u);
  const SkeletonAttribute& style = s.attributes()[second->first_attribute + 1];
  EXPECT_EQ(piece(style.name_begin, style.name_end), "style");
  EXPECT_EQ(piece(style.value_begin, style.value_end), "text-indent:2em");
  EXPECT_EQ(tbody->begin, page.find("<tr>"));
  // href is kept for its presence, without its value.
  ASSERT_EQ(link->end_attribute - link->first_attribute, 1u);
  const SkeletonAttribute& href = s.attributes()[link->first_attribute];
  EXPECT_EQ(piece(href.name_begin, href.name_end), "href");
  EXPECT_EQ(href.value_begin, href.value_end);
}

TEST(SkeletonTest, SimpleTagKnowsItsTagsAsGumboDoes) {
  // Every tag name gumbo knows maps to its own tag or to none; the ones runs hold, to theirs.
  int known = 0;
  for (int t = 0; t < GUMBO_TAG_UNKNOWN; ++t) {
    const auto tag = static_cast<GumboTag>(t);
    const GumboTag simple = skeleton::SimpleTag(gumbo_normalized_tagname(tag));
    EXPECT_TRUE(simple == GUMBO_TAG_UNKNOWN || simple == tag) << gumbo_normalized_tagname(tag);
    known += simple == tag;
  }
  for (const char* name :
       {"a",      "b",      "i",      "p",      "u",       "br",      "em",        "h1",
        "h6",     "li",     "ol",     "td",     "th",      "tr",      "ul",        "div",
        "img",    "nav",    "sub",    "sup",    "font",    "span",    "meta",      "link",
        "aside",  "label",  "small",  "style",  "table",   "tbody",   "title",     "center",
        "footer", "header", "script", "strong", "article", "section", "blockquote"}) {
    EXPECT_EQ(skeleton::SimpleTag(name), gumbo_tagn_enum(name, std::string_view(name).size()))
        << name;
  }
  EXPECT_EQ(known, 45);
  EXPECT_EQ(skeleton::SimpleTag("h7"), GUMBO_TAG_UNKNOWN);
  EXPECT_EQ(skeleton::SimpleTag("select"), GUMBO_TAG_UNKNOWN);
}

TEST(SkeletonTest, RunsSayWhatTheyNeedOfTheirPlace) {
  const auto needs = [](const std::string& run) {
    const std::string page = "<body>\n" + run + "\n</body>";
    const Skeleton s = Skeleton::Build(page);
    for (const SkeletonMarker& m : s.markers()) {
      if (m.kind == CutKind::kElements && m.page_begin == page.find(run)) {
        return std::make_pair(static_cast<int>(m.needs), static_cast<int>(m.formatting));
      }
    }
    return std::make_pair(-1, -1);
  };
  EXPECT_EQ(needs("<span><b>x</b></span>"), std::make_pair(0, int{FormattingBit(GUMBO_TAG_B)}));
  EXPECT_EQ(needs("<div><ul><li>x</li></ul></div>"), std::make_pair(int{kNoOpenParagraph}, 0));
  EXPECT_EQ(needs("<li>x</li>"), std::make_pair(kNoOpenParagraph | kNoOpenListItem, 0));
  EXPECT_EQ(needs("<span><li>x</li></span>"),
            std::make_pair(kNoOpenParagraph | kNoOpenListItem, 0));
  EXPECT_EQ(needs("<h2>x</h2>"), std::make_pair(kNoOpenParagraph | kNoHeadingParent, 0));
  // Blocks inside a table's cells stop at the cell.
  EXPECT_EQ(needs("<table><tr><td><div>x</div></td></tr></table>"),
            std::make_pair(int{kNoOpenParagraph}, 0));
  EXPECT_EQ(needs("<font><table><tr><td><div>x</div></td></tr></table></font>"),
            std::make_pair(int{kNoOpenParagraph}, int{FormattingBit(GUMBO_TAG_FONT)}));
}

TEST(SkeletonTest, LeavesMarkupThatIsNotSimpleOutOfRuns) {
  // Each page holds one thing a run may not: no run covers it, whatever runs there are.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"<div><p>&notit; " + kProse + "</p></div>", "&notit;"},     // a reference not modelled
      {"<div><p>&#x80;</p></div>", "&#x80;"},                      // a C1 reference
      {"<div><p/>" + kProse + "</div>", "<p/>"},                   // self-closing syntax
      {"<div><p a = \"b\">" + kProse + "</p></div>", "a = "},      // spaced attribute syntax
      {"<div class=\"a&amp;b\">x</div>", "&amp;"},                 // a reference in a read value
      {"<div><select>x</select></div>", "<select>"},               // an element not modelled
      {"<form>x<div><form>y</form></div></form>", "<div><form>"},  // a form in a form
      {"<form>\n</form><select></select><div><form>y</form></div>", "<div><form>"},
      {"<div><form>y</form></div>", "<div><form>y"},      // text right before </form>
      {"<div><p></p><b> </b></div><frameset>", "<div>"},  // nothing that clears frameset-ok
      {"<div><b><i>x</b></i></div>", "<b>"},              // misnested
      {"<div><p><div>x</div></p></div>", "<p><div>"},     // a block closing a <p>
      {"<ul><li><span><li>x</li></span></li></ul>", "<span><li>"},  // <li> closing an <li>
      {"<h1><h2>x</h2></h1>", "<h1><h2>"},                          // a heading in a heading
      {"<a href=x><span><a href=y>z</a></span></a>", "<span><a"},   // a link in a link
      {"<div>a\r\nb</div>", "\r\n"},                                // CR
      {"<table><tr>x<td>y</td></tr></table>", "<tr>x"},             // text in a row
      {"<table><div>x</div></table>", "<table><div>"},              // a block in a table
      {"<div><span>x</div>", "<span>"},                             // unclosed
      {"<div>a < b</div>", " < "},                                  // a literal '<'
      {"<div><br></br></div>", "</br>"},                            // an end tag for a void
  };
  for (const auto& [body, bad] : cases) {
    const std::string page = "<body>\n" + body + "\n</body>";
    const size_t at = page.find(bad);
    ASSERT_NE(at, std::string::npos) << body;
    const Skeleton s = Skeleton::Build(page);
    for (const SkeletonMarker& m : s.markers()) {
      if (m.kind != CutKind::kElements) continue;
      EXPECT_FALSE(m.page_begin <= at && at < m.page_end) << body;
    }
    // And the page parses the same either way.
    EXPECT_EQ(TreeDifference(page), "") << body;
  }
}

TEST(SkeletonTest, DropsAttributesTheReaderNeverReads) {
  const std::string page =
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=zh><meta name=\"PubDate\" "
      "content=\"2024-03-28\" http-equiv=x /><table width=\"100%\" class=\"xxgk\" border=0>"
      "<td class=\"label\" id = 'a'  nowrap>x</td></table><a href=\"/zwgk/index.html\" "
      "target=\"_blank\" style=\"color:red\">y</a><b title=\"t\">z</b><input type=\"hidden\" "
      "value=\"v\"><img src=\"/a.png\"/><div title=\"a\"b=\"c\" role=\"navigation\" hidden>w</div>"
      "<p>" +
      kProse + "</p>";
  const Skeleton s = Skeleton::Build(page, /*element_runs=*/false);
  const std::string m(1, s.marker());
  EXPECT_EQ(s.text(),
            "<html><meta name=\"PubDate\" content=\"2024-03-28\" /><table class=\"xxgk\">"
            "<td class=\"label\" id = 'a'>x</td></table><a href style=\"color:red\">y</a>"
            "<b title=\"t\">z</b><input type=\"hidden\" value=\"v\"><img/>"
            // "b" joins the quote before it: nothing is dropped from there on.
            "<div title=\"a\"b=\"c\" role=\"navigation\" hidden>w</div><p>" +
                m + "</p>");
  // Offsets after dropped attributes are the page's.
  const auto skeleton_at = [&](std::string_view piece) {
    return static_cast<uint32_t>(s.text().find(piece));
  };
  EXPECT_EQ(s.ToPage(skeleton_at("<table")), page.find("<table"));
  for (std::string_view piece : {" class=\"xxgk\"", ">x<", " style=", "<img", "<div title"}) {
    EXPECT_EQ(s.ToPage(skeleton_at(piece)), page.find(piece)) << piece;
  }
  EXPECT_EQ(s.ToPage(static_cast<uint32_t>(s.text().size())), page.size());
}

TEST(SkeletonTest, StopsAtPlaintextAndForeignContent) {
  for (std::string_view stop :
       {"<plaintext>", "<svg viewBox=\"0 0 1 1\">", "<MATH>", "<frameset>"}) {
    const std::string tail = std::string(stop) + "<p>" + kProse + "</p>";
    const std::string page = "<p>" + kProse + "</p>" + tail;
    const Skeleton s = Skeleton::Build(page);
    ASSERT_EQ(s.markers().size(), 1u) << stop;
    EXPECT_TRUE(s.text().ends_with(tail)) << stop;
  }
}

TEST(SkeletonTest, NothingToCutOrNoSafeMarkerMeansNoSkeleton) {
  EXPECT_TRUE(Skeleton::Build("<p>短</p>").empty());
  EXPECT_TRUE(Skeleton::Build(std::string("<p>") + kProse + std::string(1, '\0')).empty());
  EXPECT_TRUE(Skeleton::Build("<p>" + kProse + "</p>~`^|{}\\").empty());
  // A marker candidate in the page is skipped.
  const Skeleton s = Skeleton::Build("<p>" + kProse + "~</p>");
  ASSERT_FALSE(s.empty());
  EXPECT_NE(s.marker(), '~');
}

TEST(SkeletonTest, TheComparisonNoticesDifferentTrees) {
  // Guards the guard: the helpers below do report differences.
  const std::string a = Page("<p>" + kProse + "</p>");
  const std::string b = Page("<p>" + kProse + "。</p>");
  EXPECT_TRUE(TreeDifference(a).empty());
  const ParsedPage pa(a, false);
  const ParsedPage pb(b, false);
  EXPECT_NE(pa.tree().Text(pa.tree().size() - 1), pb.tree().Text(pb.tree().size() - 1));
  EXPECT_NE(ReadHtml(a, true)->body, ReadHtml(b, true)->body);
}

// Pages whose tokenization or tree construction has a trap for a text cutter.
const std::vector<std::string>& TrickyBodies() {
  static const std::vector<std::string> bodies = {
      // References inside and next to long runs; legacy references without ';'.
      "<div class=\"TRS_Editor\"><p>&nbsp;&nbsp;" + kProse + "&ldquo;法治&rdquo;" + kProse +
          "&copy;2023" + kProse + "&#x4E2D;&#20013;" + kProse + "</p></div>",
      "<p>&" + kProse + " & " + kProse + "&amp" + kProse + "</p>",
      // CRLF and lone CR inside and between runs.
      "<p>\r\n" + kProse + "\r\n" + kProse + "\r" + kProse + "</p>\r\n<p>\r\n\r\n" + kProse +
          "</p>",
      // Text in table modes: whitespace and foster-parented text.
      "<table>\n  " + kProse + "<tr>  \n" + kProse + "<td>" + kProse + "</td>\n" + kProse +
          "</tr>\n</table><table><colgroup> " + kProse + "<col></colgroup></table>",
      "<table><tr><td>索&nbsp;引&nbsp;号：</td><td>" + kProse + "</td></tr>   " + kProse +
          "  </table>",
      // Script with '<', escaped and double-escaped states, and a fake end inside a string.
      "<script>if (a<b && c > d) { s = '" + kProse + "'; }</script><p>" + kProse +
          "</p><script><!-- document.write('<script>" + kProse + "</script>'); --></script><p>" +
          kProse + "</p><script><!--<script></script>-->" + kProse + "</script>" + kProse,
      // Comments of every shape.
      "<!---->" + kProse + "<!-->" + kProse + "<!--->" + kProse + "<!-- a -- b --!>" + kProse +
          "<!-- <p>" + kProse + " -->" + kProse + "<!doctype html>" + kProse + "<?xml x?>" +
          kProse + "</>" + kProse + "</ bogus>" + kProse,
      // Attributes holding '>' and quotes; unquoted values; self-closing syntax.
      "<div title=\"a>b\" data-x='c>d' e=f>g>" + kProse + "<img alt=\"" + kProse + "\"/><br/>" +
          kProse + "<p a b = \"c\"d>" + kProse + "</p>",
      // Raw text and RCDATA elements with markup-looking and entity content.
      "<style>p > a::after { content: \"" + kProse + "\" }</style>" + kProse + "<textarea>\n" +
          kProse + "<b>&amp;</textarea>" + kProse + "<xmp><p>" + kProse + "</xmp>" + kProse +
          "<iframe><p>" + kProse + "</iframe><noembed>" + kProse + "</noembed>" + "<noframes>" +
          kProse + "</noframes>" + kProse,
      // Script and style where tree construction takes them from in-head rules (tables, after
      // the body, in <head>'s noscript); script inside <select>.
      "<table><script>" + kProse + "</script><tr><style>" + kProse +
          "</style><td>x</td></tr></table></body><script>" + kProse + "</script>",
      "<select><option>" + kProse + "<script>" + kProse + "</script></select>",
      // Paragraph runs where <p> children come out of the parse: in a block, a cell, a list
      // item, a heading, a button, a link, after the body; with attributes that matter later
      // (chrome classes, hidden, display:none) and upper-case tags.
      "<div class=\"TRS_Editor\">\n<p>" + kProse + "</p>\n<p style=\"text-indent:2em\">" + kProse +
          "</p>\n<P CLASS=\"share\">分享到</P><p hidden>" + kProse + "</p>\n</div>",
      "<table><tr><td> <p>" + kProse + "</p><p>" + kProse + "</p> </td></tr></table>",
      "<ul><li><p>" + kProse + "</p><p style=\"display: none\">" + kProse + "</p></li></ul>",
      "<h2><p>" + kProse + "</p><p>" + kProse + "</p></h2><button><p>" + kProse + "</p><p>" +
          kProse + "</p></button>",
      "<a href=\"/x\">\n<p>" + kProse + "</p>\n<p>" + kProse + "</p>\n</a>",
      "</body>\n<p>" + kProse + "</p>\n<p>" + kProse + "</p></html>",
      "<b>" + kProse + "<p>" + kProse + "</p><p>" + kProse + "</p></b>",
      // A title in the body is RCDATA too.
      "<p>" + kProse + "</p><title>" + kProse + "<p>" + kProse + "</title><p>" + kProse + "</p>",
      // noscript is markup for gumbo (scripting off).
      "<noscript><p>" + kProse + "</p><!-- </noscript> " + kProse + " --></noscript>" + kProse,
      // pre/listing drop a leading newline.
      "<pre>\n" + kProse + "\n  " + kProse + "</pre><listing>\n\n" + kProse + "</listing>",
      // Stray tags inside text nodes; formatting element reconstruction.
      "<p>" + kProse + "</span>" + kProse + "</small>small" + kProse + "<b><i>" + kProse + "</b>" +
          kProse + "</i>" + kProse + "</p>",
      // Literal '<' in text.
      "<p>" + kProse + " a < b " + kProse + "<3" + kProse + "<" + "</p>",
      // Foreign content and plaintext stop the cutting.
      "<p>" + kProse + "</p><svg><text>" + kProse + "</text></svg><p>" + kProse + "</p>",
      "<p>" + kProse + "</p><math><mi>" + kProse + "</mi></math>" + kProse,
      "<p>" + kProse + "</p><plaintext><p>" + kProse,
      // Select, headings, links.
      "<select><option>" + kProse + "<option>" + kProse + "</select><h1>" + kProse +
          "</h1><a href=\"/x\">" + kProse + "</a>",
      // Text before <head>, inside head, after </body> and </html>.
      "</body>" + kProse + "</html>\n" + kProse,
      // Characters gumbo rewrites: controls, C1, noncharacters.
      "<p>" + kProse + "\x01" + kProse + "\x7f" + kProse + "\xc2\x85" + kProse + "\xef\xb7\x90" +
          kProse + "\xef\xbf\xbe" + kProse + "</p>",
      // Wide spaces and NBSP at run starts (not HTML whitespace).
      "<p>\xe3\x80\x80\xe3\x80\x80" + kProse + "</p><p>\xc2\xa0 " + kProse + "</p>\t\f " + kProse,
      // An unclosed quote swallowing the rest.
      "<p>" + kProse + "<div title=\"unclosed>" + kProse + "</div><p>" + kProse + "</p>",
      // A page that ends inside markup.
      "<p>" + kProse + "<div class=\"x",
  };
  return bodies;
}

// Pages where the skeleton's tree does not map back (a marker lands where the tree does not
// show it, or decoded text holds the marker byte): they are parsed whole.
const std::vector<std::string>& FallbackBodies() {
  static const std::vector<std::string> bodies = {
      // Template contents are not in the tree PageTree walks.
      "<p>" + kProse + "</p><template><p>" + kProse + "</p></template>",
      // <select> ignores a <title> start tag: its content is tokenized as markup.
      "<select><option>x<title>" + kProse + "<b>" + kProse + "</title></select>",
      // <select> ignores a <style> start tag: its content is tokenized as markup after all.
      "<p>" + kProse + "</p><select><style>" + kProse + "</p>" + kProse + "</style></select>",
      // References that decode to marker candidates.
      "<p>&#126;" + kProse + "&#x60;" + kProse + "&Hat;&verbar;&lcub;&rcub;&bsol;" + kProse +
          "</p>",
      // Legacy references the alignment cannot follow past the next run.
      "<p>" + kProse + "&notit;" + kProse + "&#x4E2D;&#20013;" + kProse + "</p>",
      "<p>" + kProse + "&copy2023" + kProse + "&#x4E2D;&#20013;" + kProse + "</p>",
  };
  return bodies;
}

// Element runs in the shapes of portal chrome and report bodies, in places where they fit.
const std::vector<std::string>& ElementRunBodies() {
  static const std::vector<std::string> bodies = {
      // Navigation, a breadcrumb with references, a footer; comments between blocks.
      "<div class=\"menu\">\n  <ul><li><a href=\"/\">首页</a></li><li><a "
      "href=\"/zwgk/?a=1&amp;b=2\""
      " target=_blank>政务公开</a></li></ul>\n</div>\n<!-- nav end -->\n<div "
      "class=\"dqwz\">当前位置："
      "<a href=\"/\">首页</a> &gt; <a href=\"/x\">法治政府建设</a></div>\n",
      "<div class=\"footer\"><p><a href=\"/map\">网站地图</a> | "
      "<a>联系我们</a></p><p>主办单位：示例"
      "&nbsp;&nbsp;地址：&#20013;&#x4E2D;</p></div>\n",
      // A disclosure table: implied <tbody>, whitespace in table, body and row; an explicit
      // <tbody>; a table in a cell; cells with blocks, links and line breaks.
      "<table class=\"xxgk\" width=\"100%\">\n  <tr><td class=\"label\">索&nbsp;引&nbsp;号：</td>"
      "<td>x</td></tr>\n  <tr>\n<th>发布日期：</th>\n<td>2024-03-28</td></tr>\n</table>\n",
      "<table><tbody><tr><td><table><tr><td><div><p>" + kProse + "</p><br/>" + kProse +
          "<br></div></td></tr></table></td></tr></tbody></table>\n",
      // Report paragraphs with inline markup, headings, lists, images, formatting.
      "<div id=\"zoom\" class=\"TRS_Editor\">\n<p style=\"text-indent:2em\"><strong>一、总体情况"
      "</strong></p>\n<p>" +
          kProse + "<span style=\"display:none\">隐藏</span></p>\n<h2>" + kProse +
          "</h2><p><img src=\"a.png\" /></p><ol><li><b><i>x</i></b></li><li><font color=red>y"
          "</font></li></ol>\n<center><em>z</em><u>w</u><small>v</small><sup>1</sup><sub>2</sub>"
          "<label>l</label></center></div>\n",
      // Blocks of HTML5 portals.
      "<header><nav role=\"navigation\"><a href=\"/\">首页</a></nav></header>\n<section>"
      "<article><aside hidden>x</aside><blockquote>" +
          kProse +
          "</blockquote></article>"
          "</section>\n<footer>版权所有</footer>\n",
      // A run right before </form> (which gumbo pops without first placing the text it
      // holds); a run ending in a <form> of its own.
      "<form>\n<div>" + kProse +
          "</div>\n</form>\n<div><form>搜索：<input type=text name=q><input "
          "type=\"submit\" value=\"搜索\" /></form></div>",
      // Runs inside an open <p> (inline only), an <li> (no <li> in the run), a heading, a
      // link (no link in the run), a formatting element of another kind, a cell.
      "<p>x<b>y</b>\n<span>" + kProse + "</span><a href=\"/z\">链接</a>\n</p>",
      "<ul><li>\n<div>" + kProse + "</div>\n</li></ul>",
      "<h1>x<br>\n<span>" + kProse + "</span>\n</h1>",
      "<a href=\"/x\">\n<div>" + kProse + "</div><b>y</b>\n</a>",
      "<b>\n<i>" + kProse + "</i>\n</b>",
      "<table><tr><td>\n<div>" + kProse + "</div>\n</td></tr></table>",
      // Upper-case tags, unquoted and bare attributes, repeated names.
      "<DIV CLASS=\"A\" class=\"b\" ID=x hidden><P Style='color:red'>" + kProse +
          "</P></DIV>\n<br>",
  };
  return bodies;
}

// Element runs whose place in the tree is not one where they parse as recorded: the page is
// parsed from its skeleton without element runs.
const std::vector<std::string>& MisfitRunBodies() {
  static const std::vector<std::string> bodies = {
      // An open <p> (a block start tag closes it), a table (foster parenting), <select>
      // (ignores most tags), formatting elements reconstructed or cloned by the adoption
      // agency.
      "<p><span>\n<p>" + kProse + "</p><p>" + kProse + "</p></span>",
      "<table>\n<p>" + kProse + "</p><p>" + kProse + "</p></table>",
      "<table><tr>\n<div>" + kProse + "</div>\n<td>x</td></tr></table>",
      "<select>\n<p>" + kProse + "</p><p>" + kProse + "</p></select>",
      "<p><b>" + kProse + "</p>\n<p>" + kProse + "</p><p>" + kProse + "</p>",
      "<b><div>\n<p>" + kProse + "</p><p>" + kProse + "</p></b>" + kProse + "</div>",
      // An <li> closing an <li> it stands in; a heading closing the heading it stands in; a
      // link in a link; a formatting element inside one of its kind.
      "<ul><li><div>\n<li>" + kProse + "</li>\n</div></li></ul>",
      "<h2><span>x</span>\n<h3>" + kProse + "</h3>\n</h2>",
      "<a href=\"/x\"><span>\n<a href=\"/y\">" + kProse + "</a>\n</span></a>",
      "<b><i>\n<b>" + kProse + "</b>\n</i></b>",
      // <pre> drops a newline its run would start with.
      "<pre><b>x</b>\n<div>" + kProse + "</div>\n</pre>",
  };
  return bodies;
}

TEST(SkeletonEquivalenceTest, TrickyPagesGiveTheSameTree) {
  for (const std::string& body : TrickyBodies()) {
    for (const std::string& page : {Page(body), body}) {
      bool skeleton = false;
      EXPECT_EQ(TreeDifference(page, &skeleton), "") << page;
      // Each goes through the skeleton: the comparison is not vacuous.
      EXPECT_TRUE(skeleton) << page;
    }
  }
  for (const std::string& body : FallbackBodies()) {
    bool skeleton = true;
    EXPECT_EQ(TreeDifference(Page(body), &skeleton), "") << body;
    EXPECT_FALSE(skeleton) << body;
  }
  for (const std::string& body : MisfitRunBodies()) {
    bool skeleton = false;
    EXPECT_EQ(TreeDifference(Page(body), &skeleton), "") << body;
    EXPECT_TRUE(skeleton) << body;
    EXPECT_TRUE(Skeleton::Build(Page(body)).has_element_runs()) << body;
    EXPECT_FALSE(ParsedPage(Page(body)).used_element_runs()) << body;
  }
}

// Heads whose content is a head run (the first three), or is not, or stands where gumbo does
// not open a head (a <head> tag inside the body): every page parses the same either way.
const std::vector<std::pair<std::string, bool>>& HeadPages() {
  static const std::vector<std::pair<std::string, bool>> pages = {
      {"<!DOCTYPE html><html><head>\n<meta charset=\"utf-8\">\n<META NAME=\"ArticleTitle\" "
       "CONTENT=\"" +
           kProse + "\" />\n<title>" + kProse +
           "</title>\n<link rel=stylesheet "
           "href=\"a.css?x=1&amp;y=2\"/><!-- c -->\n<script src=\"x.js\"></script>\n<script>var a "
           "= "
           "\"<p>\" + 1; // </scrip</script>\n<style>p > a { content: \"&\" "
           "}</style>\n</head>\n<body>"
           "<p>" +
           kProse + "</p></body></html>",
       true},
      {"<html><HEAD><meta name=\"PubDate\" content=\"2024-03-28 09:18\"></HEAD><body><div>" +
           kProse + "</div></body></html>",
       true},
      {"<head><title></title><script></script></head>" + kProse, true},
      // A title with a reference, a noscript, a base: no head run.
      {"<html><head><title>" + kProse + "&amp;</title></head><body>" + kProse + "</body></html>",
       false},
      {"<html><head><meta name=a content=b><noscript><p>x</p></noscript></head><body>" + kProse +
           "</body></html>",
       false},
      // <head> inside the body is ignored: its run would land in the body.
      {"<html><body><p>" + kProse + "</p><head><meta name=a content=b></head><p>" + kProse +
           "</p></body></html>",
       false},
      {"x<head><title>" + kProse + "</title></head>", false},
  };
  return pages;
}

TEST(SkeletonEquivalenceTest, HeadRunsAreExpandedWhereTheHeadIsOpen) {
  for (const auto& [page, expanded] : HeadPages()) {
    EXPECT_EQ(TreeDifference(page), "") << page;
    EXPECT_EQ(ReadDifference(page), "") << page;
    bool head_run = false;
    const Skeleton s = Skeleton::Build(page);
    for (const SkeletonMarker& m : s.markers()) head_run |= m.kind == CutKind::kHead;
    const ParsedPage parsed(page);
    EXPECT_EQ(head_run && parsed.used_element_runs(), expanded) << page;
  }
}

TEST(SkeletonEquivalenceTest, ElementRunsAreExpandedWhereTheyFit) {
  // Runs in every place they fit: the tree comes from the runs, and equals the whole parse.
  for (const std::string& body : ElementRunBodies()) {
    // Also first in a page without <html>, <head> or <body> (markup must follow a run).
    for (const std::string& page : {Page(body), body + "<hr>"}) {
      EXPECT_EQ(TreeDifference(page), "") << page;
      EXPECT_TRUE(ParsedPage(page).used_element_runs()) << page;
    }
  }
}

TEST(SkeletonEquivalenceTest, TrickyPagesReadTheSame) {
  std::vector<std::string> bodies = TrickyBodies();
  bodies.insert(bodies.end(), FallbackBodies().begin(), FallbackBodies().end());
  bodies.insert(bodies.end(), MisfitRunBodies().begin(), MisfitRunBodies().end());
  bodies.insert(bodies.end(), ElementRunBodies().begin(), ElementRunBodies().end());
  for (const std::string& body : bodies) {
    const std::string page = Page("<div class=\"content\">" + body + "</div>");
    EXPECT_EQ(ReadDifference(page), "") << page;
  }
}

TEST(SkeletonEquivalenceTest, FixturesGiveTheSameTreeAndRead) {
  for (const char* name :
       {"gbk_trs_page.html", "utf8_meta_page.html", "misdeclared_gbk.html", "nav_only.html"}) {
    const std::string bytes = ReadFixture(name);
    ASSERT_FALSE(bytes.empty()) << name;
    EXPECT_EQ(ReadDifference(bytes), "") << name;
    auto decoded = DecodeHtml(bytes);
    ASSERT_TRUE(decoded.ok()) << name;
    bool used = false;
    EXPECT_EQ(TreeDifference(decoded->utf8, &used), "") << name;
    EXPECT_TRUE(used) << name;
  }
}

// Random pages from pieces that matter to the tokenizer and tree builder.
class PageGenerator {
 public:
  explicit PageGenerator(uint32_t seed) : rng_(seed) {}

  std::string Next() {
    std::string page;
    if (Pick(3) != 0) page += "<!DOCTYPE html><html><head>" + Head() + "</head><body>";
    const int pieces = 5 + static_cast<int>(Pick(40));
    for (int k = 0; k < pieces; ++k) page += Piece();
    return page;
  }

 private:
  uint32_t Pick(uint32_t n) { return std::uniform_int_distribution<uint32_t>(0, n - 1)(rng_); }

  std::string Text() {
    static const std::vector<std::string> words = {kProse,
                                                   "法治政府建设",
                                                   "  ",
                                                   "\n",
                                                   "\t",
                                                   " ",
                                                   "2023年",
                                                   "Report on the rule of law ",
                                                   "\xe3\x80\x80",
                                                   "\xc2\xa0",
                                                   "“依法行政”",
                                                   "，",
                                                   "。",
                                                   "a",
                                                   "-->",
                                                   "--",
                                                   "'",
                                                   "\"",
                                                   ">",
                                                   "=",
                                                   "/",
                                                   "~",
                                                   "`"};
    std::string text;
    const int n = 1 + static_cast<int>(Pick(6));
    for (int k = 0; k < n; ++k) text += words[Pick(static_cast<uint32_t>(words.size()))];
    return text;
  }

  std::string Piece() {
    static const std::vector<std::string> markup = {
        "<p>",
        "</p>",
        "<div class=\"TRS_Editor\">",
        "</div>",
        "<br>",
        "<br/>",
        "</br>",
        "<b>",
        "</b>",
        "<strong>",
        "</strong>",
        "<i>",
        "</span>",
        "<a href=\"/x\">",
        "</a>",
        "<table>",
        "</table>",
        "<tr>",
        "<td>",
        "</td>",
        "<th>",
        "<tbody>",
        "<caption>",
        "<colgroup>",
        "<col>",
        "<h1>",
        "</h1>",
        "<h2>",
        "<li>",
        "<ul>",
        "</ul>",
        "<pre>\n",
        "</pre>",
        "<select>",
        "<option>",
        "</select>",
        "<form>",
        "</form>",
        "<input type=\"text\" name=\"q\">",
        "<input value=\"a>b\">",
        "<img alt='x>y' src=a>",
        "<td width=\"10\" class=\"label\">",
        "<a href=\"/y\" target=_blank class=\"nav\">",
        "<span style=\"display:none\" data-x='1'>",
        "</span>",
        "<table border=0 cellspacing=\"0\" id=t>",
        "<p align=center>",
        "<img src=\"a.png\"/>",
        "<meta name=\"PubDate\" content=\"2024-03-28 09:18\" />",
        "<div id=x onclick=\"a>b\" role=\"navigation\">",
        "<div a = \"b\" class = 'c' hidden>",
        "<li class=\"x\"title=\"y\">",
        "<b class=\"x\" title=\"y\">",
        "<font color=\"red\" size=3>",
        "<input type=hidden name=q>",
        "<div title=\"t\"/ class=\"after-slash\">",
        "<html lang=\"zh\" class=\"late\">",
        "<body onload=\"x()\" class=\"b\">",
        "<p/>",
        "<head>",
        "<head><meta name=a content=b><title>x</title></head>",
        "<body>",
        "</body>",
        "</html>",
        "<html>",
        "&nbsp;",
        "&ldquo;",
        "&rdquo;",
        "&amp;",
        "&#x4E2D;",
        "&#20013;",
        "&copy2023",
        "&notit;",
        "&",
        "&#",
        "& ",
        "&lt;p&gt;",
        "\r\n",
        "\r",
        "\f",
        "<!-- c <p> -- -->",
        "<!---->",
        "<!-->",
        "<!--->",
        "<!DOCTYPE html>",
        "<?php x ?>",
        "</>",
        "</ x>",
        "<!x>",
        " a < b ",
        "<3",
        "<script>var s = '<p>' + (1 < 2);</script>",
        "<script><!-- document.write('<script>x</script>'); --></script>",
        "<script><!--<script>a</script>--></script>",
        "<style>p > a { x: '</p>' }</style>",
        "<title>a &amp; b</title>",
        "<textarea>\n<b>&lt;</textarea>",
        "<xmp><p></xmp>",
        "<iframe><p></iframe>",
        "<noscript><p>",
        "</noscript>",
        "<template><p>",
        "</template>",
        "\x01",
        "\x7f",
        "\xc2\x85",
        "\xef\xb7\x90",
        "&#126;",
        "<font color=red>",
        "</font>",
        "<center>",
        "<hr>",
        "<dd>",
        "<dt>",
        "<button>",
        "<object>",
        "<marquee>",
        "<nobr>",
        "<ruby><rt>",
        "<listing>\n"};
    switch (Pick(10)) {
      case 0:
        return Text();
      case 1:
        return "<p>" + Text() + "</p>";
      case 2: {
        static const std::vector<std::string> rare = {"<svg><text>", "<math>", "<plaintext>",
                                                      "<frameset>", "<div title=\"open>"};
        return Pick(20) == 0 ? rare[Pick(static_cast<uint32_t>(rare.size()))] : Text();
      }
      case 3:
        return ElementRun();
      default:
        return markup[Pick(static_cast<uint32_t>(markup.size()))] + (Pick(2) ? Text() : "");
    }
  }

  // Nested markup of the kinds element runs hold, mostly well-formed and sometimes not (a
  // block in a <p>, an <li> in an <li>, a link in a link, text in a table, a stray end tag),
  // with whitespace and comments between: the shapes the pre-scan cuts or must leave alone.
  std::string ElementRun(int depth = 0) {
    static const std::vector<std::string> tags = {
        "div",    "p",     "ul",  "ol", "li",     "h1",  "h3", "nav",  "section",
        "center", "span",  "a",   "b",  "strong", "em",  "i",  "font", "small",
        "sup",    "label", "DIV", "P",  "table",  "img", "br", "form", "input"};
    static const std::vector<std::string> attributes = {"",
                                                        "",
                                                        " class=\"nav\"",
                                                        " CLASS=\"Share\" id=x",
                                                        " style='display:none'",
                                                        " hidden",
                                                        " href=\"/x?a=1&amp;b=2\" target=_blank",
                                                        " class=\"a\" class=\"b\"",
                                                        " title=\"a>b\"",
                                                        " role=navigation",
                                                        " class=\"a&amp;b\""};
    static const std::vector<std::string> gaps = {"", "\n", " ", "\n  \t", "<!-- c -->", "\f"};
    const auto gap = [&] { return gaps[Pick(static_cast<uint32_t>(gaps.size()))]; };
    const std::string tag = tags[Pick(static_cast<uint32_t>(tags.size()))];
    const std::string attrs = attributes[Pick(static_cast<uint32_t>(attributes.size()))];
    if (tag == "img" || tag == "br" || tag == "input")
      return "<" + tag + attrs + (Pick(2) ? "/>" : ">");
    if (tag == "table") {
      std::string table = "<table" + attrs + ">" + gap() + (Pick(3) == 0 ? "<tbody>" : "");
      const int rows = 1 + static_cast<int>(Pick(3));
      for (int r = 0; r < rows; ++r) {
        table += "<tr>" + gap();
        const int cells = 1 + static_cast<int>(Pick(3));
        for (int c = 0; c < cells; ++c) {
          const std::string cell = Pick(4) == 0 ? "th" : "td";
          table += "<" + cell + ">" + (depth < 3 && Pick(2) ? ElementRun(depth + 1) : Words()) +
                   "</" + cell + ">" + gap();
        }
        table += "</tr>" + gap();
        if (Pick(20) == 0) table += Text();  // foster-parented
      }
      return table + "</table>";
    }
    std::string out = "<" + tag + attrs + ">";
    const int children = static_cast<int>(Pick(4));
    for (int c = 0; c < children; ++c) {
      out += gap();
      out += depth < 3 && Pick(2) ? ElementRun(depth + 1) : Words();
    }
    if (Pick(25) == 0) return out;  // left open
    return out + (Pick(30) == 0 ? "</span>" : "</" + tag + ">");
  }

  // Head content: what head runs hold, and now and then what they may not.
  std::string Head() {
    static const std::vector<std::string> pieces = {
        "<meta charset=\"utf-8\">",
        "<META NAME=\"ArticleTitle\" CONTENT=\"法治政府建设\"/>",
        "<meta name=\"PubDate\" content=\"2024-03-28 09:18\" />",
        "<link rel=stylesheet href=\"a.css?a=1&amp;b\">",
        "<script src=\"x.js\"></script>",
        "<script>var s = '<p>' + (1 < 2); // </scrip</script>",
        "<style>p > a { x: '</p>' }</style>",
        "<!-- c -->",
        "\n",
        "  ",
        "<title>a &amp; b</title>",
        "<noscript><p>x</p></noscript>",
        "<base href=\"/\">",
        "<div>",
        "&nbsp;",
        "\r\n",
        "</head><head>"};
    std::string head;
    if (Pick(2) == 0) head += "<title>" + Text() + "</title>";
    const int n = static_cast<int>(Pick(6));
    for (int k = 0; k < n; ++k) head += pieces[Pick(static_cast<uint32_t>(pieces.size()))];
    return head;
  }

  // Text with the references element runs model, and now and then one they do not.
  std::string Words() {
    static const std::vector<std::string> references = {"&nbsp;",   "&gt;",    "&amp;",  "&#20013;",
                                                        "&#x4E2D;", "&ldquo;", "&copy;", "&notit;",
                                                        "&#x80;",   "&nbsp"};
    std::string words = Text();
    if (Pick(3) == 0) words += references[Pick(static_cast<uint32_t>(references.size()))] + Text();
    return words;
  }

  std::mt19937 rng_;
};

TEST(SkeletonEquivalenceTest, GeneratedPagesGiveTheSameTree) {
  PageGenerator generator(20240301);
  constexpr int kPages = 1500;
  int used = 0;
  int expanded = 0;
  int failures = 0;
  for (int k = 0; k < kPages && failures < 5; ++k) {
    const std::string page = generator.Next();
    bool skeleton = false;
    bool runs = false;
    const std::string diff = TreeDifference(page, &skeleton, &runs);
    used += skeleton;
    expanded += runs;
    if (!diff.empty()) {
      ++failures;
      ADD_FAILURE() << "page " << k << ": " << diff << "\n" << page;
    }
  }
  EXPECT_GE(used, kPages / 2);
  // Element and head runs are expanded in a good share of them: the comparison covers them.
  EXPECT_GE(expanded, kPages / 5) << expanded;
}

TEST(SkeletonEquivalenceTest, GeneratedPagesReadTheSame) {
  PageGenerator generator(7);
  int failures = 0;
  for (int k = 0; k < 400 && failures < 5; ++k) {
    const std::string page = "<div class=\"content\">" + generator.Next() + "</div>";
    const std::string diff = ReadDifference(page);
    if (!diff.empty()) {
      ++failures;
      ADD_FAILURE() << "page " << k << ": " << diff << "\n" << page;
    }
  }
}

}  // namespace
}  // namespace verdict::read::html
