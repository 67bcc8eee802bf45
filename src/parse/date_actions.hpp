// Actions of the date productions (grammar/dates.hpp): they turn the matched groups into the typed values of
// src/date_values.hpp, once. Included only by src/parse.cpp.
#pragma once

#include "../dates.hpp"
#include "state.hpp"

namespace cablelint::parsing {

// ---- DECL dates: the groups of one date, then its value ------------------------------------------------------------
// The part actions work on a DateParts alone, so that read_decl_date() (src/parse.cpp) runs the same production with
// them outside a document.
template <typename Rule>
struct date_part : pegtl::nothing<Rule> {};

template <>
struct date_part<g::date_year4> {
    template <typename In>
    static void apply(const In& in, DateParts& p) {
        p = {};
        p.order = DeclDate::Order::ymd;
        p.groups[0] = view(in);
    }
};
template <>
struct date_part<g::date_first> {
    template <typename In>
    static void apply(const In& in, DateParts& p) {
        p = {};
        p.order = DeclDate::Order::mdy;
        p.groups[0] = view(in);
    }
};
template <>
struct date_part<g::date_sep> {
    template <typename In>
    static void apply(const In& in, DateParts& p) {
        if (p.seps < 2) p.sep[p.seps++] = *in.begin();
    }
};
template <>
struct date_part<g::date_middle> {
    template <typename In>
    static void apply(const In& in, DateParts& p) { p.groups[1] = view(in); }
};
template <>
struct date_part<g::date_last> {
    template <typename In>
    static void apply(const In& in, DateParts& p) { p.groups[2] = view(in); }
};
template <>
struct date_part<g::date_ymd_day> {
    template <typename In>
    static void apply(const In& in, DateParts& p) { p.groups[2] = view(in); }
};

// The value of a date whose groups are all in `p`, written as `text`.
inline DeclDate decl_date_of(const DateParts& p, Field text) {
    auto number = [](Field f) { return static_cast<int>(to_int(f).value_or(0)); };
    DeclDate d;
    d.text = text;
    d.order = p.order;
    d.separator = p.sep[0];
    d.mixed_separators = p.sep[1] != p.sep[0];
    if (p.order == DeclDate::Order::ymd) {
        d.year = number(p.groups[0]);
        d.month = number(p.groups[1]);
        d.day = number(p.groups[2]);
        d.padded = p.groups[1].size() == 2 && p.groups[2].size() == 2;
    } else {
        d.month = number(p.groups[0]);
        d.day = number(p.groups[1]);
        d.two_digit_year = p.groups[2].size() == 2;
        d.year = d.two_digit_year ? expand_year(number(p.groups[2])) : number(p.groups[2]);
        d.padded = p.groups[0].size() == 2 && p.groups[1].size() == 2;
    }
    return d;
}

// In the document: the parts go to the parser state's scratch.
#define DATE_PART(rule)                                                                          \
    ON(rule) {                                                                                   \
        template <typename In>                                                                   \
        static void apply(const In& in, State& st) { date_part<g::rule>::apply(in, st.date); }  \
    };
DATE_PART(date_year4)
DATE_PART(date_first)
DATE_PART(date_sep)
DATE_PART(date_middle)
DATE_PART(date_last)
DATE_PART(date_ymd_day)
#undef DATE_PART
ON(decl_date) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.eo.decl_date = view(in);
        st.eo.decl_date_value = decl_date_of(st.date, view(in));
    }
};

// ---- DTG: the groups, then the value --------------------------------------------------------------------------------
#define DTG_PART(rule, member)                                                                   \
    ON(rule) {                                                                                   \
        template <typename In>                                                                   \
        static void apply(const In& in, State& st) { st.dtg_line.dtg.member = view(in); }      \
    };
DTG_PART(dtg_day, day)
DTG_PART(dtg_hour, hour)
DTG_PART(dtg_minute, minute)
DTG_PART(dtg_zone, zone)
DTG_PART(dtg_month, month)
DTG_PART(dtg_year, year)
#undef DTG_PART
ON(dtg) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.dtg_line.dtg.whole = view(in);
        st.dtg_line.dtg.value = dtg_value(st.dtg_line.dtg);
    }
};

// ---- DE line filing time: JJJ and HHMM (three and four digits by the grammar) ---------------------------------------
inline std::optional<FilingTime> filing_time(Field julian, Field time) {
    if (!present(julian) || !present(time) || julian.size() != 3 || time.size() != 4) return std::nullopt;
    const auto day = to_int(julian), hh = to_int(time.substr(0, 2)), mm = to_int(time.substr(2, 2));
    if (!day || !hh || !mm) return std::nullopt;
    return FilingTime{static_cast<int>(*day), static_cast<int>(*hh), static_cast<int>(*mm)};
}

// ---- Created: the groups, then the value ----------------------------------------------------------------------------
#define CREATED_PART(rule, member, number)                                                      \
    ON(rule) {                                                                                   \
        template <typename In>                                                                   \
        static void apply(const In& in, State& st) {                                             \
            st.created.member = view(in);                                                        \
            st.created.number = static_cast<int>(to_int(view(in)).value_or(0));                 \
        }                                                                                        \
    };
ON(created_year) {   // the first group: a new value
    template <typename In>
    static void apply(const In& in, State& st) {
        st.created = {};
        st.created.year = view(in);
        st.created.y = static_cast<int>(to_int(view(in)).value_or(0));
    }
};
CREATED_PART(created_month, month, mo)
CREATED_PART(created_day, day, d)
CREATED_PART(created_hour, hour, h)
CREATED_PART(created_minute, minute, mi)
CREATED_PART(created_second, second, s)
#undef CREATED_PART

// The value of a complete Created, its instant when the date and time exist.
inline CreatedValue created_value_of(CreatedValue c) {
    if (valid_date(c.y, c.mo, c.d) && c.h <= 23 && c.mi <= 59 && c.s <= 59) {
        c.instant = DateTime{Date{c.y, c.mo, c.d}, c.h, c.mi, c.s};
    }
    return c;
}

}  // namespace cablelint::parsing
