// Actions of layer 3, the text (grammar/text.hpp). Included only by src/parse.cpp.
#pragma once

#include "head_actions.hpp"
#include "state.hpp"

namespace cablelint::parsing {

// ---- Layer 3: text ------------------------------------------------------------------------------------------------
ON(banner_level) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.banner = {};
        st.banner.level = view(in);
        st.banner.level_id = level_of(view(in));
        st.banner.spaced = in.size() > 2 && view(in)[1] == ' ';
    }
};
ON(banner_section) {
    template <typename In>
    static void apply(const In& in, State& st) { st.banner.section = view(in); }
};
ON(section_n) {
    template <typename In>
    static void apply(const In& in, State& st) { st.banner.section_n = view(in); }
};
ON(section_m) {
    template <typename In>
    static void apply(const In& in, State& st) { st.banner.section_m = view(in); }
};
ON(banner_origin) {
    template <typename In>
    static void apply(const In& in, State& st) { st.banner.origin = view(in); }
};
ON(banner_serial) {
    template <typename In>
    static void apply(const In& in, State& st) { st.banner.serial = view(in); }
};
inline void note_line(State& st, Field l) {
    st.last_nonblank = l;
    st.blank_since = false;
}
ON(banner_captions) {
    template <typename In>
    static void apply(const In& in, State& st) { st.banner_runon = trim(view(in)); }
};
// Captions run onto the first banner line.
inline void banner_captions_of(State& st, Field banner_line) {
    const Field r = st.banner_runon;
    if (present(r) && !r.empty() && r.data() >= banner_line.data() && r.data() < banner_line.data() + banner_line.size())
        read_banner_captions(st, r);
}
ON(first_banner) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.banner.line = line(in);
        st.doc.text.banner = st.banner;
        banner_captions_of(st, st.banner.line);
        st.phase = State::Phase::head;
        st.head_field_since_banner = false;
        note_line(st, line(in));
    }
};
ON(later_banner) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.banner.line = line(in);
        if (!present(st.doc.text.banner.line)) {
            st.doc.text.banner = st.banner;
            banner_captions_of(st, st.banner.line);
            st.head_field_since_banner = false;
            st.phase = State::Phase::head;
        } else {
            st.doc.text.later_banners.push_back(st.banner);
            // Perhaps the page layout's second copy of the head block (parse.cpp decides): its caption lines.
            st.second_head_open = st.doc.text.paragraphs.empty() && st.doc.text.later_banners.size() == 1;
        }
        if (st.phase == State::Phase::header) st.phase = State::Phase::head;
        note_line(st, line(in));
    }
};
ON(garbled_level) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.banner = {};
        st.banner.level = view(in);
        st.banner.level_id = garbled_level_of(view(in));
    }
};
ON(garbled_banner_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.err_at = st.offset(in.begin());
        st.err_message = "the classification banner is garbled";
        syntax_error(st, SyntaxError::Kind::banner, view(in), "banner");
        // Keep what can be read of it (the level its letters spell, section, origin, serial) for the other rules.
        if (!present(st.doc.text.banner.line)) {
            st.banner.line = line(in);
            st.doc.text.banner = st.banner;
        }
        st.phase = State::Phase::head;
        note_line(st, line(in));
    }
};

