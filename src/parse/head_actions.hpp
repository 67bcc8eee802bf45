// Actions of the head fields (grammar/head.hpp): label forms of E.O., TAGS and SUBJECT; the sub-parses of a
// Classified By block, of REF items and of caption-block lines. Included only by src/parse.cpp (through
// text_actions.hpp).
#pragma once

#include "state.hpp"

namespace cablelint::parsing {

// ---- E.O. label: which production matched ------------------------------------------------------------------
#define LABEL_FORM(rule, member, value)                                                   \
    ON(rule) {                                                                            \
        template <typename In>                                                            \
        static void apply(const In&, State& st) { st.member = value; }                   \
    };
LABEL_FORM(eo_label_canonical, eo_label_form, EoLabelForm::canonical)
LABEL_FORM(malformed_eo_label_case, eo_label_form, EoLabelForm::lower_case)
LABEL_FORM(malformed_eo_label_spaced, eo_label_form, EoLabelForm::spaced)
LABEL_FORM(malformed_eo_label_no_dot, eo_label_form, EoLabelForm::no_final_dot)
LABEL_FORM(malformed_eo_label_zero, eo_label_form, EoLabelForm::zero)
LABEL_FORM(eo_label_short, eo_label_form, EoLabelForm::short_form)
LABEL_FORM(tags_label_tags, tags_label_form, TagsLabelForm::tags)
LABEL_FORM(malformed_tags_label_tages, tags_label_form, TagsLabelForm::tages)
LABEL_FORM(malformed_tags_label_tag, tags_label_form, TagsLabelForm::tag)
LABEL_FORM(subject_label_subject, subject_label_form, SubjectLabelForm::subject)
LABEL_FORM(malformed_subject_label_subj, subject_label_form, SubjectLabelForm::subj)
LABEL_FORM(subject_label_colon, subject_label_end, LabelEnd::colon)
LABEL_FORM(malformed_subject_label_dot, subject_label_end, LabelEnd::dot)
LABEL_FORM(malformed_subject_label_no_colon, subject_label_end, LabelEnd::none)
#undef LABEL_FORM

ON(tags_label_word) {
    template <typename In>
    static void apply(const In&, State& st) { st.tags_label_colon = false; }
};
ON(tags_label_colon) {
    template <typename In>
    static void apply(const In&, State& st) { st.tags_label_colon = true; }
};
ON(malformed_eo_colon_before) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.colon_before = view(in); }
};
ON(eo_number_colon) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.number_colon = view(in); }
};
ON(malformed_eo_number_no_colon) {
    template <typename In>
    static void apply(const In&, State& st) { st.eo.number_colon = Field(); }
};
ON(subject_runon) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.subject_runon_at = in.begin();
        st.eo.subject_runon = lines_of(view(in)).front();
    }
};

// ---- Classified By (grammar/head.hpp clby) -----------------------------------------------------------------
namespace clby_read {
struct Reading {
    ClassifiedBy& c;
    int depth = 0;
    const char* letters_begin = nullptr;
    const char* letters_end = nullptr;
};
template <typename Rule>
struct action : pegtl::nothing<Rule> {};
template <>
struct action<g::clby::classifier> {
    template <typename In>
    static void apply(const In& in, Reading& r) { r.c.classifier = trim(view(in)); }
};
template <>
struct action<g::clby::section> {
    template <typename In>
    static void apply(const In& in, Reading& r) {
        r.c.reasons_section = view(in);
        r.letters_begin = r.letters_end = in.end();
        r.depth = 0;
    }
};
template <>
struct action<g::clby::malformed_section> {
    template <typename In>
    static void apply(const In& in, Reading& r) { r.c.malformed_section = trim(view(in)); }
};
template <>
struct action<g::clby::open> {
    template <typename In>
    static void apply(const In&, Reading& r) { ++r.depth; }
};
template <>
struct action<g::clby::close> {
    template <typename In>
    static void apply(const In& in, Reading& r) {
        if (r.depth > 0) --r.depth;
        r.letters_end = in.end();
    }
};
template <>
struct action<g::clby::letter> {
    template <typename In>
    static void apply(const In& in, Reading& r) {
        r.c.letters.push_back({view(in), r.depth > 0});
        r.letters_end = in.end();
    }
};
}  // namespace clby_read

