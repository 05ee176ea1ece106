// memchr for the WASM build. Emscripten links musl's memchr, which reads 4
// bytes a step (size_t is 32-bit in wasm32); the core calls memchr all the
// time, directly and through std::string(_view)::find. WASM has native 64-bit
// integers, so this reads 8 bytes a step (SWAR). Defining the symbol here keeps
// musl's member out of the link. Built with -fno-builtin so the compiler
// cannot turn the byte loop back into a memchr call.
#include <cstddef>
#include <cstdint>

extern "C" void* memchr(const void* src, int c, size_t n) {
  const unsigned char* p = static_cast<const unsigned char*>(src);
  const unsigned char byte = static_cast<unsigned char>(c);
  const uint64_t pattern = 0x0101010101010101ULL * byte;
  while (n >= 8) {
    uint64_t w;
    __builtin_memcpy(&w, p, 8);  // unaligned loads are fine in WASM
    const uint64_t x = w ^ pattern;
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
