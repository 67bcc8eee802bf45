// Helpers shared by the C/S/T/P/F checks (banner, sections, tags, paragraphs, characters).
#pragma once

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

#include <re2/re2.h>
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
        } else if (c != ' ' && c != '\t' && c != '\r' && c != '\xC2' && c != '\xA0') {
            break;
        }
    }
    if (begin >= limit && present(region)) begin = src.span_of(region).begin;
    std::uint32_t end = begin;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
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

// Rank of a portion mark "(C)", "(S//NF)", "(SBU/NF)", "(U//FOUO)": U = SBU = 0 < C 1 < S 2 < TS 3; -1 if unknown.
// `token` receives the level letters ("S").
inline int portion_rank(std::string_view mark, std::string* token = nullptr) {
    mark = trim(mark);
    if (!mark.empty() && mark.front() == '(') mark.remove_prefix(1);
    if (!mark.empty() && mark.back() == ')') mark.remove_suffix(1);
    mark = trim(mark);
    std::size_t n = 0;
    while (n < mark.size() && ((mark[n] >= 'A' && mark[n] <= 'Z') || (mark[n] >= 'a' && mark[n] <= 'z'))) ++n;
    const std::string_view lvl = mark.substr(0, n);
    if (token) *token = std::string(lvl);
    if (iequals(lvl, "U") || iequals(lvl, "SBU") || iequals(lvl, "LOU") || iequals(lvl, "UNCLASSIFIED")) return 0;
    if (iequals(lvl, "C") || iequals(lvl, "CONFIDENTIAL")) return 1;
    if (iequals(lvl, "S") || iequals(lvl, "SECRET")) return 2;
    if (iequals(lvl, "TS")) return 3;
    return -1;
}

inline std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
    }
    return out;
}

inline std::string quoted(std::string_view s) { return "\"" + collapse_spaces(s) + "\""; }

// The page markers: the grammar's, plus markers it did not see because a reflowed paragraph carries them inside a
// line ("… contact with a TUNIS 00000492 003 OF 005 wide swath …"). For those the origin is filled only when the
// text before the serial ends with the banner origin as cut for markers (else it is absent: we cannot tell where
// it starts). Sorted by position.
inline std::vector<PageMarker> page_markers(const Source& src, const Document& doc) {
    std::vector<PageMarker> out(doc.text.markers.begin(), doc.text.markers.end());
    if (!present(doc.text.region)) return out;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> known;
    for (const PageMarker& m : out) {
        if (present(m.line)) known.push_back({src.span_of(m.line).begin, src.span_of(m.line).end});
    }
    std::string cut, last_word;
    if (present(doc.text.banner.origin)) {
        const std::string o = upper(collapse_spaces(doc.text.banner.origin));
        cut = o.substr(0, std::min<std::size_t>(o.size(), 10));
        while (!cut.empty() && cut.back() == ' ') cut.pop_back();
        const auto sp = o.rfind(' ');
        if (sp != std::string::npos) last_word = o.substr(sp + 1);
    }
    // `NNNNNNNN NNN[.k] OF TTT`, found from each " OF " (a plain substring search: this runs for several rules on
    // every cable, and a capturing regex over the whole text was the slowest part of linting).
    const Field region = doc.text.region;
    auto digits = [&](std::size_t from, std::size_t n) {
        if (from + n > region.size()) return false;
        for (std::size_t k = from; k < from + n; ++k) {
            if (region[k] < '0' || region[k] > '9') return false;
        }
        return true;
    };
    auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
    std::size_t from = 0;
    auto next_of = [&](std::size_t at) -> std::size_t {   // memmem: find() stops at every space
        const void* hit = ::memmem(region.data() + at, region.size() - at, " OF ", 4);
        return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - region.data()) : Field::npos;
    };
    for (std::size_t of; from <= region.size() && (of = next_of(from)) != Field::npos; from = of + 4) {
        const std::size_t t = of + 4;   // the total
        if (!digits(t, 3) || (t + 3 < region.size() && is_word(region[t + 3]))) continue;
        // The page, with an optional ".k" (one or two digits) before " OF ".
        std::size_t page_end = of, sub_len = 0;
        for (std::size_t k : {std::size_t{2}, std::size_t{3}}) {
            if (of >= k && region[of - k] == '.' && digits(of - k + 1, k - 1)) {
                page_end = of - k;
                sub_len = k;
                break;
            }
        }
        if (page_end < 12 || !digits(page_end - 3, 3) || region[page_end - 4] != ' ' || !digits(page_end - 12, 8)) continue;
        const Field serial_f = region.substr(page_end - 12, 8);
        const Field page_f = region.substr(page_end - 3, 3);
        const Field sub_f = sub_len ? region.substr(page_end, sub_len) : Field();
        const Field total_f = region.substr(t, 3);
        const re2::StringPiece serial(serial_f.data(), serial_f.size()), page(page_f.data(), page_f.size()),
            total(total_f.data(), total_f.size());
        const re2::StringPiece sub = present(sub_f) ? re2::StringPiece(sub_f.data(), sub_f.size()) : re2::StringPiece();
        const Field fs = serial_f;
        const std::uint32_t at = src.span_of(fs).begin;
        const bool seen = std::any_of(known.begin(), known.end(), [&](auto k) { return at >= k.first && at < k.second; });
        if (seen) continue;
        PageMarker m;
        m.serial = fs;
        m.page = Field(page.data(), page.size());
        if (!sub.empty()) m.sub = Field(sub.data(), sub.size());
        m.total = Field(total.data(), total.size());
        const char* end = total.data() + total.size();
        m.line = Field(serial.data(), static_cast<std::size_t>(end - serial.data()));
        // The origin: the banner origin (cut) just before the serial.
        const std::size_t before = static_cast<std::size_t>(serial.data() - region.data());
        for (const std::string& o : {cut, last_word}) {
            if (o.empty() || before < o.size() + 1) continue;
            const Field cand = region.substr(before - o.size() - 1, o.size());
            if (iequals(cand, o) && region[before - 1] == ' ') {
                m.origin = cand;
                m.line = Field(cand.data(), static_cast<std::size_t>(end - cand.data()));
                break;
            }
        }
        if (!present(m.origin)) continue;   // a number of that shape without the origin is not a marker
        out.push_back(m);
    }
    std::sort(out.begin(), out.end(), [](const PageMarker& a, const PageMarker& b) { return a.serial.data() < b.serial.data(); });
    return out;
}

// "002 OF 003", "001.2 OF 004": a marker's page and total as written.
inline std::string page_of_total(const PageMarker& m) {
    std::string s(m.page);
    if (present(m.sub)) s += std::string(m.sub);
    return s + " OF " + std::string(m.total);
}

}  // namespace cablelint::cable_text
