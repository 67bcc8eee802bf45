// Skipping the plain bytes of a text sixteen at a time: the checks that look for rare bytes (non-ASCII characters,
// control characters) and the input layer spend their time on text that has none.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cablelint::byte_scan {

// Sixteen bytes at a time, with the compiler's vector extensions (GCC and Clang: SSE2 on x86-64, NEON on ARM). A
// comparison gives a mask: all ones in each byte where it holds.
using bytes16 = unsigned char __attribute__((vector_size(16)));
using mask16 = signed char __attribute__((vector_size(16)));

inline bytes16 load16(const char* p) {
    bytes16 v;
    std::memcpy(&v, p, sizeof v);
    return v;
}
inline bytes16 splat(unsigned char c) { return bytes16{} + c; }
// The bytes from lo to hi.
inline mask16 in_range(bytes16 v, unsigned char lo, unsigned char hi) { return (v >= splat(lo)) & (v <= splat(hi)); }

// One bit for each byte of the mask, the first byte the lowest bit.
inline std::uint32_t bits(mask16 m) {
#if defined(__SSE2__)
    return static_cast<std::uint32_t>(_mm_movemask_epi8(reinterpret_cast<__m128i>(m)));
#else
    std::uint32_t out = 0;
    for (int i = 0; i < 16; ++i) out |= static_cast<std::uint32_t>(m[i] & 1) << i;
    return out;
#endif
}

// How many bytes of s are c (libc's memchr, vectorised, from one to the next: for line ends, a line at a time).
inline std::size_t count(std::string_view s, char c) {
    std::size_t n = 0;
    const char* const end = s.data() + s.size();
    for (const char* p = s.data(); p != end; ++n, ++p) {
        p = static_cast<const char*>(std::memchr(p, c, static_cast<std::size_t>(end - p)));
        if (p == nullptr) break;
    }
    return n;
}

// The first position from i of a byte ≥ 0x80 (not ASCII), or s.size().
inline std::size_t next_non_ascii(std::string_view s, std::size_t i) {
    while (i + 16 <= s.size()) {
        const std::uint32_t high = bits(load16(s.data() + i) >= splat(0x80));
        if (high != 0) return i + static_cast<std::size_t>(__builtin_ctz(high));
        i += 16;
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

// The first position from i of a byte F907 looks at: a C0 control other than tab, LF, FF and CR, DEL, or 0xC2 (which
// leads the C1 controls in UTF-8); or s.size().
inline std::size_t next_control(std::string_view s, std::size_t i) {
    while (i + 16 <= s.size()) {
        const bytes16 v = load16(s.data() + i);
        const mask16 allowed = (v == splat('\t')) | (v == splat('\n')) | (v == splat('\f')) | (v == splat('\r'));
        const mask16 hit = ((v < splat(0x20)) & ~allowed) | (v == splat(0x7F)) | (v == splat(0xC2));
        const std::uint32_t b = bits(hit);
        if (b != 0) return i + static_cast<std::size_t>(__builtin_ctz(b));
        i += 16;
    }
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F || c == 0xC2) break;
    }
    return i;
}

}  // namespace cablelint::byte_scan