// The classifier and the reason (section, letters) of a Classified By block: `after_label` is its text after the
// label ("Classified By").
inline void read_classified_by(ClassifiedBy& c, Field after_label) {
    clby_read::Reading r{c};
    pegtl::memory_input<> in(after_label.data(), after_label.data() + after_label.size(), "");
    pegtl::parse<g::clby::block, clby_read::action>(in, r);
    if (r.letters_begin && r.letters_end > r.letters_begin) {
        const Field l = trim(Field(r.letters_begin, static_cast<std::size_t>(r.letters_end - r.letters_begin)));
        if (!l.empty()) c.reasons_letters = l;
    }
}

// ---- Captions (spec §3.2): caption words typed from the captions vocabulary --------------------------------------
inline CaptionKind caption_kind(std::string_view kind) {
    if (kind == "distribution") return CaptionKind::distribution;
    if (kind == "control") return CaptionKind::control;
    if (kind == "channel") return CaptionKind::channel;
    if (kind == "admin") return CaptionKind::admin;
    if (kind == "artifact") return CaptionKind::artifact;
    return CaptionKind::other;
}

// The vocabulary's caption an item is: the caption itself, a channel named without "CHANNEL" ("AGRMENT"), a
// caption of five or more letters followed by more text ("SIPDIS  S/CT …"). Kind none when it is no caption.
inline Caption type_caption(const Vocabularies& v, Field item, Caption::Place place) {
    Caption c;
    c.at = item;
    c.place = place;
    auto kind_of = [&](const std::string& name) -> std::optional<CaptionKind> {
        if (const std::string_view* k = v.lookup("captions", name)) return caption_kind(*k);
        if (const std::string_view* k = v.lookup("captions", name + " CHANNEL"); k && *k == "channel") return CaptionKind::channel;
        if (v.contains("captions", name)) return CaptionKind::caption;
        return std::nullopt;
    };
    const std::string name = collapse_spaces(to_upper(item));
    if (auto k = kind_of(name)) {
        c.kind = *k;
        c.name = name;
        return c;
    }
    const auto sp = name.find(' ');
    if (sp != std::string::npos && sp >= 5) {
        if (auto k = kind_of(name.substr(0, sp))) {
            c.kind = *k;
            c.name = name.substr(0, sp);
        }
    }
    return c;
}

namespace caption_read {
struct Items {
    std::vector<Field> items;
};
template <typename Rule>
struct action : pegtl::nothing<Rule> {};
template <>
struct action<g::caption::item> {
    template <typename In>
    static void apply(const In& in, Items& s) { s.items.push_back(view(in)); }
};
}  // namespace caption_read

inline std::vector<Field> caption_items_of(Field l) {
    caption_read::Items s;
    pegtl::memory_input<> in(l.data(), l.data() + l.size(), "");
    pegtl::parse<g::caption::line, caption_read::action>(in, s);
    return s.items;
}

// A line of the caption block: caption words ("NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS" opens with one), an
// addressee line by its form ("STATE FOR SCA/CEN", "PASS TO USAID"), or the wrapped rest of an addressee line.
// Its caption words are typed into the text's caption items. Returns whether it is an addressee line.
inline bool read_caption_block_line(State& st, Field l) {
    const std::vector<Field> items = caption_items_of(l);
    const bool opens_with_caption =
        !items.empty() && type_caption(st.vocab, items.front(), Caption::Place::caption_line).kind != CaptionKind::none;
    bool addressee = false;
    if (!opens_with_caption) {
        pegtl::memory_input<> in(l.data(), l.data() + l.size(), "");
        addressee = pegtl::parse<g::caption::addressee>(in) || st.after_for_line;
    }
    const Caption::Place place = addressee ? Caption::Place::addressee_line : Caption::Place::caption_line;
    for (Field f : items) {
        Caption c = type_caption(st.vocab, f, place);
        if (addressee && c.kind == CaptionKind::none) continue;   // the words of an addressee line are no captions
        st.doc.text.caption_items.push_back(std::move(c));
    }
    return addressee;
}

// Captions run onto the banner line ("S E C R E T STATE 001234 NOFORN SIPDIS"): known caption words only.
inline void read_banner_captions(State& st, Field runon) {
    for (Field f : caption_items_of(runon)) {
        Caption c = type_caption(st.vocab, f, Caption::Place::banner_line);
        if (c.kind != CaptionKind::none) {
            st.doc.text.caption_items.push_back(std::move(c));
            continue;
        }
        // Words run together without commas: each word on its own.
        std::size_t i = 0;
        while (i < f.size()) {
            while (i < f.size() && f[i] == ' ') ++i;
            std::size_t j = i;
            while (j < f.size() && f[j] != ' ') ++j;
            if (j > i) {
                Caption w = type_caption(st.vocab, f.substr(i, j - i), Caption::Place::banner_line);
                if (w.kind != CaptionKind::none) st.doc.text.caption_items.push_back(std::move(w));
            }
            i = j;
        }
    }
}

