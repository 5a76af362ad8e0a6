// The skeleton of a page: the page with every long run of plain text (between markup, free of
// character references, CR and NUL) cut to its leading whitespace and a one-byte marker. gumbo
// tokenizes text one character at a time, so parsing the skeleton builds the same tree for a
// fraction of the work; the markers and an offset map lead back to the page.
#ifndef VERDICT_RUNTIME_READ_HTML_SKELETON_H_
#define VERDICT_RUNTIME_READ_HTML_SKELETON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace verdict::read::html {

// One shortened run: the marker byte at skeleton offset `skeleton` stands for page bytes
// [page_begin, page_end) (the run without its leading whitespace, which the skeleton keeps).
struct SkeletonMarker {
  uint32_t skeleton = 0;
  uint32_t page_begin = 0;
  uint32_t page_end = 0;
};

class Skeleton {
 public:
  // The skeleton of `page` (UTF-8). empty() when nothing was shortened, or when the page holds
  // something the pre-scan does not model (NUL bytes, no free marker byte): parse the page
  // itself then. Text inside tags, comments, raw-text elements (script, style, title, …) is
  // kept verbatim; shortening stops for good at <plaintext>, <svg>, <math> and <frameset>.
  static Skeleton Build(std::string_view page);

  bool empty() const { return markers_.empty(); }
  std::string_view text() const { return text_; }
  // The marker byte: printable ASCII that occurs nowhere in the page.
  char marker() const { return marker_; }
  const std::vector<SkeletonMarker>& markers() const { return markers_; }

  // The page offset of skeleton offset `offset` (0..text().size()); a marker maps to the start
  // of its run, the byte after it to the end of the run.
  uint32_t ToPage(uint32_t offset) const;
  // Index of the first marker at skeleton offset >= `offset` (markers().size() when none).
  size_t FirstMarkerFrom(uint32_t offset) const;
  // The same two, searching outward from `hint` (an earlier answer, updated to this one):
  // near-constant time for offsets that come roughly in page order, as a tree walk asks them.
  size_t FirstMarkerFrom(uint32_t offset, size_t& hint) const;
  uint32_t ToPage(uint32_t offset, size_t& hint) const;

 private:
  std::string text_;
  std::vector<SkeletonMarker> markers_;
  char marker_ = 0;
};

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_SKELETON_H_
