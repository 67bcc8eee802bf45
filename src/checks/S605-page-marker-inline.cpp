// S605 page-marker-inline: a page marker inside a sentence — text run onto the marker line, or the marker in the
// middle of a reflowed line ("… contact with a TUNIS 00000492 003 OF 005 wide swath …"). Both are page breaks that
// the reflow of the page pulled into the text.
#include "text_scan.hpp"

namespace cablelint {
namespace {

// The origin the grammar gives a marker may take in the words before it on the line ("two officers to the
// headquarters of the ASTANA 00001366 003 OF 003 …"): keep only the banner origin (cut to 10 characters, or its
// last word) at its end.
Field marker_origin(const Document& doc, Field origin) {
    if (!present(origin) || !present(doc.text.banner.origin)) return origin;
    const std::string o = cable_text::upper(collapse_spaces(doc.text.banner.origin));
    std::string cut = o.substr(0, std::min<std::size_t>(o.size(), 10));
    while (!cut.empty() && cut.back() == ' ') cut.pop_back();
    const auto sp = o.rfind(' ');
    const std::string last = sp == std::string::npos ? o : o.substr(sp + 1);
    const Field t = trim(origin);
    for (const std::string& c : {cut, last}) {
        if (c.empty() || t.size() < c.size()) continue;
        const Field tail = t.substr(t.size() - c.size());
        if (!iequals(tail, c)) continue;
        if (t.size() == c.size()) return origin;
        const char before = t[t.size() - c.size() - 1];
        if (before == ' ' || before == '\t') return tail;
    }
    return origin;
}

Field marker_span(const Document& doc, const PageMarker& m) {
    const Field first = present(m.origin) ? marker_origin(doc, m.origin) : m.serial;
    const Field last = present(m.total) ? m.total : m.page;
    if (!present(first) || !present(last) || last.data() < first.data()) return m.line;
    return Field(first.data(), static_cast<std::size_t>(last.data() + last.size() - first.data()));
}

std::string words_around(const Source& src, Field marker, bool before) {
    const std::string_view s = src.text();
    const Span sp = src.span_of(marker);
    if (before) {
        std::size_t b = sp.begin;
        while (b > 0 && s[b - 1] != '\n') --b;
        return collapse_spaces(s.substr(b, sp.begin - b));
    }
    std::size_t e = sp.end;
    while (e < s.size() && s[e] != '\n') ++e;
    return collapse_spaces(s.substr(sp.end, e - sp.end));
}

std::string clip(std::string s, bool keep_end) {
    constexpr std::size_t kMax = 30;
    if (s.size() <= kMax) return s;
    std::size_t cut = keep_end ? s.size() - kMax : kMax;
    while (cut > 0 && cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) keep_end ? ++cut : --cut;
    return keep_end ? "…" + s.substr(cut) : s.substr(0, cut) + "…";
}

void check(CheckContext& ctx) {
    const std::vector<PageMarker> markers = cable_text::page_markers(ctx.src, ctx.doc);
    for (const PageMarker& m : markers) {
        const Field at = marker_span(ctx.doc, m);
        if (!present(at)) continue;
        const std::string marker = collapse_spaces(at);
        const std::string before = words_around(ctx.src, at, true);
        const std::string after = words_around(ctx.src, at, false);
        if (before.empty() && after.empty()) continue;   // on a line of its own
        Args args = {{"marker", marker}, {"before", clip(before, true)}, {"after", clip(after, false)}};
        if (before.empty()) {
            ctx.report(at, args, {}, "runon");
        } else if (after.empty()) {
            ctx.report(at, args, {}, "end");
        } else {
            ctx.report(at, args);
        }
    }
}

}  // namespace
CABLELINT_CHECK("S605", check)
}  // namespace cablelint
