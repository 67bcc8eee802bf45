// Actions of the markings (grammar/markings.hpp): page markers and portion marks. Included only by src/parse.cpp.
#pragma once

#include "state.hpp"

namespace cablelint::parsing {

// ---- Page markers ---------------------------------------------------------------------------------------------
#define MARKER_PART(rule, member)                                                          \
    ON(rule) {                                                                             \
        template <typename In>                                                             \
        static void apply(const In& in, State& st) { st.marker.member = view(in); }      \
    };
MARKER_PART(marker_serial, serial)
MARKER_PART(marker_page, page)
MARKER_PART(marker_sub, sub)
MARKER_PART(marker_total, total)
#undef MARKER_PART
ON(marker_runon) {
    template <typename In>
    static void apply(const In& in, State& st) { st.marker.runon = trim(view(in)); }
};
ON(marker_origin) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.marker = {};
        st.marker.origin = view(in);
    }
};
ON(page_marker_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.marker.line = line(in);
        st.marker.starts_line = true;
        st.doc.text.markers.push_back(st.marker);
        st.marker = {};
        st.blank_since = true;   // a page marker stands for a page break, like a blank line
        st.line_was = State::LineWas::marker;
    }
};
ON(malformed_page_marker) {
    template <typename In>
    static void apply(const In& in, State& st) {
        syntax_error(st, SyntaxError::Kind::page_marker, view(in), "page marker");
        st.marker = {};
    }
};
// Found by the scan of the text (parse.cpp): a marker inside a line. The marker lines are scanned too: skip them.
// The scan runs in text order, as the line markers stand: a cursor over those finds a line's marker at once.
ON(inline_page_marker) {
    template <typename In>
    static void apply(const In&, State& st) {
        std::vector<PageMarker>& ms = st.doc.text.markers;
        const char* at = st.marker.serial.data();
        while (st.line_marker_cursor < st.line_markers && ms[st.line_marker_cursor].serial.data() < at) ++st.line_marker_cursor;
        if (st.line_marker_cursor < st.line_markers && ms[st.line_marker_cursor].serial.data() == at) return;
        ms.push_back(st.marker);
        st.marker = {};
    }
};

// ---- Portion marks --------------------------------------------------------------------------------------------
inline Level mark_level_of(Field t) {
    const std::string up = to_upper(t);
    if (up == "U" || up == "UNCLASSIFIED" || up == "UNCLAS") return Level::unclassified;
    if (up == "SBU") return Level::sbu;
    if (up == "LOU") return Level::lou;
    if (up == "C" || up == "CONFIDENTIAL") return Level::confidential;
    if (up == "S" || up == "SECRET") return Level::secret;
    if (up == "TS") return Level::top_secret;
    return Level::none;
}
inline void mark_defect(State& st, PortionMark::Defect::Kind k, Field at) { st.pm.defects.push_back({k, at}); }

