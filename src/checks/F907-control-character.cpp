// F907 control-character: C0 controls other than tab, LF, CR and form feed, DEL, and C1 controls (U+0080–U+009F).
#include <cstdio>

#include "byte_scan.hpp"
#include "check.hpp"

namespace cablelint::check_F907 {
namespace {

const char* c0_name(unsigned c) {
    static const char* names[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS",  "HT", "LF",
                                  "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
                                  "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
    if (c < 32) return names[c];
    if (c == 0x7F) return "DEL";
    return "C1 control";
}

void check(CheckContext& ctx) {
    if (!ctx.src.has_controls()) return;   // the input layer's read of the text saw none
    const std::string_view s = ctx.src.text();
    // A binary file (NUL bytes) gets one finding at its first NUL, with the count, not thousands.
    if (ctx.doc.binary || ctx.src.has_nul()) {
        const std::size_t first = s.find('\0');
        std::size_t count = 0;
        for (char c : s) count += c == '\0';
        ctx.report(Span{static_cast<std::uint32_t>(first), static_cast<std::uint32_t>(first + 1)},
                   {{"count", std::to_string(count)}}, {}, "nul");
        return;
    }
    for (std::size_t i = byte_scan::next_control(s, 0); i < s.size(); i = byte_scan::next_control(s, i + 1)) {
        const auto c = static_cast<unsigned char>(s[i]);
        unsigned cp = 0;
        std::size_t len = 1;
        if (c < 0x20) {
            if (c == '\t' || c == '\n' || c == '\r' || c == '\f') continue;
            cp = c;
        } else if (c == 0x7F) {
            cp = c;
        } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
            cp = static_cast<unsigned char>(s[i + 1]);   // U+0080..U+009F encoded in UTF-8
            len = 2;
        } else {
            continue;
        }
        char hex[16];
        std::snprintf(hex, sizeof hex, "U+%04X", cp);
        ctx.report(Span{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + len)},
                   {{"char", hex}, {"name", c0_name(cp)}}, {}, cp >= 0x80 ? "c1" : "default");
        i += len - 1;
    }
}

}  // namespace
CABLELINT_CHECK("F907", check)
}  // namespace cablelint::check_F907
