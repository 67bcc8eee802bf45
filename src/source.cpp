#include "source.hpp"

#include <algorithm>
#include <cstring>

#include "byte_scan.hpp"

namespace cablelint {

Source::Source(std::string path, std::string bytes) : path_(std::move(path)) {
    Decoded d = decode(std::move(bytes));
    bytes_ = std::move(d.text);
    decoding_ = d.decoding;
    remaps_ = std::move(d.remaps);
    if (d.surveyed) {
        survey_ = d.survey;
        line_starts_ = std::move(d.line_starts);
        high_bytes_ = std::move(d.high_bytes);
    } else {
        survey_ = byte_scan::survey(bytes_, line_starts_, high_bytes_);   // the text was transcoded from the file's bytes
    }
    // A final newline does not open a line of its own.
    if (line_starts_.size() > 1 && line_starts_.back() == bytes_.size()) line_starts_.pop_back();
}

Span Source::span_of(std::string_view v) const {
    const auto b = static_cast<std::uint32_t>(v.data() - bytes_.data());
    return Span{b, static_cast<std::uint32_t>(b + v.size())};
}

static bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the UTF-8 sequence at i; an invalid byte is a sequence of its own.
std::size_t Source::sequence_length(std::size_t i) const {
    const auto c = static_cast<unsigned char>(bytes_[i]);
    std::size_t n = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 1;
    for (std::size_t k = 1; k < n; ++k) {
        if (i + k >= bytes_.size() || !is_continuation(static_cast<unsigned char>(bytes_[i + k]))) return 1;
    }
    return n;
}

std::uint32_t Source::line_of(std::uint32_t offset) const {
    const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    return static_cast<std::uint32_t>(it - line_starts_.begin());
}

Position Source::position(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(bytes_.size()));
    const std::uint32_t line = line_of(offset);
    // Continue from the cursor when it is on this line and not past the offset; else from the line's start.
    ColumnCursor c{line, line_starts_[line - 1], 1, 0};
    if (cursor_.line == line && cursor_.at <= offset) c = cursor_;
    // An offset inside a character belongs to that character. ASCII bytes are a column each: taken sixteen at a time.
    const std::string_view before(bytes_.data(), offset);
    while (c.at < offset) {
        const auto plain = static_cast<std::uint32_t>(byte_scan::next_non_ascii(before, c.at));
        c.column += plain - c.at;
        c.utf16 += plain - c.at;
        c.at = plain;
        if (c.at >= offset) break;
        const std::size_t n = sequence_length(c.at);
        if (c.at + n > offset) break;
        c.at += static_cast<std::uint32_t>(n);
        c.column += 1;
        c.utf16 += n == 4 ? 2 : 1;   // four-byte sequences are surrogate pairs
    }
    cursor_ = c;
    return Position{line, c.column, file_offset(offset)};
}

std::uint32_t Source::utf16_column(std::uint32_t offset) const {
    offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(bytes_.size()));
    position(offset);
    std::uint32_t units = cursor_.utf16;
    // An offset inside a character counts the whole character, as before.
    if (cursor_.at < offset) units += sequence_length(cursor_.at) == 4 ? 2 : 1;
    return units;
}

std::uint32_t Source::offset_at_utf16(std::uint32_t line, std::uint32_t units) const {
    const std::uint32_t start = line_start(line);
    const auto end = static_cast<std::uint32_t>(start + line_text(line).size());
    std::uint32_t at = start;
    while (at < end && units > 0) {
        const std::size_t n = sequence_length(at);
        const std::uint32_t u = n == 4 ? 2 : 1;
        if (u > units) break;
        units -= u;
        at = std::min<std::uint32_t>(at + static_cast<std::uint32_t>(n), end);
    }
    return at;
}

Span Source::token_at(std::uint32_t offset) const {
    std::uint32_t end = offset;
    while (end < bytes_.size() && bytes_[end] != ' ' && bytes_[end] != '\t' && bytes_[end] != '\n' && bytes_[end] != '\r') ++end;
    if (end == offset && offset < bytes_.size()) end = offset + 1;
    return Span{offset, end};
}

std::string_view Source::line_text(std::uint32_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    const std::uint32_t b = line_starts_[line - 1];
    std::uint32_t e = line < line_starts_.size() ? line_starts_[line] : static_cast<std::uint32_t>(bytes_.size());
    if (e > b && bytes_[e - 1] == '\n') --e;
    if (e > b && bytes_[e - 1] == '\r') --e;
    return std::string_view(bytes_).substr(b, e - b);
}

}  // namespace cablelint
