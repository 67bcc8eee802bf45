#include "excerpt.hpp"

#include <algorithm>

#include "byte_scan.hpp"
#include "decode.hpp"

namespace cablelint {

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    }
    return n;
}

void append_valid_utf8(std::string& out, std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            out.push_back(s[i++]);
            continue;
        }
        const char* why = "";
        std::size_t skip = 1;
        const std::size_t n = utf8_sequence(s, i, why, skip);
        if (n > 0) {
            out.append(s.substr(i, n));
            i += n;
        } else {
            out.append("\uFFFD");   // one per byte: a column each, as Source counts them
            ++i;
        }
    }
}

void write_valid_utf8(std::ostream& out, std::string_view s) {
    for (std::size_t i = byte_scan::next_non_ascii(s, 0); i < s.size(); i = byte_scan::next_non_ascii(s, i)) {
        const char* why = "";
        std::size_t skip = 1;
        const std::size_t n = utf8_sequence(s, i, why, skip);
        if (n == 0) {
            std::string copy;
            append_valid_utf8(copy, s);
            out << copy;
            return;
        }
        i += n;
    }
    out << s;
}

Excerpt excerpt_of(const Source& src, Span span, std::size_t context) {
    Excerpt x;
    const Position p = src.position(span.begin);
    x.line = p.line;
    const std::string_view line = src.line_text(p.line);
    const std::uint32_t line_start = src.line_start(p.line);
    const std::uint32_t line_end = line_start + static_cast<std::uint32_t>(line.size());
    const std::uint32_t begin = std::min(span.begin, line_end);
    const std::uint32_t end = std::min(std::max(span.end, begin), line_end);
    const std::string_view text = src.text();
    auto is_start = [&](std::uint32_t i) { return (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80; };
    std::uint32_t from = begin;
    for (std::size_t n = 0; from > line_start && n < context;) {
        --from;
        if (is_start(from)) ++n;
    }
    // Forward by `count` characters from `i`, not past `limit`.
    auto forward = [&](std::uint32_t i, std::uint32_t limit, std::size_t count) {
        for (std::size_t n = 0; i < limit && n < count; ++n) {
            ++i;
            while (i < limit && !is_start(i)) ++i;
        }
        return i;
    };
    // A span longer than the window is shown up to 2 × context characters.
    const std::uint32_t shown_end = forward(begin, end, 2 * context);
    const std::uint32_t to = forward(shown_end, line_end, context);
    auto shown = [&](std::string& out, std::uint32_t a, std::uint32_t b) {
        std::string plain(text.substr(a, b - a));
        for (char& c : plain) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u == 0x7F) c = ' ';
        }
        append_valid_utf8(out, plain);
    };
    const std::string_view ellipsis = "\u2026";
    if (from > line_start) x.before = ellipsis;
    shown(x.before, from, begin);
    shown(x.marked, begin, shown_end);
    shown(x.after, shown_end, to);
    if (to < line_end) x.after += ellipsis;
    return x;
}

}  // namespace cablelint