// ---- REF items (grammar/head.hpp ref) ------------------------------------------------------------------------
namespace ref_read {
struct Reading {
    std::vector<RefItem> items;
    RefItem cur;
    bool started = false;
    char next = 'A';
    const char* piece_from = nullptr;   // start of the current item's text on this line
    const char* enum_end = nullptr;     // end of the current item's enumeration (for a doubled one)
    bool clause_open = false;           // a cable reference was read and no ';' or ',' since
    const char* stop = nullptr;         // where a page marker run into the line ends its text
    Field year, origin, serial, year_after, glued_origin, glued_serial;
};
inline bool inside(Field f, const char* b, const char* e) { return present(f) && f.data() >= b && f.data() < e; }
template <typename Rule>
struct action : pegtl::nothing<Rule> {};
#define REF_PART(rule, member)                                                         \
    template <>                                                                        \
    struct action<g::ref::rule> {                                                      \
        template <typename In>                                                         \
        static void apply(const In& in, Reading& r) { r.member = view(in); }           \
    };
REF_PART(year, year)
REF_PART(origin, origin)
REF_PART(serial, serial)
REF_PART(year_after, year_after)
REF_PART(glued_origin, glued_origin)
REF_PART(glued_serial, glued_serial)
#undef REF_PART
template <>
struct action<g::ref::enumeration> {
    template <typename In>
    static void apply(const In& in, Reading& r) {
        const Field e = view(in);
        const char letter = static_cast<char>(std::toupper(static_cast<unsigned char>(e[e.front() == '(' ? 1 : 0])));
        if (letter == r.next) {
            if (in.begin() > r.piece_from) {
                const Field piece(r.piece_from, static_cast<std::size_t>(in.begin() - r.piece_from));
                if (r.started || !trim(piece).empty()) r.cur.pieces.push_back(piece);
            }
            if (r.started || !r.cur.pieces.empty()) r.items.push_back(std::move(r.cur));
            r.cur = RefItem{};
            r.cur.enumeration = e;
            r.cur.letter = letter;
            r.started = true;
            r.next = static_cast<char>(letter + 1);
            r.piece_from = r.enum_end = in.end();
            r.clause_open = false;
            return;
        }
        // The same letter again right after the enumeration: "A. A) BAGHDAD 0008".
        if (r.started && letter == r.cur.letter && !present(r.cur.doubled) && r.enum_end &&
            trim(Field(r.enum_end, static_cast<std::size_t>(in.begin() - r.enum_end))).empty() && r.piece_from == r.enum_end) {
            r.cur.doubled = e;
            r.piece_from = in.end();
        }
    }
};
template <>
struct action<g::ref::cable> {
    template <typename In>
    static void apply(const In& in, Reading& r) {
        CableRef c;
        const char* b = in.begin();
        const char* e = in.end();
        if (inside(r.year, b, e)) c.year = r.year;
        if (inside(r.origin, b, e)) c.origin = r.origin;
        if (inside(r.serial, b, e)) c.serial = r.serial;
        if (inside(r.year_after, b, e)) c.year_after = r.year_after;
        r.cur.cables.push_back(c);
        r.clause_open = true;
    }
};
template <>
struct action<g::ref::glued> {
    template <typename In>
    static void apply(const In& in, Reading& r) {
        if (!inside(r.glued_origin, in.begin(), in.end()) || !inside(r.glued_serial, in.begin(), in.end())) return;
        r.cur.glued.push_back({view(in), r.glued_origin, r.glued_serial});
    }
};
template <>
struct action<g::ref::dated> {
    template <typename In>
    static void apply(const In& in, Reading& r) {
        if (r.clause_open && !r.cur.cables.empty() && !present(r.cur.cables.back().dated)) r.cur.cables.back().dated = view(in);
    }
};
template <>
struct action<g::ref::stop> {
    template <typename In>
    static void apply(const In& in, Reading& r) { r.stop = in.begin(); }
};
template <>
struct action<g::ref::clause_end> {
    template <typename In>
    static void apply(const In&, Reading& r) { r.clause_open = false; }
};
}  // namespace ref_read

