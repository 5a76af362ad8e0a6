// ReadHtml: decode (charset step), parse with gumbo (over the page's skeleton), mark chrome, locate
// the article, pick the title, walk the article into lines, filter them, mine and merge metadata,
// and assemble body, hints and the offset map. LooksLikeHtml sniffs the first kilobyte.
#include "runtime/read/html/html_reader.h"

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "runtime/read/html/article_lines.h"
#include "runtime/read/html/block_walker.h"
#include "runtime/read/html/body_builder.h"
#include "runtime/read/html/charset.h"
#include "runtime/read/html/chrome.h"
#include "runtime/read/html/content_locator.h"
#include "runtime/read/html/meta_miner.h"
#include "runtime/read/html/page_tree.h"
#include "runtime/read/html/parsed_page.h"
#include "runtime/read/html/title_finder.h"

namespace verdict::read {
namespace {

// How far into the bytes LooksLikeHtml looks for a telling tag.
constexpr size_t kSniffPrefix = 1024;
// Plain text the article must have in the end.
constexpr uint32_t kMinBodyChars = 10;

Err<text::ReadError> NoBody(std::string message) {
  return Err(text::ReadError{"no-html-body", std::move(message)});
}

bool StartsWithTag(std::string_view s, size_t pos, std::string_view lower_tag) {
  if (s.size() - pos < lower_tag.size() + 1) return false;
  for (size_t i = 0; i < lower_tag.size(); ++i) {
    char c = s[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower_tag[i]) return false;
  }
  const char after = s[pos + lower_tag.size()];
  return after == ' ' || after == '>' || after == '/' || after == '\t' || after == '\n' ||
         after == '\r' || after == '\f';
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::string_view s = bytes.substr(0, kSniffPrefix);
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  size_t pos = 0;
  while (pos < s.size() &&
         (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' || s[pos] == '\r' || s[pos] == '\f')) {
    ++pos;
  }
  if (pos >= s.size() || s[pos] != '<') return false;
  constexpr std::array<std::string_view, 6> kTags = {"<!doctype", "<html", "<head",
                                                     "<body",     "<meta", "<div"};
  for (size_t at = s.find('<', pos); at != std::string_view::npos; at = s.find('<', at + 1)) {
    for (std::string_view tag : kTags) {
      if (StartsWithTag(s, at, tag)) return true;
    }
  }
  return false;
}

Result<Extracted, text::ReadError> ReadHtml(std::string_view bytes,
                                            [[maybe_unused]] const ReadOptions& options) {
  return html::ReadHtml(bytes, /*use_skeleton=*/true);
}

namespace html {

Result<Extracted, text::ReadError> ReadHtml(std::string_view bytes, bool use_skeleton,
                                            ReadSteps* steps) {
  auto decoded = html::DecodeHtml(bytes);
  if (!decoded.ok()) return Err(decoded.error());
  Extracted out;
  out.format = Format::kHtml;
  out.original = std::move(decoded).value();
  const std::string& page = out.original.utf8;
  if (page.size() >= UINT32_MAX) return NoBody("page is larger than 4 GiB");
  Report(steps, ReadStep::kDecode);

  ParsedPage parsed(page, use_skeleton, steps);
  html::PageTree& tree = parsed.tree();
  const std::vector<uint32_t> disclosure = html::MarkChrome(tree);

  const uint32_t container = html::LocateContent(tree);
  if (container == html::kNoNode) {
    return NoBody("no article text found: the page holds only navigation, links or chrome");
  }
  Report(steps, ReadStep::kChrome);
  const html::MetaTags tags = html::ReadMetaTags(tree);
  html::TitleChoice title = html::FindTitle(tree, container, tags, html::ReadTitleElement(tree));
  Report(steps, ReadStep::kTitle);

  html::LineBuffer lines;
  html::BlockWalker(tree, lines).Walk(container, title.element);
  Report(steps, ReadStep::kWalk);
  html::LabelScanner head(/*nearest_wins=*/false);
  const std::vector<bool> keep = html::KeepLines(lines, title, head);
  Report(steps, ReadStep::kLines);
  if (html::PlainChars(lines, keep) < kMinBodyChars) {
    return NoBody("no article text found: what is left after page chrome is too short");
  }

  const html::ReportMeta meta =
      html::MergeMeta(head, html::MineMeta(tree, disclosure, container), tags);
  out.meta = html::MetaHints(meta, tags);
  const html::MetaField meta_line =
      html::ComposeMetaLine(meta.published, meta.written, meta.updated, meta.source);
  html::AssembleBody(title.text, meta_line, lines, keep, static_cast<uint32_t>(page.size()), out);
  Report(steps, ReadStep::kMeta);
  return out;
}

}  // namespace html
}  // namespace verdict::read
