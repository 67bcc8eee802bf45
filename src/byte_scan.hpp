// Skipping the plain bytes of a text eight at a time: the checks that look for rare bytes (non-ASCII characters,
// control characters) and the input layer spend their time on text that has none.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace cablelint::byte_scan {

inline constexpr std::uint64_t ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t highs = 0x8080808080808080ULL;

inline std::uint64_t load(const char* p) {
    std::uint64_t x;
    std::memcpy(&x, p, sizeof x);
    return x;
}

// The high bit of each byte of x that is c (exact: no borrow runs from one byte into the next).
inline std::uint64_t equal_bytes(std::uint64_t x, unsigned char c) {
    const std::uint64_t t = x ^ (ones * c);
    return ~(((t & ~highs) + ~highs) | t) & highs;
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
    while (i + 8 <= s.size() && (load(s.data() + i) & highs) == 0) i += 8;
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

// The first position from i of a byte below 0x20 or from 0x7F up (a control character, DEL, or a byte of a
// multi-byte character; a line end too), or s.size().
inline std::size_t next_unprintable(std::string_view s, std::size_t i) {
    while (i + 8 <= s.size()) {
        const std::uint64_t x = load(s.data() + i);
        const std::uint64_t low7 = x & ~highs;
        const std::uint64_t from_7f = ((low7 + ones) | x) & highs;          // high bit set, or low seven bits 0x7F
        const std::uint64_t below_20 = ~((low7 + 0x60 * ones) | x) & highs;   // high bit clear, low seven below 0x20
        if ((from_7f | below_20) != 0) break;
        i += 8;
    }
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c >= 0x7F) break;
        ++i;
    }
    return i;
}

}  // namespace cablelint::byte_scan
