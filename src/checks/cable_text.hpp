// Helpers shared by the C/S/T/P/F checks (banner, sections, tags, paragraphs, characters).
#pragma once

#include <algorithm>
#include <optional>
#include <vector>

#include <string>
#include <string_view>

#include "check.hpp"
#include "util.hpp"

namespace cablelint::cable_text {

// The fix of a misspelled label: `label` (and a colon right after it) becomes `canonical`, with a space after it when
// the text goes on without one ("TAGES:PREL" → "TAGS: PREL").
inline Edit relabel(const Source& src, Field label, std::string_view canonical) {
    Span at = src.span_of(label);
    const std::string_view text = src.text();
    if (at.end < text.size() && text[at.end] == ':') ++at.end;
    std::string replacement(canonical);
    if (at.end < text.size() && text[at.end] != ' ' && text[at.end] != '\n') replacement += ' ';
    return {at, replacement};
}

// Where a missing text field is reported: the first line of the text with something on it (else of the file).
inline Span text_start(const Source& src, const Document& doc) {
    return present(doc.text.first_line) ? src.span_of(doc.text.first_line) : Span{0, 0};
}

// The head of the text: from its start to paragraph 1 (the whole text when there is no numbered paragraph).
inline Field text_head(const Document& doc) {
    Field r = doc.text.region;
    if (!present(r)) return r;
    if (!doc.text.paragraphs.empty() && present(doc.text.paragraphs.front().line)) {
        const char* p = doc.text.paragraphs.front().line.data();
        if (p >= r.data() && p <= r.data() + r.size()) r = r.substr(0, static_cast<std::size_t>(p - r.data()));
    }
    return r;
}

inline std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    }
    return out;
}

// A value in backticks, as every message quotes values. Appended: g++ 12 at -O3 warns falsely on a literal plus a
// temporary string (GCC bug 105651).
inline std::string quoted(std::string_view s) {
    std::string out = "`";
    out += collapse_spaces(s);
    out += '`';
    return out;
}

// "002 OF 003", "001.2 OF 004": a marker's page and total as written.
inline std::string page_of_total(const PageMarker& m) {
    std::string s(m.page);
    if (present(m.sub)) s += std::string(m.sub);
    return s + " OF " + std::string(m.total);
}

}  // namespace cablelint::cable_text