ON(eo_label) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.eo = {};
        st.eo.label = view(in);
        st.eo.label_form = st.eo_label_form;
    }
};
ON(eo_number) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.number = view(in); }
};
ON(eo_instruction) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.instruction = trim(view(in)); }
};
ON(eo_na) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.na = view(in); }
};
ON(decl_label) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.decl_label = view(in); }
};
ON(decl_value) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.decl = trim(view(in)); }
};
ON(tags_label) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.tags.clear();
        st.tags_label = view(in);
        st.subject_runon_at = nullptr;
    }
};
ON(tag) {
    template <typename In>
    static void apply(const In& in, State& st) { st.tags.push_back(view(in)); }
};
inline void commit_tags(State& st, Field whole) {
    if (!present(st.doc.text.tags.line)) {
        TagsLine t;
        t.lines = lines_of(whole);
        t.line = t.lines.empty() ? whole : t.lines.front();
        t.label = st.tags_label;
        t.label_form = st.tags_label_form;
        t.label_colon = st.tags_label_colon;
        t.tags = st.tags;
        st.doc.text.tags = std::move(t);
        st.tags_follow_from = whole.data() + whole.size();
        st.tags_follow_left = 3;
    }
    st.tags.clear();
}
ON(tags_runon) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.eo.tags_runon = view(in);
        commit_tags(st, view(in));
    }
};
ON(eo_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.head_field_since_banner = true;
        st.second_head_open = false;
        const std::vector<Field> ls = lines_of(view(in));   // more than one when a SUBJECT runs on
        st.eo.line = ls.front();
        if (!present(st.doc.text.eo.line)) st.doc.text.eo = st.eo;
        st.eo = {};
        note_line(st, ls.back());
    }
};
ON(malformed_eo_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        syntax_error(st, SyntaxError::Kind::decl, view(in), "E.O. line");
        if (!present(st.doc.text.eo.line)) {
            st.eo.line = line(in);
            st.eo.decl = Field();
            st.eo.decl_date = Field();
            st.eo.decl_date_value.reset();
            st.doc.text.eo = st.eo;
        }
        st.eo = {};
        note_line(st, line(in));
    }
};
ON(tags_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.head_field_since_banner = true;
        st.second_head_open = false;
        Field whole = strip_eol(view(in));
        if (st.subject_runon_at && st.subject_runon_at > whole.data() && st.subject_runon_at < whole.data() + whole.size()) {
            whole = trim(whole.substr(0, static_cast<std::size_t>(st.subject_runon_at - whole.data())));
        }
        commit_tags(st, whole);
        note_line(st, lines_of(view(in)).back());
    }
};
ON(subject_label) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.subject_label = view(in);
    }
};
ON(subject_mark) {
    template <typename In>
    static void apply(const In&, State& st) {
        if (!present(st.doc.text.subject.line)) st.doc.text.subject.mark = st.pm;
    }
};
ON(subject_tail_mark) {
    template <typename In>
    static void apply(const In&, State& st) { st.doc.text.subject.mark = st.pm; }
};
ON(subject_block) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.head_field_since_banner = true;
        st.second_head_open = false;
        Subject& s = st.doc.text.subject;
        if (!present(s.line)) {
            s.label = st.subject_label;
            s.label_form = st.subject_label_form;
            s.label_end = st.subject_label_end;
            s.lines = lines_of(view(in));
            s.line = s.lines.front();
            s.first = trim(s.line.substr(s.label.data() + s.label.size() - s.line.data()));
            if (!s.mark.found()) {
                const Field last = s.lines.back();
                pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> tail(last.data(), last.size(), "");
                pegtl::parse<g::subject_tail, action, control>(tail, st);
            }
        }
        note_line(st, lines_of(view(in)).back());
    }
};
ON(ref_label) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.text.ref.label)) st.doc.text.ref.label = view(in);
    }
};
ON(ref_block) {
    template <typename In>
    static void apply(const In& in, State& st) {
        RefBlock& r = st.doc.text.ref;
        if (!present(r.line)) {
            r.lines = lines_of(view(in));
            r.line = r.lines.front();
        }
        note_line(st, lines_of(view(in)).back());
    }
};

ON(classified_by_label) {
    template <typename In>
    static void apply(const In& in, State& st) { st.clby_label_end = in.end(); }
};
// The text of a Classified By block after its label.
inline Field after_clby_label(const State& st, Field block) {
    const char* from = st.clby_label_end;
    if (from < block.data() || from > block.data() + block.size()) return block;
    return block.substr(static_cast<std::size_t>(from - block.data()));
}
ON(classified_by_runon) {
    template <typename In>
    static void apply(const In& in, State& st) {
        ClassifiedBy& c = st.doc.text.classified_by;
        if (!present(c.line)) {
            c.line = strip_eol(view(in));
            c.lines = {c.line};
            read_classified_by(c, after_clby_label(st, c.line));
        }
    }
};
ON(classified_by_block) {
    template <typename In>
    static void apply(const In& in, State& st) {
        ClassifiedBy& c = st.doc.text.classified_by;
        if (!present(c.line)) {
            c.lines = lines_of(view(in));
            c.line = c.lines.front();
            read_classified_by(c, after_clby_label(st, strip_eol(view(in))));
        }
        note_line(st, lines_of(view(in)).back());
    }
};

ON(paragraph_number) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.number = view(in);
        st.mark = {};
        st.late = {};
    }
};
ON(paragraph_mark) {
    template <typename In>
    static void apply(const In&, State& st) { st.mark = st.pm; }
};
ON(late_mark) {
    template <typename In>
    static void apply(const In&, State& st) { st.late = st.pm; }
};
ON(paragraph_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        const std::vector<Field> lines = lines_of(view(in));
        Paragraph p;
        p.line = lines.front();
        p.number = st.number;
        p.mark = st.mark;
        // A late mark counts when it opens within the first 40 characters after the number's dot.
        const char* dot = st.number.data() + st.number.size();
        if (st.late.found() && st.late.whole.data() - dot <= 40) p.late_mark = st.late;
        // The text after the number (and the mark right after it), on the mark's line.
        const char* from = p.mark.found() ? p.mark.whole.data() + p.mark.whole.size() : dot + 1;
        for (const Field l : lines) {
            if (from >= l.data() && from <= l.data() + l.size()) {
                p.text = trim(l.substr(static_cast<std::size_t>(from - l.data())));
                if (!p.mark.found() && !p.text.empty() && p.text.front() == '.') p.text = trim(p.text.substr(1));   // "3.."
            }
        }
        p.previous = st.last_nonblank;
        p.after_blank = st.blank_since;
        st.doc.text.paragraphs.push_back(p);
        st.second_head_open = false;
        st.phase = State::Phase::body;
        st.text_lines_since_paragraph = 0;
        note_line(st, lines.back());
    }
};
ON(item_mark) {
    template <typename In>
    static void apply(const In&, State& st) { st.mark = st.pm; }
};

