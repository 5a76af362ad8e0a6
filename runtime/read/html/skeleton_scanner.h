// The skeleton pre-scan's machinery (internal to skeleton*.cc): a scanner that follows just
// enough of the HTML tokenizer to know where character tokens and attributes come from, and
// the small tokenizer helpers it uses. Skeleton::Build (skeleton.h) is the public entry.
#ifndef VERDICT_RUNTIME_READ_HTML_SKELETON_SCANNER_H_
#define VERDICT_RUNTIME_READ_HTML_SKELETON_SCANNER_H_

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/read/html/skeleton.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace verdict::read::html::skeleton {

// Runs shorter than this (after their leading whitespace) are kept: not worth a marker.
constexpr size_t kMinRun = 12;
// A tag longer than this is most likely an unclosed quote; stop shortening there.
constexpr size_t kMaxTag = size_t{64} << 10;
// Marker bytes to choose from: printable, never part of a character reference or a space.
constexpr std::string_view kMarkerCandidates = "~`^|{}\\";
constexpr size_t kNone = std::string_view::npos;

// Whitespace as the tokenizer sees it (CR becomes LF before tokenizing).
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
inline bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAlnum(char c) { return IsAlpha(c) || (c >= '0' && c <= '9'); }
inline char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
inline bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// ASCII bytes a run of text may hold (kPlainAscii), and those of raw text (kRawAscii) and of
// RCDATA (kRcdataAscii) that gumbo passes through unchanged.
extern const std::array<bool, 128> kPlainAscii;
extern const std::array<bool, 128> kRawAscii;
extern const std::array<bool, 128> kRcdataAscii;

// True when `name` is `lower` (lowercase ASCII) ignoring ASCII case.
inline bool NameIs(std::string_view name, std::string_view lower) {
  if (name.size() != lower.size()) return false;
  for (size_t k = 0; k < name.size(); ++k) {
    if (Lower(name[k]) != lower[k]) return false;
  }
  return true;
}

// The tag of a lowercase tag name when element and head runs hold such elements (a switch on
// the length and first letters, asked for every tag they read), GUMBO_TAG_UNKNOWN otherwise.
GumboTag SimpleTag(std::string_view name);
// True when s[at..] is "</" + `name` (lowercase; any case in s) + a space, '/' or '>'.
bool EndTagAt(std::string_view s, size_t at, std::string_view name);
// The tag whose name starts at s[at]: sets `name` and returns the position after its '>'
// (npos when the page ends inside it), following quoted attribute values.
size_t TagEnd(std::string_view s, size_t at, std::string_view& name);
// Where script data from s[k] ends (the '<' of "</script"), npos when the page ends first.
size_t ScriptEnd(std::string_view s, size_t k);
// The '<' of the end tag closing raw text or RCDATA element `name` from s[k], or npos.
size_t RawTextEnd(std::string_view s, size_t k, std::string_view name);
// After a comment starting "<!--" at s[at] (after its '>'), or npos.
size_t CommentEnd(std::string_view s, size_t at);
// After a bogus comment or doctype from s[from] (its first '>'), or npos.
size_t GreaterEnd(std::string_view s, size_t from);
// Length of the multi-byte character at p (left bytes available) when gumbo passes it through
// unchanged; 0 otherwise.
size_t PlainMultiByte(const unsigned char* p, size_t left);
// Bits of the 16 bytes at p that may end a run of plain text in valid UTF-8: control bytes,
// '<', '&', DEL, and the lead bytes of C1 controls (C2) and noncharacters (EF, F0..F4).
inline unsigned MaySpecial16(const unsigned char* p) {
#if defined(__SSE2__)
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const auto eq = [&](int c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(c))); };
  const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x1F)), x);
  const __m128i high = _mm_cmpeq_epi8(_mm_max_epu8(x, _mm_set1_epi8(static_cast<char>(0xF0))), x);
  const __m128i hit =
      _mm_or_si128(_mm_or_si128(_mm_or_si128(control, high), eq('<')),
                   _mm_or_si128(_mm_or_si128(eq('&'), eq(0x7F)), _mm_or_si128(eq(0xC2), eq(0xEF))));
  return static_cast<unsigned>(_mm_movemask_epi8(hit));
#else
  unsigned mask = 0;
  for (int k = 0; k < 16; ++k) {
    const unsigned char b = p[k];
    if (b < 0x20 || b == '<' || b == '&' || b == 0x7F || b == 0xC2 || b == 0xEF || b >= 0xF0) {
      mask |= 1u << k;
    }
  }
  return mask;
#endif
}

// Recorded tokens of simple markup: nodes, the attributes they index, the decoded text of
// texts with references.
struct RunTokens {
  std::vector<SkeletonNode> nodes;
  std::vector<SkeletonAttribute> attributes;
  std::string decoded;
};

// What the scan makes: the skeleton's text and its map back to the page, and the tokens of
// the element runs cut.
struct Scan {
  std::string text;
  std::vector<SkeletonMarker> markers;
  std::vector<SkeletonCut> cuts;
  RunTokens runs;
};

// True when the reader reads attribute `name` (ASCII, any case): class, id, style, role,
// hidden, name, content; href only for its presence.
bool ReaderReads(std::string_view name);

// What a character reference at s[at] == '&' decodes to when it is one of the few common ones
// the element runs model (&nbsp; &gt; &amp; &#20013; …, with their ';'): sets `decoded` (UTF-8)
// and returns the position after it; kNone for any other reference.
size_t SimpleReference(std::string_view s, size_t at, std::string& decoded);

