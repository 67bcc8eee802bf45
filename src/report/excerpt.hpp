// The line under a span as reporters show it: cut to a window of characters on each side of the span, so that a line
// of megabytes, or one with thousands of findings, is not shown whole under each. Control characters become spaces
// (the terminal is not driven by the file, an underline stays aligned), and each byte of invalid UTF-8 becomes U+FFFD
// (the output stays UTF-8, a column each as the positions count it). Used by the text and HTML reporters.
#pragma once

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "source.hpp"

namespace cablelint {

struct Excerpt {
    std::uint32_t line = 1;
    std::string before;   // from the window's start to the span ("…" first when the line goes on to the left)
    std::string marked;   // the span (up to twice the context; empty for an empty span)
    std::string after;    // from the span to the window's end ("…" last when the line goes on)
};

Excerpt excerpt_of(const Source& src, Span span, std::size_t context = 60);

// Display width of a byte range in code points (tabs count as one).
std::size_t code_points(std::string_view s);

// `s` appended to `out` with each byte of an invalid UTF-8 sequence written as U+FFFD (messages quote the file).
void append_valid_utf8(std::string& out, std::string_view s);
// `s` written to `out` so (as it is when it is valid, the common case: no copy).
void write_valid_utf8(std::ostream& out, std::string_view s);

}  // namespace cablelint