// A line of text: a caption or addressee line of the head, or the body. A corrected-copy caption is a record of
// what a retransmission changed (`caption` false): it keeps the caption block open but carries no caption word.
inline void other_line(State& st, Field l, bool caption = true) {
        Text& t = st.doc.text;
        if (st.second_head_open && caption) t.duplicate_captions.push_back(trim(l));
        if (st.phase == State::Phase::head) {
            if (!st.head_field_since_banner) {
                if (!caption) return note_line(st, l);
                const bool addressee = read_caption_block_line(st, trim(l));
                (addressee ? t.for_lines : t.captions).push_back(trim(l));
                st.after_for_line = addressee;
            } else {
                st.phase = State::Phase::body;
            }
        } else if (st.phase == State::Phase::header) {
            st.phase = State::Phase::body;
        }
        // Underlines of a heading ("-----") are no text of their own.
        if (l.find_first_not_of("-=_ \t") != Field::npos) ++st.text_lines_since_paragraph;
        note_line(st, l);
}
ON(text_other) {
    template <typename In>
    static void apply(const In& in, State& st) { other_line(st, line(in)); }
};
// "C O R R E C T E D C O P Y (TEXT)": a caption line that says the cable is a corrected copy.
ON(corrected_copy_caption) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.doc.copy_signals.push_back({CopySignal::Kind::corrected_caption, trim(line(in))});
        other_line(st, line(in), /*caption=*/false);
    }
};
// A redaction run, wherever a line's text is read. Alternatives that backtrack may match a run twice, or only its
// tail, and in any order: parse_document keeps the longest run at each place once the parse is done.
ON(redaction) {
    template <typename In>
    static void apply(const In& in, State& st) {
        std::vector<Field>& r = st.doc.text.redactions;
        const Field run = view(in);
        if (r.empty() || run.data() != r.back().data() || run.size() != r.back().size()) r.push_back(run);
    }
};
ON(subitem_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        const Field l = lines_of(view(in)).front();
        if (!st.doc.text.paragraphs.empty() && st.mark.found()) {
            Paragraph& p = st.doc.text.paragraphs.back();
            if (st.text_lines_since_paragraph == 0) p.items_follow = true;
            p.item_marks.push_back(st.mark);
        }
        other_line(st, l);
    }
};
ON(text_blank) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.blank_since = true;
        st.after_for_line = false;
        st.line_was = State::LineWas::blank;
        if (st.pending_break.blank_lines++ == 0) st.pending_break.blank = line(in);
    }
};
inline bool starts_item(Field l) {
    pegtl::memory_input<> in(l.data(), l.size(), "");
    return pegtl::parse<g::item_start>(in);
}
// Runs of blank lines between lines of text (TextBreak); a page marker line ends the run without a break.
ON(text_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        TextBreak& b = st.pending_break;
        const State::LineWas was = st.line_was;
        st.line_was = State::LineWas::text;
        if (st.tags_follow_left > 0 && in.begin() >= st.tags_follow_from) {
            if (was != State::LineWas::text) {
                st.tags_follow_left = 0;
            } else {
                for (Field l : lines_of(view(in))) {
                    if (st.tags_follow_left == 0) break;
                    --st.tags_follow_left;
                    st.doc.text.tags.following.push_back(l);
                }
            }
        }
        if (was == State::LineWas::blank) return;
        if (was == State::LineWas::marker) {
            b = {};
            return;
        }
        const Field v = view(in);
        if (v.empty()) return;
        if (b.blank_lines > 0 && present(b.before)) {
            b.after = first_line_of(v);
            b.before_item = starts_item(b.before);   // only for a break: not a parse per line
            b.after_item = starts_item(b.after);
            st.doc.text.breaks.push_back(b);
        }
        b = {};
        b.before = last_line_of(v);
    }
};
ON(share_chrome) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.ending)) st.doc.ending = strip_eol(view(in));
    }
};
ON(end_of_message) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.ending)) st.doc.ending = line(in);
    }
};
ON(text) {
    template <typename In>
    static void apply(const In& in, State& st) { st.doc.text.region = strip_eol(view(in)); }
};

}  // namespace cablelint::parsing
