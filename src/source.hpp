// One linted file: its text (UTF-8 with LF line ends, decoded once by decode.hpp) and the one place that turns text
// offsets into the file's lines, columns and byte offsets.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "decode.hpp"

namespace cablelint {

// A half-open byte range [begin, end) into the text (Source::file_offset() gives the file's bytes).
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

// 1-based line, column in Unicode code points (or UTF-16 units for LSP), and the byte offset in the file.
struct Position {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    std::uint32_t offset = 0;
};

class Source {
public:
    // `bytes` as read from the file (any encoding decode.hpp knows, any line ends).
    Source(std::string path, std::string bytes);

    const std::string& path() const { return path_; }
    std::string_view text() const { return bytes_; }
    const char* base() const { return bytes_.data(); }
    std::size_t size() const { return bytes_.size(); }

    // Span of a view that points into text().
    Span span_of(std::string_view v) const;
    std::string_view view(Span s) const { return std::string_view(bytes_).substr(s.begin, s.end - s.begin); }

    // Line and code-point column of a text offset (an offset inside a multi-byte character counts as that character),
    // and the file's byte offset.
    Position position(std::uint32_t offset) const;
    // The file's byte offset of a text offset (they differ after a byte-order mark, a CRLF, or in another encoding).
    std::uint32_t file_offset(std::uint32_t offset) const { return remaps_.empty() ? offset : cablelint::file_offset(remaps_, offset); }
    // How the file's bytes were read: encoding, byte-order mark, line ends.
    const Decoding& decoding() const { return decoding_; }
    // Column in UTF-16 code units (for the language server).
    std::uint32_t utf16_column(std::uint32_t offset) const;
    // Its inverse: the text offset of a line (1-based) and a column in UTF-16 code units, clamped to the line's end
    // and stopping before a character the column would end inside (half of a surrogate pair).
    std::uint32_t offset_at_utf16(std::uint32_t line, std::uint32_t units) const;
    // The text of line n (1-based), without its line ending.
    std::string_view line_text(std::uint32_t line) const;
    // From `offset` to the end of its token (white space or line end), at least one character.
    Span token_at(std::uint32_t offset) const;
    // The line (1-based) a text offset lies on; the end of the text counts as on the last line.
    std::uint32_t line_of(std::uint32_t offset) const;
    std::uint32_t line_count() const { return static_cast<std::uint32_t>(line_starts_.size()); }
    std::uint32_t line_start(std::uint32_t line) const { return line_starts_[line - 1]; }
    // What the one read of the text found (byte_scan::survey), for checks that look for bytes most texts lack.
    bool has_nul() const { return survey_.nul; }
    bool ascii() const { return !survey_.non_ascii; }
    bool has_controls() const { return survey_.control; }   // one F907 reports
    // The positions of the text's bytes ≥ 0x80, for a byte_scan::NonAsciiCursor; null when the survey did not list
    // them all.
    const byte_scan::HighBytes* high_bytes() const { return high_bytes_.complete ? &high_bytes_ : nullptr; }

private:
    std::size_t sequence_length(std::size_t i) const;

    std::string path_;
    std::string bytes_;   // the text
    Decoding decoding_;
    std::vector<Remap> remaps_;
    std::vector<std::uint32_t> line_starts_;
    byte_scan::Survey survey_;
    byte_scan::HighBytes high_bytes_;
    // Where the last position() stopped: findings come in text order, so the next one on the same line continues
    // counting columns from here instead of from the line's start (N findings on one long line stay linear).
    // A Source is used by one thread at a time (the CLI hands it over under a lock).
    struct ColumnCursor {
        std::uint32_t line = 0;     // 0: none yet
        std::uint32_t at = 0;       // a character boundary on that line
        std::uint32_t column = 1;   // its code-point column
        std::uint32_t utf16 = 0;    // its UTF-16 units from the line's start
    };
    mutable ColumnCursor cursor_;
};

}  // namespace cablelint
