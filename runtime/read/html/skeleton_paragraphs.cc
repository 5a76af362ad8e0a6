// Runs of simple paragraphs ("<p attributes>text</p>", whitespace between) right after markup:
// the whole run becomes one marker byte, and its paragraphs, attributes and text are recorded
// for the tree to expand back (page_tree_paragraphs.cc checks the run's place in the tree).
#include "runtime/read/html/skeleton_scanner.h"

namespace verdict::read::html::skeleton {
namespace {

// Fewest paragraphs a run must have to be cut.
constexpr size_t kMinParagraphs = 2;

// True when two attribute names are the same for gumbo (which lowercases ASCII).
bool SameName(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t k = 0; k < a.size(); ++k) {
    if (Lower(a[k]) != Lower(b[k])) return false;
  }
  return true;
}

}  // namespace

bool Scanner::OnlySpaceSince(size_t from, size_t to) const {
  for (size_t k = from; k < to; ++k) {
    if (!IsSpace(page_[k]) || page_[k] == '\r') return false;
  }
  return true;
}

// A run of simple paragraphs starting at page_[i] == '<', right after markup and whitespace:
// cut to the paragraph marker when it has kMinParagraphs or more and markup follows it, so
// that its marker shares a text node with whitespace only. Returns where it ends, or i.
size_t Scanner::ParagraphRun(size_t i) {
  const size_t first = parts_.paragraphs.size();
  const size_t first_attribute = parts_.attributes.size();
  size_t end = i;       // after the last "</p>" taken
  size_t next = i;      // where the next paragraph would start
  size_t good = first;  // paragraphs before this one are followed by markup
  size_t good_end = i;
  while (next < page_.size() && page_[next] == '<') {
    const size_t after = SimpleParagraph(next);
    if (after == kNone) break;
    end = after;
    next = after;
    while (next < page_.size() && IsSpace(page_[next]) && page_[next] != '\r') ++next;
    if (next >= page_.size() || page_[next] == '<') {
      good = parts_.paragraphs.size();
      good_end = end;
    }
  }
  if (good - first < kMinParagraphs) {
    parts_.paragraphs.resize(first);
    parts_.attributes.resize(first_attribute);
    return i;
  }
  parts_.paragraphs.resize(good);
  parts_.attributes.resize(parts_.paragraphs.back().end_attribute);
  parts_.text.append(page_.substr(copied_, i - copied_));
  SkeletonMarker marker{static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(i),
                        static_cast<uint32_t>(good_end), CutKind::kParagraphs};
  marker.first_paragraph = static_cast<uint32_t>(first);
  marker.end_paragraph = static_cast<uint32_t>(good);
  parts_.markers.push_back(marker);
  parts_.text.push_back(paragraph_marker_);
  parts_.cuts.push_back(
      {static_cast<uint32_t>(parts_.text.size()), static_cast<uint32_t>(good_end)});
  copied_ = good_end;
  return good_end;
}

// "<p attributes>text</p>" at page_[i]: recorded, and the position after it returned; kNone
// when it is anything else. Attributes must be quoted (or bare names), free of references
// and CR, and not repeat; the text must be plain and not empty.
size_t Scanner::SimpleParagraph(size_t i) {
  const size_t n = page_.size();
  if (n - i < 8 || Lower(page_[i + 1]) != 'p') return kNone;
  SkeletonParagraph paragraph;
  paragraph.tag_begin = static_cast<uint32_t>(i);
  paragraph.first_attribute = static_cast<uint32_t>(parts_.attributes.size());
  size_t k = i + 2;
  if (page_[k] != '>' && !IsSpace(page_[k])) return kNone;
  for (;;) {
    while (k < n && IsSpace(page_[k]) && page_[k] != '\r') ++k;
    if (k >= n) return kNone;
    if (page_[k] == '>') break;
    if (!IsAlpha(page_[k])) return kNone;
    SkeletonAttribute attribute;
    attribute.name_begin = static_cast<uint32_t>(k);
    while (k < n && (IsAlnum(page_[k]) || page_[k] == '-' || page_[k] == '_' || page_[k] == ':' ||
                     page_[k] == '.')) {
      ++k;
    }
    attribute.name_end = static_cast<uint32_t>(k);
    if (k >= n) return kNone;
    attribute.value_begin = attribute.value_end = static_cast<uint32_t>(k);
    if (page_[k] == '=') {
      ++k;
      if (k >= n || (page_[k] != '"' && page_[k] != '\'')) return kNone;
      const char quote = page_[k++];
      const size_t close = page_.find(quote, k);
      if (close == kNone || PlainEnd(k, close, kPlainAscii) != close) return kNone;
      attribute.value_begin = static_cast<uint32_t>(k);
      attribute.value_end = static_cast<uint32_t>(close);
      k = close + 1;
      if (k < n && !IsSpace(page_[k]) && page_[k] != '>') return kNone;
    } else if (page_[k] != '>' && !IsSpace(page_[k])) {
      return kNone;
    }
    const std::string_view name =
        page_.substr(attribute.name_begin, attribute.name_end - attribute.name_begin);
    for (size_t a = paragraph.first_attribute; a < parts_.attributes.size(); ++a) {
      const SkeletonAttribute& other = parts_.attributes[a];
      if (SameName(page_.substr(other.name_begin, other.name_end - other.name_begin), name)) {
        return kNone;  // gumbo keeps the first; not worth following
      }
    }
    parts_.attributes.push_back(attribute);
  }
  paragraph.end_attribute = static_cast<uint32_t>(parts_.attributes.size());
  paragraph.text_begin = static_cast<uint32_t>(k + 1);
  const size_t text_end = PlainEnd(k + 1, n, kPlainAscii);
  paragraph.text_end = static_cast<uint32_t>(text_end);
  if (text_end == k + 1 || n - text_end < 4 || page_[text_end] != '<' ||
      page_[text_end + 1] != '/' || Lower(page_[text_end + 2]) != 'p' ||
      page_[text_end + 3] != '>') {
    parts_.attributes.resize(paragraph.first_attribute);
    return kNone;
  }
  parts_.paragraphs.push_back(paragraph);
  return text_end + 4;
}

}  // namespace verdict::read::html::skeleton
