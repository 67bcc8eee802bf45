#include "checks/decl_instruction.hpp"

#include "util.hpp"

namespace cablelint::decl {

namespace {

bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view skip_spaces(std::string_view s) {
    while (!s.empty() && (is_space(s.front()) || s.front() == ':')) s.remove_prefix(1);
    return s;
}

// The leading word (letters only) of s.
std::string_view word(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && is_alpha(s[i])) ++i;
    return s.substr(0, i);
}

// Cut the instruction where a run-on TAGS field or leftover markup begins.
std::string_view cut(std::string_view s, const EoLine& eo) {
    if (present(eo.tags_runon) && eo.tags_runon.data() >= s.data() && eo.tags_runon.data() <= s.data() + s.size()) {
        s = s.substr(0, static_cast<std::size_t>(eo.tags_runon.data() - s.data()));
    }
    // " TAGS" / " TAG " as a word after white space, "<br>" and the like.
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '<') {
            s = s.substr(0, i);
            break;
        }
        if (i > 0 && is_space(s[i - 1]) && istarts_with(s.substr(i), "TAG")) {
            const std::string_view w = word(s.substr(i));
            if (iequals(w, "TAGS") || iequals(w, "TAG")) {
                s = s.substr(0, i);
                break;
            }
        }
    }
    return trim(s);
}

bool is_redaction(std::string_view s) {
    if (s.size() < 4) return false;
    for (char c : s) {
        if (c != 'X' && c != 'x' && !is_space(c)) return false;
    }
    return true;
}

// X1–X8, 1.6X1–8, 25X1–9 (with -HUM/-HUMAN/-WMD suffixes), 50X1-HUM, 50X2-WMD, 75X…
bool exemption_token(std::string_view t, bool& is_25x) {
    std::string_view s = t;
    if (istarts_with(s, "1.6")) s.remove_prefix(3);
    std::size_t i = 0;
    while (i < s.size() && is_digit(s[i])) ++i;
    const std::string_view prefix = s.substr(0, i);
    if (i >= s.size() || (s[i] != 'X' && s[i] != 'x')) return false;
    if (i + 1 >= s.size() || !is_digit(s[i + 1])) return false;
    if (!prefix.empty() && prefix != "25" && prefix != "50" && prefix != "75") return false;
    std::size_t j = i + 1;
    while (j < s.size() && is_digit(s[j])) ++j;
    if (j < s.size() && s[j] != '-' && s[j] != ',' && s[j] != ';' && s[j] != '.' && s[j] != ')') return false;
    if (!prefix.empty()) is_25x = true;
    return true;
}

// Does s (the value after the label) start with an exemption token? Also notes any 25X/50X anywhere.
bool scan_exemptions(std::string_view s, bool& any_25x) {
    bool first = true, starts = false;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (is_space(s[i]) || s[i] == ',' || s[i] == ';' || s[i] == '(')) ++i;
        std::size_t j = i;
        while (j < s.size() && !is_space(s[j]) && s[j] != ',' && s[j] != ';' && s[j] != '(') ++j;
        if (j > i) {
            bool is25 = false;
            if (exemption_token(s.substr(i, j - i), is25)) {
                if (first) starts = true;
                if (is25) any_25x = true;
            }
            first = false;
        }
        i = j;
    }
    return starts;
}

// Find a date anywhere in s (the first word that reads as one, by the grammar's DECL date production).
std::optional<DeclDate> find_date(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (is_digit(s[i]) && (i == 0 || !is_digit(s[i - 1]))) {
            if (auto d = read_decl_date(s.substr(i))) return d;
        }
    }
    return std::nullopt;
}

// The date at the start of v: the one the parser read into the model when it is that one, else the same production
// run on v (E.O. lines built by hand in the unit tests).
std::optional<DeclDate> date_at(std::string_view v, const EoLine& eo) {
    if (eo.decl_date_value && eo.decl_date_value->text.data() == v.data()) return eo.decl_date_value;
    return read_decl_date(v);
}

}  // namespace

