// Helpers shared by the T70x (TAGS, SUBJECT, REF, field order), S605/S606, P802–P806 and F902–F906 checks:
// tag classes, REF items, line scanning. Builds on cable_text.hpp.
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cable_text.hpp"

namespace cablelint::text_scan {

inline bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

inline bool all_alpha(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_alpha(c)) return false;
    return true;
}

// A lower-cased cable ("S e c r e t state 068250", "E.o. 12958: decl: …", "Tags: prel, pgov"): its labels are in
// mixed case by nature, not by mistake.
inline bool lowercased_cable(const Document& doc) {
    auto has_lower = [](Field f) {
        if (!present(f)) return false;
        for (char c : f)
            if (is_lower(c)) return true;
        return false;
    };
    return has_lower(doc.text.banner.level) || has_lower(doc.text.banner.origin) || has_lower(doc.text.eo.label) ||
           has_lower(doc.text.eo.decl_label);
}

// ---------------------------------------------------------------------------------------------------------------
// Tags (spec §3.5)

enum class TagClass { subject, program, geo, organization, person_name, unknown };

// The tags that are about individuals and must carry the person's name (R39).
inline bool is_person_tag(std::string_view tag) {
    for (std::string_view p : {"OVIP", "OREP", "OEXC", "OTRA", "OCON"})
        if (iequals(tag, p)) return true;
    return false;
}

inline bool is_subject_letter(char c) {
    c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    return std::string_view("ABCELMOPST").find(c) != std::string_view::npos;
}

// The class of one tag token. A four-letter K tag is a program tag whether or not it is in the list (R38).
inline TagClass classify_tag(const Vocabularies& v, std::string_view tag) {
    if (!tag.empty() && tag.front() == '(') return TagClass::person_name;
    if (tag.size() == 4 && all_alpha(tag) && (tag[0] == 'K' || tag[0] == 'k')) return TagClass::program;
    if (v.contains("subject-tags", tag)) return TagClass::subject;
    if (tag.size() == 2 && v.contains("geo-tags", tag)) return TagClass::geo;
    if (v.contains("organization-tags", tag) || v.contains("program-tags", tag)) return TagClass::organization;
    return TagClass::unknown;
}

// A subject tag for R37: a known subject tag, or an unknown four-letter tag whose first letter is a subject
// category (the subject list is incomplete), but not an organization acronym such as NATO or OPEC.
inline bool counts_as_subject(const Vocabularies& v, std::string_view tag) {
    const TagClass c = classify_tag(v, tag);
    if (c == TagClass::subject) return true;
    return c == TagClass::unknown && tag.size() == 4 && all_alpha(tag) && is_subject_letter(tag[0]);
}

// Tokens of the TAGS line after a person tag that are the person's name written without parentheses
// ("OVIP STEINBERG JAMES PREL"): the run of tokens that are in no tag vocabulary, up to the next known tag.
inline std::size_t bare_name_length(const Vocabularies& v, const std::vector<Field>& tags, std::size_t after) {
    std::size_t n = 0;
    for (std::size_t i = after; i < tags.size(); ++i) {
        const Field t = tags[i];
        if (classify_tag(v, t) != TagClass::unknown || t.size() < 3 || !all_alpha(t) || counts_as_subject(v, t)) break;
        ++n;
    }
    return n;
}

// ---------------------------------------------------------------------------------------------------------------
// Lines

struct Line {
    std::uint32_t number;   // 1-based
    Field text;             // without its line ending
};

// The lines of a field (views into the source).
inline std::vector<Field> lines_of(Field f) {
    std::vector<Field> out;
    if (!present(f)) return out;
    std::size_t i = 0;
    while (i <= f.size()) {
        std::size_t j = f.find('\n', i);
        if (j == Field::npos) j = f.size();
        Field l = f.substr(i, j - i);
        out.push_back(l);
        if (j == f.size()) break;
        i = j + 1;
    }
    return out;
}


// Is the document a partial extract (family E): its text stops by design.
inline bool partial_extract(const Document& doc) {
    return doc.header.family == HeaderFamily::partial_extract || present(doc.header.partial_extract);
}

// The text region without the page chrome that ends a page-text cable ("Share this cable …").
inline Field text_body(const Source& src, const Document& doc) {
    Field region = doc.text.region;
    if (!present(region)) return region;
    if (present(doc.ending)) {
        const Span e = src.span_of(doc.ending);
        const Span r = src.span_of(region);
        if (e.begin > r.begin && e.begin <= r.end) region = region.substr(0, e.begin - r.begin);
    }
    return region;
}



// ---------------------------------------------------------------------------------------------------------------
// Characters

// The code point at s[i] and its length in bytes; -1 (length 1) for a byte that does not start valid UTF-8 (F901's).
inline long decode_utf8(std::string_view s, std::size_t i, std::size_t& len) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned c = b(i);
    len = 1;
    if (c < 0x80) return c;
    std::size_t n = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
    if (n == 0 || i + n > s.size()) return -1;
    long cp = n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return -1;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    len = n;
    return cp;
}

inline std::string hex_cp(long cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04lX", cp);
    return buf;
}

// Whether a byte offset lies in the page layout: the wrapper (everything before the transmission header or the text
// on a page-text cable) or the page chrome after the text ("Share this cable …").
inline bool in_page_layout(const Source& src, const Document& doc, std::uint32_t off) {
    if (present(doc.ending) && off >= src.span_of(doc.ending).begin) return true;
    if (!doc.wrapper.present) return false;
    std::uint32_t start = static_cast<std::uint32_t>(src.size());
    for (Field f : {doc.header.region, doc.text.region}) {
        if (present(f)) start = std::min(start, src.span_of(f).begin);
    }
    return off < start;
}


// ---------------------------------------------------------------------------------------------------------------
// The end of the text (P804, P805)

// The text stops with "..." (a cut text) or after a head field (nothing after the head block).
inline bool ends_cut(Field last) {
    return last.ends_with("...") || last.ends_with("\xE2\x80\xA6");
}

// The last line of the head block (E.O., TAGS, SUBJECT, REF, Classified By), by position.
inline Field head_end(const Document& doc) {
    const Text& t = doc.text;
    Field last;
    auto consider = [&](Field f) {
        if (present(f) && (!present(last) || f.data() > last.data())) last = f;
    };
    consider(t.eo.line);
    for (Field f : t.tags.lines) consider(f);
    consider(t.tags.line);
    for (Field f : t.subject.lines) consider(f);
    consider(t.subject.line);
    for (Field f : t.ref.lines) consider(f);
    consider(t.ref.line);
    for (Field f : t.classified_by.lines) consider(f);
    consider(t.classified_by.line);
    return last;
}

}  // namespace cablelint::text_scan
