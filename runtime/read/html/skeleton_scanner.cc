// Skeleton pre-scan: one forward pass that follows just enough of the HTML tokenizer (data
// state, tags with quoted attribute values, comments, doctypes and bogus comments, raw-text,
// RCDATA and script-data elements) to know where character tokens come from, and cuts long
// runs of them. Tree construction only distinguishes whitespace from other characters, so a
// run keeps its leading whitespace exactly and the rest becomes one non-space marker byte.
#include "runtime/read/html/skeleton_scanner.h"

#include <utility>

#include "runtime/text/utf8.h"

namespace verdict::read::html::skeleton {

Scan Scanner::Run() {
  const size_t n = page_.size();
  parts_.text.reserve(n / 2);
  size_t i = 0;
  while (i < n) {
    i = Text(i);
    if (i >= n) break;
    const char c = page_[i];
    if (c == '&') {
      // A character reference: its name decides what it decodes to; keep it whole.
      ++i;
      while (i < n && (IsAlnum(page_[i]) || page_[i] == '#' || page_[i] == ';')) ++i;
    } else if (c == '<') {
      const size_t run = element_marker_ != 0 && OnlySpaceSince(markup_end_, i) ? ElementRun(i) : i;
      i = run > i ? run : Markup(i);
      markup_end_ = i;
    } else {
      // CR, a control character, a character gumbo replaces: kept as it is.
      ++i;
      while (i < n && IsContinuation(static_cast<unsigned char>(page_[i]))) ++i;
    }
  }
  parts_.text.append(page_.substr(copied_));
  return std::move(parts_);
}

// Scans the text run at page_[i]; shortens it when long enough. Returns where it ends.
size_t Scanner::Text(size_t i) {
  const size_t end = PlainEnd(i, page_.size(), kPlainAscii);
  size_t body = i;
  while (body < end && IsSpace(page_[body])) ++body;
  Cut(body, end);
  return end;
}

// Where the characters gumbo passes through unchanged, from page_[i], end (at most at
// `limit`, on a character boundary); `ascii` says which ASCII bytes count.
size_t Scanner::PlainEnd(size_t i, size_t limit, const std::array<bool, 128>& ascii) const {
  const auto* p = reinterpret_cast<const unsigned char*>(page_.data());
  const size_t n = limit;
  while (i < n) {
    if (n - i >= 16) {
      // Sixteen bytes at a time up to a byte that may end plain text; the page is valid
      // UTF-8, so any other byte is part of a character gumbo keeps. Such a byte is never a
      // continuation byte, so blocks need not start on a character boundary.
      const unsigned mask = MaySpecial16(p + i);
      if (mask == 0) {
        i += 16;
        continue;
      }
      i += static_cast<size_t>(__builtin_ctz(mask));
    } else {
      while (i < n && IsContinuation(p[i])) ++i;  // the rest of a character begun before
      if (i >= n) break;
    }
    const unsigned char b = p[i];
    if (b < 0x80) {
      if (!ascii[b]) break;
      ++i;
      continue;
    }
    // CJK ideographs a run at a time; they are plain text.
    if (const size_t run = text::CjkRunEnd(page_.substr(0, n), i); run > i) {
      i = run;
      continue;
    }
    // Most of Chinese text: three-byte characters outside every special range.
    if (((b >= 0xE1 && b <= 0xEC) || b == 0xEE) && n - i >= 3 && IsContinuation(p[i + 1]) &&
        IsContinuation(p[i + 2])) {
      i += 3;
      continue;
    }
    const size_t len = PlainMultiByte(p + i, n - i);
    if (len == 0) break;
    i += len;
  }
  return i;
}

// Cuts page_[begin, end) to a marker when it is long enough.
void Scanner::Cut(size_t begin, size_t end, CutKind kind) {
  if (end - begin < kMinRun) return;
  parts_.text.append(page_.substr(copied_, begin - copied_));
  parts_.markers.push_back({static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(begin),
                            static_cast<uint32_t>(end), kind});
  parts_.text.push_back(marker_);
  parts_.cuts.push_back({static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(end)});
  copied_ = end;
}

// Leaves page_[begin, end) (inside a start tag) out of the skeleton.
void Scanner::Delete(size_t begin, size_t end) {
  if (begin >= end) return;
  parts_.text.append(page_.substr(copied_, begin - copied_));
  parts_.cuts.push_back({static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(end)});
  copied_ = end;
}

// Raw text from `begin` to the end tag at `end`: one text token whatever it holds, so all of
// it is cut when gumbo passes it through unchanged. Returns where data state resumes.
size_t Scanner::RawText(size_t begin, size_t end, CutKind kind,
                        const std::array<bool, 128>& ascii) {
  if (end == kNone) return page_.size();
  if (PlainEnd(begin, end, ascii) == end) Cut(begin, end, kind);
  return end;
}

// Handles the markup (or literal '<') at page_[i]; returns where data state resumes, or the
// page size when shortening stops.
size_t Scanner::Markup(size_t i) {
  const size_t n = page_.size();
  if (i + 1 >= n) return i + 1;
  const char c1 = page_[i + 1];
  if (IsAlpha(c1)) return StartTag(i);
  if (c1 == '/') {
    if (i + 2 >= n) return n;
    const char c2 = page_[i + 2];
    if (c2 == '>') return i + 3;
    std::string_view name;
    const size_t end = IsAlpha(c2) ? TagEnd(page_, i + 2, name) : GreaterEnd(page_, i + 2);
    if (NameIs(name, "form")) form_open_ = false;  // </form> clears the form pointer
    return Checked(i, end);
  }
  if (c1 == '!') {
    const bool comment = page_.compare(i + 2, 2, "--") == 0;
    return Checked(i, comment ? CommentEnd(page_, i) : GreaterEnd(page_, i + 2));
  }
  if (c1 == '?') return Checked(i, GreaterEnd(page_, i + 2));
  return i + 1;  // a literal '<'
}

size_t Scanner::StartTag(size_t i) {
  std::string_view name;
  const size_t end = Checked(i, TagEnd(page_, i + 1, name));
  if (end >= page_.size()) return end;
  if (NameIs(name, "plaintext") || NameIs(name, "svg") || NameIs(name, "math") ||
      NameIs(name, "frameset")) {
    return page_.size();  // the rest is not HTML text as the pre-scan models it
  }
  TrimAttributes(name, i + 1 + name.size(), end - 1);
  // The parser's form element pointer, as far as element runs need it: set by <form>, cleared
  // by </form>; where <select> or <template> ignore or scope these tags, no longer followed.
  if (NameIs(name, "form")) form_open_ = true;
  if (NameIs(name, "select") || NameIs(name, "template")) forms_unknown_ = true;
  if (element_marker_ != 0 && NameIs(name, "head")) return HeadRun(end);
  if (NameIs(name, "script")) return RawText(end, ScriptEnd(page_, end), CutKind::kScript);
  static constexpr std::pair<std::string_view, CutKind> kRaw[] = {{"style", CutKind::kStyle},
                                                                  {"xmp", CutKind::kXmp},
                                                                  {"iframe", CutKind::kIframe},
                                                                  {"noembed", CutKind::kNoembed},
                                                                  {"noframes", CutKind::kNoframes}};
  for (const auto& [raw, kind] : kRaw) {
    if (NameIs(name, raw)) return RawText(end, RawTextEnd(page_, end, raw), kind);
  }
  // RCDATA decodes references: a title is cut when it holds none; a textarea (which drops a
  // first newline) is kept as it is.
  if (NameIs(name, "title")) {
    return RawText(end, RawTextEnd(page_, end, "title"), CutKind::kTitle, kRcdataAscii);
  }
  if (NameIs(name, "textarea")) return Resume(RawTextEnd(page_, end, "textarea"));
  return end;
}

// `end` of markup that started at `start`, or the page size (stop) when it ran off the page
// or is suspiciously long.
size_t Scanner::Checked(size_t start, size_t end) const {
  return end == kNone || end - start > kMaxTag ? page_.size() : end;
}

}  // namespace verdict::read::html::skeleton