Instruction read(const EoLine& eo) {
    Instruction in;
    if (!present(eo.line)) return in;
    std::string_view s;
    if (present(eo.instruction)) {
        s = eo.instruction;
    } else if (present(eo.number)) {
        // Everything after the number on the line.
        const auto from = static_cast<std::size_t>(eo.number.data() + eo.number.size() - eo.line.data());
        s = eo.line.substr(std::min(from, eo.line.size()));
    } else {
        return in;
    }
    s = skip_spaces(s);
    s = cut(s, eo);
    in.text = s;
    if (s.empty()) return in;

    // Re-marking on declassification: "AS AMENDED; DECLASSIFIED JUNE 21, 2006", "DECL: DECLASSIFIED BY NARA …".
    {
        const std::string up = to_upper(s);
        if (up.starts_with("AS AMENDED") || up.find("DECLASSIFIED") != std::string::npos) {
            in.kind = Kind::remarked;
            return in;
        }
    }

    // The label.
    std::string_view rest = s;
    const std::string_view w = word(s);
    std::size_t label_len = 0;
    if (iequals(w, "DECL") || iequals(w, "DNG")) {
        label_len = w.size();
        in.downgrade = iequals(w, "DNG");
    } else if (iequals(w, "DECLASSIFY")) {
        label_len = w.size();
        std::string_view after = s.substr(label_len);
        std::size_t k = 0;
        while (k < after.size() && after[k] == ' ') ++k;
        if (iequals(word(after.substr(k)), "ON")) label_len += k + 2;
    } else if (istarts_with(w, "DECL") && w.size() <= 6) {
        // DECLl:, DECLL: — a misspelled label (a longer word would be event text such as DECLARATION …).
        label_len = w.size();
        in.label_misspelled = true;
    } else if (istarts_with(s, "DECL") && s.size() > 4 && is_digit(s[4])) {
        // DECL1: with a digit typo.
        std::size_t k = 4;
        while (k < s.size() && is_digit(s[k])) ++k;
        if (k < s.size() && s[k] == ':') {
            label_len = k;
            in.label_misspelled = true;
        }
    }
    if (label_len > 0) {
        std::size_t k = label_len;
        if (k < s.size() && s[k] == ':') ++k;
        in.label = s.substr(0, k);
        rest = trim(s.substr(k));
        while (!rest.empty() && rest.front() == ':') rest = trim(rest.substr(1));
    }
    in.value = rest;
    scan_exemptions(rest, in.exemption_25x);

    if (rest.empty()) {
        in.kind = label_len > 0 ? Kind::empty : Kind::none;
        return in;
    }
    const std::string_view rw = word(rest);
    if (iequals(rest, "N/A") || istarts_with(rest, "N/A ") || istarts_with(rest, "N/A.") || (iequals(rw, "NA") && rest.size() == 2)) {
        in.kind = Kind::na;
        return in;
    }
    if (is_redaction(rest)) {
        in.kind = Kind::redacted;
        return in;
    }
    if (in.downgrade) {
        // DNG: CO 01/26/2021 — a downgrade level then a date.
        std::string_view v = rest;
        if (iequals(rw, "CO") || iequals(rw, "SE") || iequals(rw, "C") || iequals(rw, "S")) v = trim(v.substr(rw.size()));
        if (auto d = date_at(v, eo)) {
            in.date = d;
            in.date_field = d->text;
            in.kind = Kind::date;
        } else {
            in.kind = Kind::malformed;
        }
        return in;
    }
    if (is_digit(rest.front())) {
        bool dummy = false;
        if (auto d = date_at(rest, eo)) {
            in.date = d;
            in.date_field = d->text;
            in.kind = Kind::date;
            in.label_missing = label_len == 0;
        } else if (scan_exemptions(rest, dummy)) {
            in.kind = Kind::exemption;   // 25X1, 1.6X1
            if (auto d = find_date(rest)) {
                in.date = d;
                in.date_field = d->text;
            }
        } else {
            in.kind = Kind::malformed;
        }
        return in;
    }
    bool dummy = false;
    if (scan_exemptions(rest, dummy)) {
        in.kind = Kind::exemption;   // X1 … X8
        if (auto d = find_date(rest)) {
            in.date = d;
            in.date_field = d->text;
        }
        return in;
    }
    if (iequals(rw, "MR") && (rest.size() == 2 || !is_alpha(rest[2]))) {
        in.kind = Kind::manual;
        return in;
    }
    if (iequals(rw, "OADR")) {
        in.kind = Kind::oadr;
        return in;
    }
    if (label_len == 0 && (iequals(rw, "GDS") || iequals(rw, "XGDS") || iequals(rw, "RDS") || iequals(rw, "XDS"))) {
        in.kind = Kind::gds;
        if (auto d = find_date(rest.substr(rw.size()))) {
            in.date = d;
            in.date_field = d->text;
            in.kind = Kind::date;
        }
        return in;
    }
    if (label_len == 0) {
        // Text after the number that is not an instruction: "E.O. 12958 in July 2009 as …" would not be an E.O.
        // line at all; anything else without a label is not an instruction we can read.
        in.kind = Kind::malformed;
        return in;
    }
    // Event text: words (no date shape at its start).
    in.kind = is_alpha(rest.front()) ? Kind::event : Kind::malformed;
    return in;
}

std::string describe_span(const Date& from, const Date& to) {
    int years = to.year - from.year;
    if (add_years(from, years).yyyymmdd() > to.yyyymmdd()) --years;
    const Date base = add_years(from, years);
    int months = 0;
    auto add_months = [](const Date& d, int m) {
        int y = d.year + (d.month - 1 + m) / 12;
        int mo = (d.month - 1 + m) % 12 + 1;
        Date r{y, mo, std::min(d.day, days_in_month(y, mo))};
        return r;
    };
    while (months < 12 && add_months(base, months + 1).yyyymmdd() <= to.yyyymmdd()) ++months;
    const long days = days_from_civil(to) - days_from_civil(add_months(base, months));
    std::string out = std::to_string(years) + (years == 1 ? " year" : " years");
    if (months > 0) out += (days > 0 ? ", " : " and ") + std::to_string(months) + (months == 1 ? " month" : " months");
    if (days > 0) out += " and " + std::to_string(days) + (days == 1 ? " day" : " days");
    return out;
}

}  // namespace cablelint::decl
