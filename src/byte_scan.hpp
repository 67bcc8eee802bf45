// Skipping the plain bytes of a text sixteen at a time: the checks that look for rare bytes (non-ASCII characters,
// control characters) and the input layer spend their time on text that has none.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>
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
// The same bytes as signed ones (0x80 to 0xFF are negative).
inline mask16 as_signed(bytes16 v) {
    mask16 m;
    std::memcpy(&m, &v, sizeof m);
    return m;
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

// What one read of a text tells the input layer and the checks, so that none of them reads the whole text again for
// a byte most texts lack: the offsets where lines start (0, and each byte after a line feed), and whether there is a
// NUL, a CR, a byte ≥ 0x80, or a control character F907 reports (a C0 control other than tab, LF, FF and CR, DEL,
// or a C1 control U+0080–U+009F in UTF-8).
struct Survey {
    bool nul = false, cr = false, non_ascii = false, control = false;
};
// Where the bytes ≥ 0x80 of a text are, in order, as the survey passed them, so that the input layer's UTF-8 check and
// F902 visit them without reading the text again. Only the first `max` are listed: a text of mostly non-ASCII
// characters is scanned again (next_non_ascii) rather than given a list four times its size.
struct HighBytes {
    std::vector<std::uint32_t> at;
    bool complete = true;   // `at` holds every one of them
    static constexpr std::size_t max = 1U << 16;
};

// One of the rare bytes: anything below 0x20 but a line feed, DEL, and any byte ≥ 0x80.
inline void survey_rare_byte(std::string_view s, std::size_t i, Survey& out, HighBytes& high) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
        out.non_ascii = true;
        if (high.at.size() < HighBytes::max) high.at.push_back(static_cast<std::uint32_t>(i));
        else high.complete = false;
        if (c == 0xC2 && i + 1 < s.size()) {
            const auto next = static_cast<unsigned char>(s[i + 1]);
            out.control = out.control || (next >= 0x80 && next <= 0x9F);
        }
    } else if (c == '\r') {
        out.cr = true;
    } else if (c != '\t' && c != '\f') {
        out.nul = out.nul || c == 0;
        out.control = true;
    }
}
inline Survey survey(std::string_view s, std::vector<std::uint32_t>& line_starts, HighBytes& high) {
    line_starts.clear();
    high = HighBytes{};
    line_starts.reserve(s.size() / 40 + 1);
    line_starts.push_back(0);
    Survey out;
    std::size_t i = 0;
    for (; i + 16 <= s.size(); i += 16) {
        const bytes16 v = load16(s.data() + i);
        const mask16 lf = v == splat('\n');
        // As signed bytes, those ≥ 0x80 are negative: one comparison finds them and the C0 controls.
        const mask16 rare = ((as_signed(v) < (mask16{} + 0x20)) | (v == splat(0x7F))) & ~lf;
        for (std::uint32_t m = bits(rare); m != 0; m &= m - 1)
            survey_rare_byte(s, i + static_cast<std::size_t>(__builtin_ctz(m)), out, high);
        for (std::uint32_t m = bits(lf); m != 0; m &= m - 1)
            line_starts.push_back(static_cast<std::uint32_t>(i + static_cast<std::size_t>(__builtin_ctz(m)) + 1));
    }
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '\n') line_starts.push_back(static_cast<std::uint32_t>(i + 1));
        else if (c < 0x20 || c >= 0x7F) survey_rare_byte(s, i, out, high);
    }
    return out;
}

// The positions of the bytes ≥ 0x80 of s, in order from a position on: from the survey's list when it has them all
// (`listed` not null), else by scanning.
class NonAsciiCursor {
public:
    NonAsciiCursor(std::string_view s, const HighBytes* listed) : s_(s), listed_(listed) {}
    // The first position ≥ i of a byte ≥ 0x80, or s.size(). Asked with i never going back.
    std::size_t next(std::size_t i) {
        if (listed_ == nullptr) return next_non_ascii(s_, i);
        while (k_ < listed_->at.size() && listed_->at[k_] < i) ++k_;
        return k_ < listed_->at.size() ? listed_->at[k_] : s_.size();
    }

private:
    std::string_view s_;
    const HighBytes* listed_;
    std::size_t k_ = 0;
};

}  // namespace cablelint::byte_scan