// One forward pass over a page (valid UTF-8): skeleton_scanner.cc follows the tokenizer and
// cuts text, skeleton_elements.cc finds and cuts runs of simple elements,
// skeleton_attributes.cc drops attributes.
class Scanner {
 public:
  // `element_marker` 0: element runs are not cut.
  Scanner(std::string_view page, char marker, char element_marker)
      : page_(page), marker_(marker), element_marker_(element_marker) {}

  Scan Run();

 private:
  // Scans the text run at page_[i]; shortens it when long enough. Returns where it ends.
  size_t Text(size_t i);
  // Where the characters gumbo passes through unchanged, from page_[i], end (at most at
  // `limit`, on a character boundary); `ascii` says which ASCII bytes count.
  size_t PlainEnd(size_t i, size_t limit, const std::array<bool, 128>& ascii) const;
  // Cuts page_[begin, end) to a marker of `kind` when it is long enough.
  void Cut(size_t begin, size_t end, CutKind kind = CutKind::kText);
  // Leaves page_[begin, end) (inside a start tag) out of the skeleton.
  void Delete(size_t begin, size_t end);
  // Deletes the attributes of start tag `tag` (its name ending at `name_end`, its '>' at `gt`)
  // that the reader never reads, with the whitespace before each, and href's value. Stops
  // (keeping the rest) at anything but plain `name`, `name=value`, `name="value"` syntax.
  void TrimAttributes(std::string_view tag, size_t name_end, size_t gt);
  // True when page_[from, to) is whitespace the tokenizer passes through (no CR).
  bool OnlySpaceSince(size_t from, size_t to) const;
  // One token of simple markup at page_[at] (skeleton_elements.cc), recorded into `out` when
  // given.
  struct Token;
  Token NextToken(size_t at, RunTokens* out);
  // From the start tag at page_[i]: follows simple markup (well-nested elements of a known
  // set, plain text, common references, comments) until it ends or leaves the model,
  // recording its tokens in parts_.runs (runs cut later are slices of them; the rest is left
  // unused), and appends to candidates_ the elements that completed. Returns where it
  // stopped.
  size_t Analyze(size_t i);
  // At page_[i], the start of candidates_[next_candidate_] right after markup: cuts it and the
  // candidates that follow it with only whitespace between to the element marker, when markup
  // follows. Returns where the run ends, or i.
  size_t ElementRun(size_t i);
  // The head's content from page_[from] (after "<head>") when it is only whitespace,
  // comments, <meta>, <link>, and <title>, <script> and <style> with text gumbo passes through
  // unchanged: recorded and cut to a comment holding the element marker (kHead). Returns where
  // scanning resumes (`from` when there is no such run).
  size_t HeadRun(size_t from);
  // True when the tokens parts_.runs.nodes[first, end) set the parser's frameset-ok flag to
  // "not ok" as the run's marker (text that is not whitespace) does: text that is not
  // whitespace, or <img>, <br>, <li>, <table>. A run that would not may not be cut: a
  // <frameset> after it would replace the body in the page but not in the skeleton.
  bool ClearsFramesetOk(size_t first, size_t end) const;
  // Sets what the run of `marker` needs of its place (from its recorded tokens).
  void SetNeeds(SkeletonMarker& marker);
  // Raw text (or RCDATA, with `ascii` kRcdataAscii) from `begin` to the end tag at `end`: one
  // text node whatever it holds, so all of it is cut when gumbo passes it through unchanged.
  // Returns where data state resumes.
  size_t RawText(size_t begin, size_t end, CutKind kind,
                 const std::array<bool, 128>& ascii = kRawAscii);
  // Handles the markup (or literal '<') at page_[i]; returns where data state resumes, or the
  // page size when shortening stops.
  size_t Markup(size_t i);
  // A start tag at page_[i]: trims its attributes and skips raw text and RCDATA content.
  size_t StartTag(size_t i);
  // `end` of markup that started at `start`, or the page size (stop) when it ran off the page
  // or is suspiciously long.
  size_t Checked(size_t start, size_t end) const;
  size_t Resume(size_t at) const { return at == kNone ? page_.size() : at; }

  std::string_view page_;
  char marker_;
  char element_marker_;
  size_t copied_ = 0;  // page bytes before this are in parts_.text
  // A <form> start tag seen with no </form> since; a <select> or <template> seen (element
  // runs hold a <form> only when neither: the parser ignores <form> while its form pointer is
  // set, and those elements change how it treats form tags).
  bool form_open_ = false;
  bool forms_unknown_ = false;
  size_t markup_end_ = 0;  // where the last markup (or a reference or odd byte) ended
  // Elements of simple markup found by Analyze, in page order, with their tokens in
  // parts_.runs; the first not yet passed; where the analysis has looked up to.
  struct Candidate {
    size_t begin, end;            // page bytes
    size_t first_node, end_node;  // in parts_.runs.nodes
    bool operator<(const Candidate& o) const { return begin < o.begin; }
  };
  std::vector<Candidate> candidates_;
  size_t next_candidate_ = 0;
  // An element open during Analyze.
  struct Open {
    GumboTag tag;
    size_t begin;       // page offset of the start tag
    size_t first_node;  // index of its start in parts_.runs.nodes
    bool implied;       // a <tbody> the parser implies
  };
  // Scratch, kept for its capacity.
  std::vector<Open> open_elements_;
  std::string reference_scratch_;
  std::vector<size_t> run_members_;
  std::vector<GumboTag> open_tags_;
  size_t analyzed_ = 0;
  Scan parts_;
};

}  // namespace verdict::read::html::skeleton

#endif  // VERDICT_RUNTIME_READ_HTML_SKELETON_SCANNER_H_
