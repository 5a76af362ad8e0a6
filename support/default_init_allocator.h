// An allocator whose value-less construct() default-initializes, so that vector::resize() on
// a trivial type leaves new elements uninitialized instead of zeroing them. For buffers that
// are sized once and then written in full (the normalizer's offset map), the zeroing was pure
// overhead on every document.
#ifndef VERDICT_SUPPORT_DEFAULT_INIT_ALLOCATOR_H_
#define VERDICT_SUPPORT_DEFAULT_INIT_ALLOCATOR_H_

#include <memory>
#include <new>
#include <utility>

namespace verdict {

template <typename T, typename Base = std::allocator<T>>
class DefaultInitAllocator : public Base {
  using Traits = std::allocator_traits<Base>;

 public:
  template <typename U>
  struct rebind {
    using other = DefaultInitAllocator<U, typename Traits::template rebind_alloc<U>>;
  };

  using Base::Base;
  DefaultInitAllocator() = default;
  template <typename U, typename B>
  DefaultInitAllocator(const DefaultInitAllocator<U, B>& other) noexcept : Base(other) {}

  template <typename U>
  void construct(U* p) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(p)) U;  // default-initialization: no zeroing for trivial types
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    Traits::construct(static_cast<Base&>(*this), p, std::forward<Args>(args)...);
  }
};

}  // namespace verdict

#endif  // VERDICT_SUPPORT_DEFAULT_INIT_ALLOCATOR_H_
