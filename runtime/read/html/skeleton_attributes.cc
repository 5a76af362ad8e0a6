// Start tags lose the attributes the reader never asks gumbo for: fewer characters and fewer
// attribute records for gumbo to make. Only plain attribute syntax is touched, and nothing on
// the elements whose attributes tree construction itself looks at.
#include "runtime/read/html/skeleton_scanner.h"

namespace verdict::read::html::skeleton {
namespace {

// Start tags whose attributes tree construction looks at: the formatting elements (the list of
// active formatting elements compares attributes) and <input> (type=hidden in tables), plus
// <isindex>, which gumbo expands using its attributes.
bool KeepsAllAttributes(std::string_view name) {
  static constexpr std::string_view kNames[] = {"a",  "b",    "big",   "code",   "em",     "font",
                                                "i",  "nobr", "s",     "small",  "strike", "strong",
                                                "tt", "u",    "input", "isindex"};
  for (std::string_view n : kNames) {
    // An <a> start tag first closes any <a> still open, so identical <a> elements never pile up
    // in the list (where attributes would count): its attributes may go.
    if (NameIs(name, n)) return n != "a";
  }
  return false;
}

}  // namespace

bool ReaderReads(std::string_view name) {
  // By length first: asked for every attribute of every tag.
  switch (name.size()) {
    case 2:
      return NameIs(name, "id");
    case 4:
      return NameIs(name, "role") || NameIs(name, "name") || NameIs(name, "href");
    case 5:
      return NameIs(name, "class") || NameIs(name, "style");
    case 6:
      return NameIs(name, "hidden");
    case 7:
      return NameIs(name, "content");
    default:
      return false;
  }
}

void Scanner::TrimAttributes(std::string_view tag, size_t name_end, size_t gt) {
  if (KeepsAllAttributes(tag)) return;
  size_t k = name_end;
  size_t previous_end = name_end;  // where the tag name or the last attribute ended
  while (k < gt) {
    while (k < gt && IsSpace(page_[k])) ++k;
    if (k >= gt || !IsAlpha(page_[k])) return;  // '/', odd names: left as they are
    const size_t name_begin = k;
    while (k < gt && (IsAlnum(page_[k]) || page_[k] == '-' || page_[k] == '_' || page_[k] == ':' ||
                      page_[k] == '.')) {
      ++k;
    }
    const size_t name_stop = k;
    if (k < gt && !IsSpace(page_[k]) && page_[k] != '=') return;
    size_t v = k;
    while (v < gt && IsSpace(page_[v])) ++v;
    size_t attribute_end = name_stop;
    if (v < gt && page_[v] == '=') {
      ++v;
      while (v < gt && IsSpace(page_[v])) ++v;
      if (v >= gt) return;
      if (page_[v] == '"' || page_[v] == '\'') {
        const size_t close = page_.find(page_[v], v + 1);
        if (close == kNone || close >= gt) return;
        attribute_end = close + 1;
      } else {
        while (v < gt && !IsSpace(page_[v])) ++v;
        attribute_end = v;
      }
    }
    // What follows must end the attribute by itself once the attribute is gone ("a="b"c"
    // would otherwise join the tag name or the attribute before it to "c").
    const char next = attribute_end < gt ? page_[attribute_end] : '>';
    if (next != '>' && next != '/' && !IsSpace(next)) return;
    const std::string_view name = page_.substr(name_begin, name_stop - name_begin);
    if (NameIs(name, "href")) {
      Delete(name_stop, attribute_end);  // its presence makes a link; its value is never read
    } else if (!ReaderReads(name)) {
      Delete(previous_end, attribute_end);
    }
    previous_end = attribute_end;
    k = attribute_end;
  }
}

}  // namespace verdict::read::html::skeleton