// One line (segment) of a REF block through the item grammar; its text after the last enumeration goes to the
// current item.
inline void read_ref_segment(ref_read::Reading& r, Field s) {
    r.piece_from = s.data();
    r.enum_end = nullptr;
    r.clause_open = false;
    r.stop = nullptr;
    pegtl::memory_input<> in(s.data(), s.data() + s.size(), "");
    pegtl::parse<g::ref::items, ref_read::action>(in, r);
    const char* end = r.stop ? r.stop : s.data() + s.size();
    if (r.piece_from < end) r.cur.pieces.push_back(Field(r.piece_from, static_cast<std::size_t>(end - r.piece_from)));
}

// Where a "Classified By" run onto a REF line starts, or the line's end.
inline Field cut_at_classified_by(Field l) {
    for (std::size_t i = 0; i < l.size(); ++i) {
        if (i > 0 && l[i - 1] != ' ' && l[i - 1] != '\t' && l[i - 1] != '.' && l[i - 1] != ';') continue;
        pegtl::memory_input<> in(l.data() + i, l.data() + l.size(), "");
        if (pegtl::parse<g::classified_by_label>(in)) return l.substr(0, i);
    }
    return l;
}

inline bool ref_blank(Field l) { return trim(l).empty(); }

// The enumeration letter a line starts with ("B. MADRID 3929", "(C) STATE 1234"), or 0.
inline char leading_enumeration(Field l) {
    const Field t = trim(l);
    pegtl::memory_input<> in(t.data(), t.data() + t.size(), "");
    if (!pegtl::parse<g::ref::enumeration>(in)) return 0;
    return static_cast<char>(std::toupper(static_cast<unsigned char>(t[t.front() == '(' ? 1 : 0])));
}

// The items of the REF block. The text grammar's block stops at a blank line, but items are often one per paragraph
// ("REF: A. PARIS 1610" / (blank) / "B. KUJAWINSKI-FRANCE DESK 3/11 E-MAIL"): the block goes on over blank lines
// while the next line starts with the next enumeration letter. A run-on Classified By and page markers end it.
inline void read_ref_items(const Source& src, Document& doc) {
    RefBlock& rb = doc.text.ref;
    if (!present(rb.line) || !present(rb.label)) return;
    // A line that is a page marker ends the block; a marker run into a line ends that line's text (the items
    // before it are still read).
    auto is_marker = [&](Field l) {
        for (const PageMarker& m : doc.text.markers) {
            const Field t = present(m.text) ? m.text : m.line;
            if (present(t) && t.data() <= l.data() && l.data() < t.data() + t.size()) return true;
        }
        return false;
    };
    auto before_marker = [&](Field l) {
        for (const PageMarker& m : doc.text.markers) {
            const Field t = m.text;
            if (present(t) && t.data() > l.data() && t.data() < l.data() + l.size())
                return l.substr(0, static_cast<std::size_t>(t.data() - l.data()));
        }
        return l;
    };
    ref_read::Reading r;
    const std::vector<Field> lines = rb.lines.empty() ? std::vector<Field>{rb.line} : rb.lines;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        Field l = lines[k];
        if (k == 0) {
            const char* from = rb.label.data() + rb.label.size();
            if (from >= l.data() && from <= l.data() + l.size()) l = l.substr(static_cast<std::size_t>(from - l.data()));
        }
        if (is_marker(l)) break;
        read_ref_segment(r, cut_at_classified_by(before_marker(l)));
    }
    if (r.started) {
        std::uint32_t line = src.position(src.span_of(lines.back()).end).line + 1;
        while (line <= src.line_count()) {
            std::uint32_t k = line;
            while (k <= src.line_count() && ref_blank(src.line_text(k))) ++k;
            if (k > src.line_count() || k == line || leading_enumeration(src.line_text(k)) != r.next) break;
            std::uint32_t e = k;
            while (e <= src.line_count() && !ref_blank(src.line_text(e))) {
                const Field t = src.line_text(e);
                if (e > k) {
                    const Field tt = trim(t);
                    const char c = leading_enumeration(t);
                    if (!tt.empty() && (c == 0 || c != r.next) && (std::isdigit(static_cast<unsigned char>(tt.front())) || istarts_with(tt, "classified")))
                        break;
                }
                if (is_marker(t)) break;
                read_ref_segment(r, t);
                ++e;
            }
            line = e;
        }
    }
    r.items.push_back(std::move(r.cur));
    rb.items = std::move(r.items);
}

}  // namespace cablelint::parsing
