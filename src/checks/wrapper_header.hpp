// Helpers private to the W (page wrapper) and H (transmission header) checks: parsing the few values the located
// model keeps as text (Created, the identifier, DTG numbers, precedence words, page classification strings) and
// picking sub-spans of fields.
#pragma once

#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "document.hpp"
#include "util.hpp"
#include "vocabulary.hpp"

namespace cablelint::wrapper_header {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// Width of a separator (space, tab, no-break space, comma when `commas`) at s[i], 0 if none.
inline std::size_t sep_width(std::string_view s, std::size_t i, bool commas) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || (commas && c == ',')) return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
    return 0;
}

// The tokens of a field, split on white space (and commas): views into the field.
inline std::vector<Field> tokens(Field f, bool commas = true) {
    std::vector<Field> out;
    if (!present(f)) return out;
    std::size_t i = 0;
    while (i < f.size()) {
        if (const std::size_t w = sep_width(f, i, commas)) {
            i += w;
            continue;
        }
        std::size_t j = i;
        while (j < f.size() && sep_width(f, j, commas) == 0) ++j;
        out.push_back(f.substr(i, j - i));
        i = j;
    }
    return out;
}

// A field trimmed of white space at both ends, still a view into the source (absent stays absent).
inline Field trimmed(Field f) {
    if (!present(f)) return f;
    const std::string_view t = trim(f);
    return t.data() == nullptr ? f.substr(0, 0) : t;
}

// Zero-width span at a byte offset (an insertion point).
inline Span at_offset(std::uint32_t off) { return Span{off, off}; }

// ---------------------------------------------------------------------------------------------------------------
// Created: "YYYY-MM-DD HH:MM[:SS]"

struct Created {
    Field year, month, day, hour, minute, second;
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
};

inline std::optional<Created> parse_created(Field f) {
    f = trimmed(f);
    if (!present(f)) return std::nullopt;
    auto digits = [&](std::size_t pos, std::size_t n) {
        if (pos + n > f.size()) return false;
        for (std::size_t k = 0; k < n; ++k)
            if (!is_digit(f[pos + k])) return false;
        return true;
    };
    if (!digits(0, 4) || f.size() < 16 || f[4] != '-' || !digits(5, 2) || f[7] != '-' || !digits(8, 2) ||
        f[10] != ' ' || !digits(11, 2) || f[13] != ':' || !digits(14, 2))
        return std::nullopt;
    Created c;
    c.year = f.substr(0, 4);
    c.month = f.substr(5, 2);
    c.day = f.substr(8, 2);
    c.hour = f.substr(11, 2);
    c.minute = f.substr(14, 2);
    if (f.size() > 16) {
        if (f.size() != 19 || f[16] != ':' || !digits(17, 2)) return std::nullopt;
        c.second = f.substr(17, 2);
        c.s = static_cast<int>(*to_int(c.second));
    }
    c.y = static_cast<int>(*to_int(c.year));
    c.mo = static_cast<int>(*to_int(c.month));
    c.d = static_cast<int>(*to_int(c.day));
    c.h = static_cast<int>(*to_int(c.hour));
    c.mi = static_cast<int>(*to_int(c.minute));
    return c;
}

// Index of the first character of `f` (trimmed) that breaks `YYYY-MM-DD HH:MM[:SS]`, with what was expected there;
// npos when the shape is right.
inline std::pair<std::size_t, const char*> created_shape_error(Field f) {
    static constexpr std::string_view shape = "DDDD-DD-DD DD:DD";
    static constexpr const char* what[] = {"a four-digit year", "a four-digit year", "a four-digit year",
                                           "a four-digit year", "'-' after the year", "a two-digit month",
                                           "a two-digit month", "'-' after the month", "a two-digit day",
                                           "a two-digit day", "a space after the date", "a two-digit hour",
                                           "a two-digit hour", "':' after the hour", "two-digit minutes",
                                           "two-digit minutes"};
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const bool ok = i < f.size() && (shape[i] == 'D' ? is_digit(f[i]) : f[i] == shape[i]);
        if (!ok) return {i, what[i]};
    }
    if (f.size() == 16) return {std::string_view::npos, ""};
    if (f[16] != ':') return {16, "the end of the value or ':' and seconds"};
    if (f.size() < 19 || !is_digit(f[17])) return {17, "two-digit seconds"};
    if (!is_digit(f[18])) return {18, "two-digit seconds"};
    if (f.size() > 19) return {19, "the end of the value"};
    return {std::string_view::npos, ""};
}

