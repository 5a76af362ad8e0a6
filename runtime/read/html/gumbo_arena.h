// Runs gumbo with an arena allocator: gumbo allocates a node, string or vector buffer for every
// bit of markup, and freeing them one by one costs as much as parsing; the arena hands out
// memory from large blocks and releases the whole parse at once.
#ifndef VERDICT_RUNTIME_READ_HTML_GUMBO_ARENA_H_
#define VERDICT_RUNTIME_READ_HTML_GUMBO_ARENA_H_

#include <gumbo.h>

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace verdict::read::html {

// A parsed page. Owns all memory of the parse tree, which lives as long as this object.
class GumboParse {
 public:
  // Parses `page` (valid UTF-8, kept alive by the caller while the tree is used).
  explicit GumboParse(std::string_view page);
  GumboParse(const GumboParse&) = delete;
  GumboParse& operator=(const GumboParse&) = delete;

  const GumboNode* document() const { return output_->document; }

 private:
  static void* Allocate(void* arena, size_t size);
  static void Deallocate(void* arena, void* ptr);
  void* Take(size_t size);

  std::vector<std::unique_ptr<std::byte[]>> blocks_;
  std::byte* next_ = nullptr;
  size_t left_ = 0;
  size_t block_size_;
  GumboOutput* output_ = nullptr;
};

}  // namespace verdict::read::html

#endif  // VERDICT_RUNTIME_READ_HTML_GUMBO_ARENA_H_
