// Arena for gumbo: bump allocation from blocks that grow with the page, frees ignored (gumbo
// grows buffers by allocate-copy-free, so at most about twice the live size is kept), and no
// gumbo_destroy_output: dropping the blocks releases the tree.
#include "runtime/read/html/gumbo_arena.h"

#include <algorithm>

namespace verdict::read::html {
namespace {

constexpr size_t kAlign = alignof(std::max_align_t);
constexpr size_t kMinBlock = size_t{64} << 10;
constexpr size_t kMaxBlock = size_t{8} << 20;

}  // namespace

GumboParse::GumboParse(std::string_view page)
    // The tree takes a few times the page: start with blocks of about the page's size.
    : block_size_(std::clamp(page.size(), kMinBlock, kMaxBlock)) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboParse::Allocate;
  options.deallocator = &GumboParse::Deallocate;
  options.userdata = this;
  options.max_errors = 0;  // parse errors are not reported; don't collect them
  output_ = gumbo_parse_with_options(&options, page.data(), page.size());
}

void* GumboParse::Allocate(void* arena, size_t size) {
  return static_cast<GumboParse*>(arena)->Take(size);
}

void GumboParse::Deallocate(void*, void*) {}

void* GumboParse::Take(size_t size) {
  size = (std::max<size_t>(size, 1) + kAlign - 1) / kAlign * kAlign;
  if (size > left_) {
    if (size > block_size_ / 4) {
      // A big buffer gets a block of its own; the current block stays in use.
      blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(size));
      return blocks_.back().get();
    }
    blocks_.push_back(std::make_unique_for_overwrite<std::byte[]>(block_size_));
    next_ = blocks_.back().get();
    left_ = block_size_;
    block_size_ = std::min(block_size_ * 2, kMaxBlock);
  }
  void* result = next_;
  next_ += size;
  left_ -= size;
  return result;
}

}  // namespace verdict::read::html
