// F901 encoding-invalid: bytes that are not valid UTF-8, reported at the byte (a run of bad bytes is one finding).
#include <cstdio>

#include "check.hpp"

namespace cablelint {
namespace {

// Length of the valid UTF-8 sequence at i, or 0 with `why` set (Unicode's "maximal subpart" is what we skip).
std::size_t valid_sequence(std::string_view s, std::size_t i, const char*& why, std::size_t& skip) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    skip = 1;
    if (c < 0x80) return 1;
    if (c >= 0x80 && c <= 0xBF) { why = "a continuation byte without a lead byte"; return 0; }
    if (c == 0xC0 || c == 0xC1) { why = "an overlong encoding"; return 0; }
    if (c >= 0xF5) { why = "a byte that never occurs in UTF-8"; return 0; }
    const std::size_t len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    // Allowed range of the second byte (Unicode Table 3-7).
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    for (std::size_t k = 1; k < len; ++k) {
        if (i + k >= s.size()) { why = "a sequence cut off by the end of the file"; skip = k; return 0; }
        const unsigned char d = b(i + k);
        const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (d < l || d > h) {
            if (k == 1 && d >= 0x80 && d <= 0xBF) {
                why = c == 0xE0 || c == 0xF0 ? "an overlong encoding" : c == 0xED ? "a UTF-16 surrogate" : "a code point beyond U+10FFFF";
            } else {
                why = "an incomplete multi-byte sequence";
            }
            skip = k;
            return 0;
        }
    }
    return len;
}

void check(CheckContext& ctx) {
    const std::string_view s = ctx.src.text();
    std::size_t i = 0;
    while (i < s.size()) {
        const char* why = "";
        std::size_t skip = 1;
        const std::size_t n = valid_sequence(s, i, why, skip);
        if (n > 0) {
            i += n;
            continue;
        }
        // Gather the run of invalid bytes that follows.
        const std::size_t begin = i;
        const char* first_why = why;
        i += skip;
        while (i < s.size()) {
            const std::size_t m = valid_sequence(s, i, why, skip);
            if (m > 0) break;
            i += skip;
        }
        std::string bytes;
        const std::size_t shown = std::min<std::size_t>(i - begin, 8);
        for (std::size_t k = 0; k < shown; ++k) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "%s0x%02X", k ? " " : "", static_cast<unsigned char>(s[begin + k]));
            bytes += buf;
        }
        if (i - begin > shown) bytes += " …";
        const bool one = i - begin == 1;
        ctx.report(Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(i)},
                   {{"bytes", bytes}, {"count", std::to_string(i - begin)}, {"problem", first_why}},
                   {}, one ? "default" : "run");
    }
}

}  // namespace
CABLELINT_CHECK("F901", check)
}  // namespace cablelint