ON(mark_begin) {
    template <typename In>
    static void apply(const In&, State& st) {
        st.pm = {};
        st.pm_sep = Field();
    }
};
template <typename In>
inline void set_mark_level(const In& in, State& st) {
    st.pm.level_text = view(in);
    st.pm.level = mark_level_of(view(in));
}
ON(mark_level) {
    template <typename In>
    static void apply(const In& in, State& st) { set_mark_level(in, st); }
};
ON(mark_glued_level) {
    template <typename In>
    static void apply(const In& in, State& st) { set_mark_level(in, st); }
};
ON(mark_upper_level) {
    template <typename In>
    static void apply(const In& in, State& st) { set_mark_level(in, st); }
};
ON(mark_spelled_level) {
    template <typename In>
    static void apply(const In& in, State& st) {
        set_mark_level(in, st);
        mark_defect(st, PortionMark::Defect::Kind::spelled_level, view(in));
    }
};
ON(mark_no_level) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.pm.level_text = Field(in.begin(), 0);
        st.pm.level = Level::none;
        mark_defect(st, PortionMark::Defect::Kind::no_level, Field(in.begin(), 0));
    }
};
ON(mark_slash) {
    template <typename In>
    static void apply(const In& in, State& st) { st.pm_sep = view(in); }
};
ON(mark_bad_separator) {
    template <typename In>
    static void apply(const In& in, State& st) { st.pm_sep = view(in); }
};
ON(mark_known_control) {
    template <typename In>
    static void apply(const In& in, State& st) {
        const std::string up = to_upper(view(in));
        using K = MarkControl::Kind;
        K k = up == "NF" || up == "NOFORN" ? K::noforn : up == "FGI" ? K::fgi : up == "FOUO" ? K::fouo
            : up == "ORCON" ? K::orcon : up == "PROPIN" ? K::propin : K::unknown;
        if (up == "N") k = st.pm.level == Level::sbu ? K::sbu_noforn : K::unknown;   // SBU/N is SBU NOFORN
        st.pm.controls.push_back({st.pm_sep, view(in), k});
        st.pm_sep = Field();
    }
};
ON(mark_release) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.pm.controls.push_back({st.pm_sep, trim(view(in)), MarkControl::Kind::release});
        st.pm_sep = Field();
    }
};
ON(mark_unknown_control) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.pm.controls.push_back({st.pm_sep, view(in), MarkControl::Kind::unknown});
        st.pm_sep = Field();
    }
};
ON(mark_glued) {
    template <typename In>
    static void apply(const In&, State& st) {
        mark_defect(st, PortionMark::Defect::Kind::glued_control, st.pm.controls.back().text);
    }
};
ON(mark_bad_part) {
    template <typename In>
    static void apply(const In&, State& st) {
        mark_defect(st, PortionMark::Defect::Kind::bad_separator, st.pm.controls.back().separator);
    }
};
ON(mark_inner_space) {
    template <typename In>
    static void apply(const In& in, State& st) { mark_defect(st, PortionMark::Defect::Kind::spaces_inside, view(in)); }
};
ON(mark_entire_text) {
    template <typename In>
    static void apply(const In&, State& st) { st.pm.entire_text = true; }
};
// A known word where it does not belong ("(C/N)") is unknown too.
inline void close_mark(State& st, Field whole) {
    st.pm.whole = whole;
    for (const MarkControl& c : st.pm.controls) {
        if (c.kind == MarkControl::Kind::unknown) mark_defect(st, PortionMark::Defect::Kind::unknown_control, c.text);
    }
}
ON(portion_mark) {
    template <typename In>
    static void apply(const In& in, State& st) { close_mark(st, view(in)); }
};
ON(malformed_portion_mark) {
    template <typename In>
    static void apply(const In& in, State& st) { close_mark(st, view(in)); }
};
ON(malformed_mark_open) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.pm.whole = view(in);
        mark_defect(st, PortionMark::Defect::Kind::open_missing, Field(in.begin(), 0));
    }
};
ON(malformed_mark_close) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.pm.whole = view(in);
        mark_defect(st, PortionMark::Defect::Kind::close_missing, Field(in.end(), 0));
    }
};

ON(entire_text_note) {
    template <typename In>
    static void apply(const In& in, State& st) { st.doc.text.entire_text.push_back(view(in)); }
};

ON(mark_transposed_level) {
    template <typename In>
    static void apply(const In& in, State& st) { set_mark_level(in, st); }
};
ON(malformed_mark_transposed) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.pm.whole = view(in);
        st.pm.controls.push_back({Field(in.begin() + 2, 1), Field(in.begin() + 1, 1), MarkControl::Kind::noforn});
        mark_defect(st, PortionMark::Defect::Kind::transposed, st.pm.level_text);
    }
};

// ---- Paragraph numbers outside paragraph lines (found by the scan of the text) ----------------------------------
template <typename In>
inline void other_number(const In& in, State& st) {
    const Field v = view(in);
    std::size_t n = 0;
    while (n < v.size() && v[n] >= '0' && v[n] <= '9') ++n;
    st.doc.text.other_numbers.push_back(v.substr(0, n));
}
ON(marked_number) {
    template <typename In>
    static void apply(const In& in, State& st) { other_number(in, st); }
};
ON(indented_number) {
    template <typename In>
    static void apply(const In& in, State& st) { other_number(in, st); }
};

}  // namespace cablelint::parsing
