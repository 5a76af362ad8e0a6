// ReadHtml: decode (charset step), parse with gumbo, mark chrome, locate the article, pick the
// title, mine metadata, walk the article into lines, filter chrome lines and the metadata rows
// at its head, and assemble body, hints and the offset map. LooksLikeHtml sniffs the prefix.
#include "runtime/read/html/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "runtime/read/html/block_walker.h"
#include "runtime/read/html/body_builder.h"
#include "runtime/read/html/char_class.h"
#include "runtime/read/html/charset.h"
#include "runtime/read/html/chrome.h"
#include "runtime/read/html/content_locator.h"
#include "runtime/read/html/meta_miner.h"
#include "runtime/read/html/page_tree.h"
#include "runtime/read/html/portal_meta.h"
#include "runtime/read/html/title_finder.h"

namespace verdict::read {
namespace {

using html::Line;
using html::MetaField;

// How far into the bytes LooksLikeHtml looks for a telling tag.
constexpr size_t kSniffPrefix = 1024;
// Article lines searched for metadata rows and a repeated title before the text starts.
constexpr size_t kHeadLines = 10;
// A bold-only line longer than this is emphasis, not a heading.
constexpr uint32_t kMaxBoldHeadingChars = 60;
// Plain text the article must have in the end.
constexpr uint32_t kMinBodyChars = 10;

struct GumboDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

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

// Heading level of a bold line from its numbering: 一、 → 1; (一), 1. and the rest → 2.
int BoldHeadingLevel(std::string_view line) {
  constexpr std::string_view kNumerals = "一二三四五六七八九十百零〇";
  size_t i = 0;
  while (i < line.size()) {
    const html::CodePoint cp = html::DecodeCodePoint(line, i);
    if (kNumerals.find(line.substr(i, cp.length)) == std::string_view::npos) break;
    i += cp.length;
  }
  return i > 0 && line.substr(i).starts_with("、") ? 1 : 2;
}

const MetaField& FirstFound(std::initializer_list<const MetaField*> fields) {
  for (const MetaField* field : fields) {
    if (field->found()) return *field;
  }
  return **fields.begin();
}

void AddMetaHint(std::vector<MetaHint>& meta, const char* key, const MetaField& field) {
  if (field.found()) meta.push_back({key, field.value});
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::string_view s = bytes.substr(0, kSniffPrefix);
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  size_t pos = 0;
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\n' ||
                            s[pos] == '\r' || s[pos] == '\f')) {
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
  auto decoded = html::DecodeHtml(bytes);
  if (!decoded.ok()) return Err(decoded.error());
  Extracted out;
  out.format = Format::kHtml;
  out.original = std::move(decoded).value();
  const std::string& page = out.original.utf8;
  if (page.size() >= UINT32_MAX) return NoBody("page is larger than 4 GiB");

  GumboOptions gumbo_options = kGumboDefaultOptions;
  gumbo_options.max_errors = 0;
  const std::unique_ptr<GumboOutput, GumboDeleter> parsed(
      gumbo_parse_with_options(&gumbo_options, page.data(), page.size()));
  html::PageTree tree(parsed->document, page);
  const std::vector<uint32_t> disclosure = html::MarkChrome(tree);

  const uint32_t container = html::LocateContent(tree);
  if (container == html::kNoNode) {
    return NoBody("no article text found: the page holds only navigation, links or chrome");
  }
  const html::MetaTags tags = html::ReadMetaTags(tree);
  html::TitleChoice title = html::FindTitle(tree, container, tags, html::ReadTitleElement(tree));

  html::LineBuffer lines;
  html::BlockWalker(tree, lines).Walk(container, title.element);

  // Filter: chrome lines anywhere; at the head, metadata rows and a repeat of the title.
  std::vector<bool> keep(lines.lines.size());
  for (size_t k = 0; k < lines.lines.size(); ++k) {
    const Line& line = lines.lines[k];
    keep[k] = !html::IsChromeLine(lines.LineText(line), line.chars, line.link_chars);
  }
  html::LabelScanner head(/*nearest_wins=*/false);
  for (size_t k = 0; k < lines.lines.size() && k < kHeadLines; ++k) {
    if (!keep[k]) continue;
    const Line& line = lines.lines[k];
    const std::string_view text = lines.LineText(line);
    const uint32_t* source = lines.source.data() + line.begin;
    if (title.text.found() && text == title.text.value) {
      if (title.element == html::kNoNode) title.text.source.assign(source, source + text.size());
      keep[k] = false;
    } else if (html::IsMetadataRow(text)) {
      head.Scan(text, source);
      head.Break();
      keep[k] = false;
    } else {
      break;
    }
  }

  uint32_t plain = 0;
  int min_heading = 0;
  for (size_t k = 0; k < lines.lines.size(); ++k) {
    if (!keep[k]) continue;
    const Line& line = lines.lines[k];
    plain += line.chars - line.link_chars;
    if (line.heading != 0 && (min_heading == 0 || line.heading < min_heading)) {
      min_heading = line.heading;
    }
  }
  if (plain < kMinBodyChars) {
    return NoBody("no article text found: what is left after page chrome is too short");
  }

  // Metadata: rows at the article's head, rows above it, disclosure tables, then <meta>.
  const html::MinedMeta mined = html::MineMeta(tree, disclosure, container);
  using html::MetaKey;
  const auto pick = [&](MetaKey key) -> const MetaField& {
    return FirstFound({&head.field(key), &mined.above.field(key), &mined.disclosure.field(key)});
  };
  const MetaField& published = FirstFound({&pick(MetaKey::kPublished), &tags.published});
  const MetaField& written = pick(MetaKey::kWritten);
  const MetaField& updated = pick(MetaKey::kUpdated);
  const MetaField& source = FirstFound({&pick(MetaKey::kSource), &tags.source});
  AddMetaHint(out.meta, "title", tags.title);
  AddMetaHint(out.meta, "published", published);
  AddMetaHint(out.meta, "written", written);
  AddMetaHint(out.meta, "updated", updated);
  AddMetaHint(out.meta, "source", source);
  AddMetaHint(out.meta, "site", tags.site);
  AddMetaHint(out.meta, "column", tags.column);

  // Assemble.
  html::BodyBuilder builder(out);
  if (title.text.found()) {
    const auto [b, e] = builder.AddLine(title.text.value, title.text.source.data());
    out.blocks.push_back({BlockHint::Kind::kTitle, b, e, 1});
  }
  const MetaField meta_line = html::ComposeMetaLine(published, written, updated, source);
  if (meta_line.found()) builder.AddLine(meta_line.value, meta_line.source.data());
  std::vector<std::pair<uint32_t, uint32_t>> placed(lines.lines.size(), {UINT32_MAX, 0});
  for (size_t k = 0; k < lines.lines.size(); ++k) {
    if (!keep[k]) continue;
    const Line& line = lines.lines[k];
    const std::string_view text = lines.LineText(line);
    const auto [b, e] = builder.AddLine(text, lines.source.data() + line.begin);
    placed[k] = {b, e};
    if (line.heading != 0) {
      out.blocks.push_back({BlockHint::Kind::kHeading, b, e, line.heading - min_heading + 1});
    } else if (!line.in_cell && line.bold_chars == line.chars &&
               line.chars <= kMaxBoldHeadingChars) {
      out.blocks.push_back({BlockHint::Kind::kHeading, b, e, BoldHeadingLevel(text)});
    }
  }
  for (const html::CellSpan& cell : lines.cells) {
    uint32_t begin = UINT32_MAX;
    uint32_t end = 0;
    for (uint32_t k = cell.first; k < cell.end; ++k) {
      if (!keep[k]) continue;
      begin = std::min(begin, placed[k].first);
      end = std::max(end, placed[k].second);
    }
    if (begin != UINT32_MAX) out.blocks.push_back({BlockHint::Kind::kTableCell, begin, end, 1});
  }
  builder.Finish(static_cast<uint32_t>(page.size()));
  std::stable_sort(out.blocks.begin(), out.blocks.end(),
                   [](const BlockHint& a, const BlockHint& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace verdict::read
