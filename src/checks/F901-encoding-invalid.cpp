// F901 encoding-invalid: a file that is not UTF-8. A Windows-1252 or UTF-16 file (read in that encoding by the input
// layer, decode.hpp, and linted) is one finding naming the encoding, the bytes and the first; a UTF-8 file with damaged
// bytes gets one finding per run of invalid bytes.
#include <algorithm>
#include <cstdio>

#include "check.hpp"

namespace cablelint::check_F901 {
namespace {

// A file read in another encoding (decode.hpp): one finding at its first converted character.
void report_decoded(CheckContext& ctx, const Decoding& dec) {
    const std::string_view text = ctx.src.text();
    const std::uint32_t at = dec.first_converted;
    const char* why = "";
    std::size_t skip = 1;
    const std::size_t len = at < text.size() ? std::max<std::size_t>(1, utf8_sequence(text, at, why, skip)) : 0;
    const Span span{at, static_cast<std::uint32_t>(at + len)};
    const std::uint32_t offset = ctx.src.file_offset(at);
    Args args = {{"encoding", encoding_name(dec.encoding)}, {"count", std::to_string(dec.converted)},
                 {"offset", std::to_string(offset)}};
    if (dec.encoding == Encoding::windows_1252) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", dec.first_byte);
        args.push_back({"byte", byte});
        args.push_back({"char", std::string(text.substr(at, len))});
        ctx.report(span, args, {}, "windows_1252");
        return;
    }
    args.push_back({"bom", dec.bom ? "with a byte-order mark" : "without a byte-order mark (every other byte is NUL)"});
    ctx.report(span, args, {}, "utf16");
}

void check(CheckContext& ctx) {
    const Decoding& dec = ctx.src.decoding();
    if (dec.encoding != Encoding::utf8) {
        report_decoded(ctx, dec);
        return;
    }
    if (dec.invalid_utf8 == 0) return;   // the input layer read every byte as UTF-8
    // A UTF-8 file with damaged bytes, left as it is: each run of invalid bytes is one finding.
    const std::string_view s = ctx.src.text();
    std::size_t i = 0;
    while (i < s.size()) {
        const char* why = "";
        std::size_t skip = 1;
        const std::size_t n = utf8_sequence(s, i, why, skip);
        if (n > 0) {
            i += n;
            continue;
        }
        // Gather the run of invalid bytes that follows.
        const std::size_t begin = i;
        const char* first_why = why;
        i += skip;
        while (i < s.size()) {
            const std::size_t m = utf8_sequence(s, i, why, skip);
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
}  // namespace cablelint::check_F901
