// memchr, memcmp, memcpy and memset for the WASM build. Emscripten 3.1.6 links
// musl's memchr (4 bytes a step: size_t is 32-bit in wasm32), musl's memcmp
// (one byte a step), its own memcpy (one byte a step whenever source and
// destination differ in alignment, i.e. most string copies; a JS call from 512
// bytes) and musl's memset built -Os (std::string::resize, zeroed vectors). The
// core calls them all the time, directly and through std::string(_view)
// find/compare/append/copy, mostly on a few to a few hundred bytes. WASM has
// native 64-bit integers and unaligned loads, so these work 8 bytes a step.
// Defining the symbols here keeps musl's/Emscripten's members out of the link
// (their memcpy is a weak alias). Built with -fno-builtin so the compiler
// cannot turn these loops back into calls to themselves.
#include <cstddef>
#include <cstdint>

namespace {
inline uint64_t load64(const unsigned char* p) {
  uint64_t w;
  __builtin_memcpy(&w, p, 8);  // a plain (unaligned) i64.load
  return w;
}
inline void store64(unsigned char* p, uint64_t w) { __builtin_memcpy(p, &w, 8); }
}  // namespace

// Emscripten's JS helper (HEAPU8.copyWithin), what its own memcpy uses for
// large copies.
extern "C" void emscripten_memcpy_big(void* dest, const void* src, size_t n);

extern "C" void* memchr(const void* src, int c, size_t n) {
  const unsigned char* p = static_cast<const unsigned char*>(src);
  const unsigned char byte = static_cast<unsigned char>(c);
  const uint64_t pattern = 0x0101010101010101ULL * byte;
  while (n >= 8) {
    const uint64_t x = load64(p) ^ pattern;
    const uint64_t zero = (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
    // The lowest flagged byte is always a real match (little-endian: the first in memory).
    if (zero) return const_cast<unsigned char*>(p + (__builtin_ctzll(zero) >> 3));
    p += 8;
    n -= 8;
  }
  for (; n > 0; ++p, --n)
    if (*p == byte) return const_cast<unsigned char*>(p);
  return nullptr;
}

extern "C" int memcmp(const void* a, const void* b, size_t n) {
  const unsigned char* l = static_cast<const unsigned char*>(a);
  const unsigned char* r = static_cast<const unsigned char*>(b);
  while (n >= 8) {
    const uint64_t x = load64(l) ^ load64(r);
    if (x) {
      const unsigned k = static_cast<unsigned>(__builtin_ctzll(x)) >> 3;  // first differing byte
      return static_cast<int>(l[k]) - static_cast<int>(r[k]);
    }
    l += 8;
    r += 8;
    n -= 8;
  }
  for (; n > 0; ++l, ++r, --n)
    if (*l != *r) return static_cast<int>(*l) - static_cast<int>(*r);
  return 0;
}

extern "C" void* memcpy(void* __restrict dest, const void* __restrict src, size_t n) {
  unsigned char* d = static_cast<unsigned char*>(dest);
  const unsigned char* s = static_cast<const unsigned char*>(src);
  if (n < 8) {
    if (n >= 4) {  // two overlapping 4-byte moves
      uint32_t head, tail;
      __builtin_memcpy(&head, s, 4);
      __builtin_memcpy(&tail, s + n - 4, 4);
      __builtin_memcpy(d, &head, 4);
      __builtin_memcpy(d + n - 4, &tail, 4);
    } else if (n > 0) {  // 1-3 bytes: first, middle, last
      const unsigned char x = s[0], y = s[n >> 1], z = s[n - 1];
      d[0] = x;
      d[n >> 1] = y;
      d[n - 1] = z;
    }
    return dest;
  }
  // Past a few KB the JS call's fixed cost is small next to copyWithin's speed.
  if (n >= 4096) {
    emscripten_memcpy_big(dest, src, n);
    return dest;
  }
  // The last 8 bytes, stored at the end: covers the 0-7 bytes the loop leaves.
  const uint64_t tail = load64(s + n - 8);
  unsigned char* const tail_at = d + n - 8;
  while (n >= 32) {
    const uint64_t w0 = load64(s), w1 = load64(s + 8), w2 = load64(s + 16), w3 = load64(s + 24);
    store64(d, w0);
    store64(d + 8, w1);
    store64(d + 16, w2);
    store64(d + 24, w3);
    d += 32;
    s += 32;
    n -= 32;
  }
  while (n >= 8) {
    store64(d, load64(s));
    d += 8;
    s += 8;
    n -= 8;
  }
  store64(tail_at, tail);
  return dest;
}

extern "C" void* memset(void* dest, int c, size_t n) {
  unsigned char* d = static_cast<unsigned char*>(dest);
  const unsigned char byte = static_cast<unsigned char>(c);
  const uint64_t w = 0x0101010101010101ULL * byte;
  if (n < 8) {
    if (n >= 4) {  // two overlapping 4-byte stores
      const uint32_t w4 = static_cast<uint32_t>(w);
      __builtin_memcpy(d, &w4, 4);
      __builtin_memcpy(d + n - 4, &w4, 4);
    } else if (n > 0) {
      d[0] = byte;
      d[n >> 1] = byte;
      d[n - 1] = byte;
    }
    return dest;
  }
  store64(d + n - 8, w);  // the 0-7 bytes the loops leave
  while (n >= 32) {
    store64(d, w);
    store64(d + 8, w);
    store64(d + 16, w);
    store64(d + 24, w);
    d += 32;
    n -= 32;
  }
  while (n >= 8) {
    store64(d, w);
    d += 8;
    n -= 8;
  }
  return dest;
}