inline bool created_valid(const Created& c) {
    return valid_date(c.y, c.mo, c.d) && c.h <= 23 && c.mi <= 59 && c.s <= 59;
}

// ---------------------------------------------------------------------------------------------------------------
// DTG numbers (the model keeps the groups as text)

// Offset of a military time-zone letter in hours (A..M +1..+12 without J, N..Y -1..-12, Z 0); nullopt if unknown.
inline std::optional<int> zone_offset(Field zone) {
    if (zone.size() != 1) return std::nullopt;
    const char z = upper(zone[0]);
    if (z == 'Z') return 0;
    if (z >= 'A' && z <= 'I') return z - 'A' + 1;
    if (z >= 'K' && z <= 'M') return z - 'K' + 10;
    if (z >= 'N' && z <= 'Y') return -(z - 'N' + 1);
    return std::nullopt;
}

struct DtgValue {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0;   // as written (local to the zone)
    int zone = 0;                                              // hours east of UTC
    Date utc_date;                                             // the instant in UTC
    int utc_hour = 0, utc_minute = 0;
    long utc_minutes = 0;                                      // minutes since 1970-01-01 00:00 UTC
};

// The DTG as numbers, or nullopt when a group is missing or impossible (D301/D302 report those).
inline std::optional<DtgValue> dtg_value(const Dtg& g) {
    if (!present(g.day) || !present(g.hour) || !present(g.minute) || !present(g.month) || !present(g.year))
        return std::nullopt;
    const auto d = to_int(g.day), h = to_int(g.hour), mi = to_int(g.minute), y = to_int(g.year);
    const int mo = month_number(g.month);
    if (!d || !h || !mi || !y || mo == 0) return std::nullopt;
    DtgValue v;
    v.year = g.year.size() == 4 ? static_cast<int>(*y) : g.year.size() == 2 ? expand_year(static_cast<int>(*y)) : -1;
    if (v.year < 0) return std::nullopt;
    v.month = mo;
    v.day = static_cast<int>(*d);
    v.hour = static_cast<int>(*h);
    v.minute = static_cast<int>(*mi);
    if (!valid_date(v.year, v.month, v.day) || v.hour > 23 || v.minute > 59) return std::nullopt;
    const auto z = present(g.zone) && !g.zone.empty() ? zone_offset(g.zone) : std::optional<int>(0);
    if (!z) return std::nullopt;
    v.zone = *z;
    v.utc_minutes = days_from_civil(Date{v.year, v.month, v.day}) * 1440 + v.hour * 60 + v.minute - v.zone * 60;
    long days = v.utc_minutes / 1440;
    long rem = v.utc_minutes % 1440;
    if (rem < 0) {
        rem += 1440;
        --days;
    }
    // civil_from_days (Howard Hinnant)
    long z2 = days + 719468;
    const long era = (z2 >= 0 ? z2 : z2 - 146096) / 146097;
    const long doe = z2 - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int dd = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int mm = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int yy = static_cast<int>(yoe + era * 400 + (mm <= 2 ? 1 : 0));
    v.utc_date = Date{yy, mm, dd};
    v.utc_hour = static_cast<int>(rem / 60);
    v.utc_minute = static_cast<int>(rem % 60);
    return v;
}

inline std::string two(int n) {
    std::string s = std::to_string(n);
    return s.size() < 2 ? "0" + s : s;
}

inline std::string iso(const Date& d) { return std::to_string(d.year) + "-" + two(d.month) + "-" + two(d.day); }

// ---------------------------------------------------------------------------------------------------------------
// Reference id "YY" + origin token + serial (spec §4)

struct Identifier {
    Field yy, origin, serial;
};

