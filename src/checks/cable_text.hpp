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

// The first non-blank line of a region (or of the file), for rules that have nothing else to point at.
inline Span first_line_of(const Source& src, Field region) {
    std::uint32_t begin = 0, limit = static_cast<std::uint32_t>(src.size());
    if (present(region)) {
        const Span r = src.span_of(region);
        begin = r.begin;
        limit = r.end;
    }
    const std::string_view text = src.text();
    // Skip blank lines at the start of the region.
    for (std::uint32_t i = begin; i < limit; ++i) {
        const char c = text[i];
        if (c == '\n') {
            begin = i + 1;
        } else if (c != ' ' && c != '\t' && c != '\xC2' && c != '\xA0') {
            break;
        }
    }
    if (begin >= limit && present(region)) begin = src.span_of(region).begin;
    std::uint32_t end = begin;
    while (end < text.size() && text[end] != '\n') ++end;
    // Not the trailing white space: the span is the same with or without it.
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
    return Span{begin, end};
}

// Where a missing text field is reported: the start of the text region, else line 1.
inline Span text_start(const Source& src, const Document& doc) { return first_line_of(src, doc.text.region); }

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

// F908's test: nothing in the file looks like a cable (no wrapper, header format line, banner, E.O., TAGS or
// SUBJECT line).
inline bool recognisable_cable(const Document& doc) {
    const Header& h = doc.header;
    // A header counts by its format lines, not by the family guess (any text before a banner could be "a header").
    const bool header = present(h.fl1.line) || present(h.routing.line) || present(h.de.line) ||
                        present(h.security.line) || present(h.dtg.line) || present(h.fm_line) || present(h.to_line) ||
                        present(h.partial_extract);
    return doc.wrapper.present || header || present(doc.text.banner.line) || present(doc.text.eo.line) || present(doc.text.tags.line) ||
           present(doc.text.subject.line);
}

inline std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    }
    return out;
}

inline std::string quoted(std::string_view s) { return "\"" + collapse_spaces(s) + "\""; }

// The banner that carries SECTION n OF m: the first banner, or the first repeated one when the first has none (a
// printout's page line "UNCLASSIFIED STATE 00100153" taken for the banner before the real one). The section count
// of the cable; one place to read it until the facts pass gives it.
inline const Banner& section_banner(const Document& doc) {
    if (present(doc.text.banner.section_m)) return doc.text.banner;
    for (const Banner& b : doc.text.later_banners) {
        if (present(b.section_m)) return b;
    }
    return doc.text.banner;
}

// "002 OF 003", "001.2 OF 004": a marker's page and total as written.
inline std::string page_of_total(const PageMarker& m) {
    std::string s(m.page);
    if (present(m.sub)) s += std::string(m.sub);
    return s + " OF " + std::string(m.total);
}

}  // namespace cablelint::cable_text
