// REF items (spec §3.7), shared by T708 (ref-malformed) and T709 (ref-year-missing).
//
// The grammar's REF block stops at the first blank line, but items are often one per paragraph ("REF: A. PARIS 1610"
// / (blank) / "B. KUJAWINSKI-FRANCE DESK 3/11 E-MAIL"): the block is extended here over blank lines while the next
// line starts with the next enumeration letter. A "Classified By" run onto a REF line and page markers inside it
// are cut off.
#pragma once

#include "text_scan.hpp"

namespace cablelint::refs {

struct Enum {
    Field at;        // "A." "(A)" "A)"
    char letter = 0; // upper-cased
};

struct Item {
    Enum en;                    // absent (letter 0) when the block is not enumerated
    Field doubled;              // a second enumeration of the same letter right after the first ("A. A)")
    std::vector<Field> pieces;  // the item's text, per line
};

inline char up(char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; }

// An enumeration at s[i] ("A." "(A)" "A)"), preceded by the start, white space, ';' or ','. Its length, or 0.
inline std::size_t enum_at(Field s, std::size_t i, char& letter) {
    if (i > 0 && !(s[i - 1] == ' ' || s[i - 1] == '\t' || s[i - 1] == ';' || s[i - 1] == ',')) return 0;
    auto end_ok = [&](std::size_t k) { return k >= s.size() || s[k] == ' ' || s[k] == '\t'; };
    if (s[i] == '(' && i + 2 < s.size() && text_scan::is_alpha(s[i + 1]) && s[i + 2] == ')') {
        letter = up(s[i + 1]);
        return 3;
    }
    if (text_scan::is_alpha(s[i]) && i + 1 < s.size() && (s[i + 1] == '.' || s[i + 1] == ')') && end_ok(i + 2)) {
        letter = up(s[i]);
        return 2;
    }
    return 0;
}

inline Field skip_spaces(Field s, std::size_t& i) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    return s;
}

// The lines of the REF block after the label, cut at a run-on Classified By and at page markers.
inline std::vector<Field> ref_segments(const Source& src, const Document& doc) {
    std::vector<Field> segs;
    const RefBlock& r = doc.text.ref;
    if (!present(r.line) || !present(r.label)) return segs;
    static const RE2 clby(R"((?i)(\bclass?ified\s+by\b))");
    const std::vector<PageMarker> markers = cable_text::page_markers(src, doc);
    auto cut = [&](Field l) {
        re2::StringPiece in(l.data(), l.size()), m;
        if (RE2::PartialMatch(in, clby, &m)) l = l.substr(0, static_cast<std::size_t>(m.data() - l.data()));
        for (const PageMarker& pm : markers) {
            const Field ml = present(pm.origin) ? pm.origin : pm.line;
            if (present(ml) && ml.data() >= l.data() && ml.data() < l.data() + l.size())
                l = l.substr(0, static_cast<std::size_t>(ml.data() - l.data()));
        }
        return l;
    };
    std::vector<Field> lines = r.lines.empty() ? std::vector<Field>{r.line} : r.lines;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        Field l = lines[k];
        if (k == 0) {
            const char* from = r.label.data() + r.label.size();
            if (from >= l.data() && from <= l.data() + l.size()) l = l.substr(static_cast<std::size_t>(from - l.data()));
        }
        if (text_scan::is_marker_line(doc, l)) break;
        segs.push_back(cut(l));
    }
    return segs;
}

// The items of the REF block.
inline std::vector<Item> items(const Source& src, const Document& doc) {
    std::vector<Field> segs = ref_segments(src, doc);
    std::vector<Item> out;
    if (segs.empty()) return out;
    char next = 'A';
    Item cur;
    bool started = false;
    auto scan = [&](Field s) {
        std::size_t from = 0;   // start of the current piece in s
        for (std::size_t i = 0; i < s.size(); ++i) {
            char letter = 0;
            const std::size_t n = enum_at(s, i, letter);
            if (n == 0 || letter != next) continue;
            // The text before this enumeration belongs to the current item.
            if (started || i > from) {
                if (i > from) cur.pieces.push_back(s.substr(from, i - from));
                if (started || !trim(s.substr(from, i - from)).empty()) out.push_back(cur);
            }
            cur = Item{};
            started = true;
            cur.en = Enum{s.substr(i, n), letter};
            std::size_t j = i + n;
            skip_spaces(s, j);
            char again = 0;
            if (j < s.size()) {
                if (const std::size_t m = enum_at(s, j, again); m && again == letter) {
                    cur.doubled = s.substr(j, m);
                    j += m;
                }
            }
            next = char(letter + 1);
            from = j;
            i = j - 1;
        }
        if (from < s.size()) cur.pieces.push_back(s.substr(from));
    };
    for (Field s : segs) scan(s);
    // Items one per paragraph: go on over blank lines while the next line starts with the next letter.
    if (started) {
        const Field last = doc.text.ref.lines.empty() ? doc.text.ref.line : doc.text.ref.lines.back();
        std::uint32_t line = src.position(src.span_of(last).end).line + 1;
        while (line <= src.line_count()) {
            std::uint32_t k = line;
            while (k <= src.line_count() && text_scan::blank(src.line_text(k))) ++k;
            if (k > src.line_count() || k == line) break;
            const Field l = src.line_text(k);
            std::size_t i = 0;
            skip_spaces(l, i);
            char letter = 0;
            if (i >= l.size() || enum_at(l, i, letter) == 0 || letter != next) break;
            // This item and its continuation lines.
            std::uint32_t e = k;
            while (e <= src.line_count() && !text_scan::blank(src.line_text(e))) {
                const Field t = src.line_text(e);
                if (e > k) {
                    std::size_t a = 0;
                    skip_spaces(t, a);
                    char l2 = 0;
                    if (a < t.size() && (enum_at(t, a, l2) == 0 || l2 != next) && (text_scan::is_digit(t[a]) || istarts_with(t.substr(a), "classified"))) break;
                }
                if (text_scan::is_marker_line(doc, t)) break;
                scan(t);
                ++e;
            }
            line = e;
        }
    }
    out.push_back(cur);
    return out;
}

// The text of an item, white space collapsed, with its enumeration.
inline std::string item_text(const Item& it) {
    std::string s;
    if (present(it.en.at)) s = std::string(it.en.at) + " ";
    for (Field p : it.pieces) s += std::string(p) + " ";
    return collapse_spaces(s);
}

}  // namespace cablelint::refs