inline std::optional<Identifier> parse_identifier(Field f) {
    f = trimmed(f);
    if (f.size() < 4 || !is_digit(f[0]) || !is_digit(f[1])) return std::nullopt;
    std::size_t e = f.size();
    while (e > 2 && is_digit(f[e - 1])) --e;
    if (e == f.size() || e <= 2) return std::nullopt;
    for (std::size_t i = 2; i < e; ++i)
        if (!is_alpha(f[i])) return std::nullopt;
    return Identifier{f.substr(0, 2), f.substr(2, e - 2), f.substr(e)};
}

// An origin as the id spells it: letters and digits only, upper case ("BUENOS AIRES" → "BUENOSAIRES").
inline std::string origin_token(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (is_alpha(c) || is_digit(c)) out.push_back(upper(c));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Precedence (spec §2.3, §2.8): rank of a letter, higher = more urgent; 0 = unknown.

inline int precedence_rank(char letter) {
    switch (upper(letter)) {
        case 'R': return 1;
        case 'P': return 2;
        case 'O': return 3;
        case 'Z': return 4;
        case 'Y': return 5;
        default: return 0;
    }
}

inline char precedence_letter(int rank) {
    static constexpr char letters[] = {'?', 'R', 'P', 'O', 'Z', 'Y'};
    return rank >= 0 && rank <= 5 ? letters[rank] : '?';
}

inline const char* precedence_word(int rank) {
    switch (rank) {
        case 1: return "ROUTINE";
        case 2: return "PRIORITY";
        case 3: return "IMMEDIATE";
        case 4: return "FLASH";
        case 5: return "EMERGENCY COMMAND";
        default: return "?";
    }
}

// Rank of a precedence word on an address line ("NIACT IMMEDIATE" = IMMEDIATE); absent/empty = ROUTINE; 0 unknown.
inline int precedence_word_rank(Field word) {
    if (!present(word)) return 1;
    const std::string w = collapse_spaces(word);
    if (w.empty() || iequals(w, "ROUTINE")) return 1;
    if (iequals(w, "PRIORITY")) return 2;
    if (iequals(w, "IMMEDIATE") || iequals(w, "NIACT IMMEDIATE") || iequals(w, "NIACT")) return 3;
    if (iequals(w, "FLASH")) return 4;
    return 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Page classification strings (spec §1): "SECRET//NOFORN", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"

struct PageClassification {
    int rank = -1;           // 0 U, 1 C, 2 S, 3 TS
    Field base;              // "SECRET"
    Field suffix;            // "//NOFORN" (with the slashes), absent when none
    bool noforn = false;
    bool fouo = false;
};

inline std::optional<PageClassification> parse_page_classification(Field f) {
    f = trimmed(f);
    if (!present(f) || f.empty()) return std::nullopt;
    PageClassification p;
    const std::size_t slash = f.find("//");
    p.base = trimmed(slash == std::string_view::npos ? f : f.substr(0, slash));
    if (slash != std::string_view::npos) p.suffix = f.substr(slash);
    const std::string base = collapse_spaces(p.base);
    if (iequals(base, "UNCLASSIFIED")) p.rank = 0;
    else if (iequals(base, "CONFIDENTIAL")) p.rank = 1;
    else if (iequals(base, "SECRET")) p.rank = 2;
    else if (iequals(base, "TOP SECRET")) p.rank = 3;
    else return std::nullopt;
    if (present(p.suffix)) {
        const std::string suf = to_upper(collapse_spaces(p.suffix.substr(2)));
        if (suf.find("NOFORN") != std::string::npos) p.noforn = true;
        if (suf.find("FOR OFFICIAL USE ONLY") != std::string::npos || suf == "FOUO") p.fouo = true;
    }
    return p;
}

// Classification level of an FL4 letter (U, E, C, S, T); Level::none when unknown.
inline Level fl4_level(char letter) {
    switch (upper(letter)) {
        case 'U': return Level::unclassified;
        case 'E': return Level::efto;
        case 'C': return Level::confidential;
        case 'S': return Level::secret;
        case 'T': return Level::top_secret;
        default: return Level::none;
    }
}

// Text for a message: the field collapsed to single spaces, cut to `max` characters.
inline std::string shown(Field f, std::size_t max = 60) {
    std::string s = collapse_spaces(f);
    if (s.size() > max) s = s.substr(0, max) + "…";
    return s;
}

}  // namespace cablelint::wrapper_header
