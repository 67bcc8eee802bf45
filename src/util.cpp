#include "util.hpp"

#include <ext/stdio_filebuf.h>

#include <algorithm>
#include <cctype>
#include <istream>

namespace cablelint {

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
    }
    return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

static bool is_space_at(std::string_view s, std::size_t i, std::size_t& width) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') { width = 1; return true; }
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) { width = 2; return true; }
    return false;
}

std::string_view trim(std::string_view s) {
    std::size_t w = 0;
    while (!s.empty() && is_space_at(s, 0, w)) s.remove_prefix(w);
    while (!s.empty()) {
        if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 &&
            static_cast<unsigned char>(s.back()) == 0xA0) {
            s.remove_suffix(2);
        } else if (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n') {
            s.remove_suffix(1);
        } else {
            break;
        }
    }
    return s;
}

// Written through a pointer into a string of the input's size (the result is never longer): the page layout's head
// block, compared with its copy at every parse, made the per-character push_back 3 % of a run's instructions.
std::string collapse_spaces(std::string_view s) {
    s = trim(s);
    std::string out(s.size(), '\0');
    char* o = out.data();
    bool space = false;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t w = 0;
        if (is_space_at(s, i, w)) {
            space = true;
            i += w;
            continue;
        }
        if (space) *o++ = ' ';
        space = false;
        *o++ = s[i++];
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
    return out;
}

std::optional<long> to_int(std::string_view digits) {
    if (digits.empty() || digits.size() > 9) return std::nullopt;
    long v = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

int descriptor_of(std::istream& in) {
    auto* fd_buf = dynamic_cast<__gnu_cxx::stdio_filebuf<char>*>(in.rdbuf());
    return fd_buf == nullptr ? -1 : fd_buf->fd();
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

bool valid_date(int y, int m, int d) { return d >= 1 && d <= days_in_month(y, m); }

int day_of_year(const Date& d) {
    int n = d.day;
    for (int m = 1; m < d.month; ++m) n += days_in_month(d.year, m);
    return n;
}

long days_from_civil(const Date& d) {
    // Howard Hinnant's algorithm.
    const int y = d.month <= 2 ? d.year - 1 : d.year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = static_cast<unsigned>((d.month + 9) % 12);
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

static constexpr const char* kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                          "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

int month_number(std::string_view mon) {
    for (int i = 0; i < 12; ++i) {
        if (iequals(mon, kMonths[i])) return i + 1;
    }
    return 0;
}

const char* month_abbrev(int m) { return m >= 1 && m <= 12 ? kMonths[m - 1] : "???"; }

int expand_year(int yy) { return yy >= 50 ? 1900 + yy : 2000 + yy; }

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const bool same = ascii_upper(a[i - 1]) == ascii_upper(b[j - 1]);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string closest(std::string_view unknown, const std::vector<std::string>& candidates) {
    std::string best;
    std::size_t best_d = 3;   // at most two edits away
    for (const std::string& c : candidates) {
        const std::size_t d = edit_distance(unknown, c);
        if (d < best_d) {
            best_d = d;
            best = c;
        }
    }
    return best;
}

std::string fold_typography(std::string_view s) {
    static constexpr std::pair<std::string_view, std::string_view> kFold[] = {
        {"\u2018", "'"}, {"\u2019", "'"}, {"\u201A", "'"}, {"\u201C", "\""}, {"\u201D", "\""},
        {"\u2013", "-"}, {"\u2014", "--"}, {"\u2026", "..."}, {"\u00A0", " "},
    };
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        bool folded = false;
        if (static_cast<unsigned char>(s[i]) >= 0x80) {
            for (const auto& [from, to] : kFold) {
                if (s.substr(i).starts_with(from)) {
                    out += to;
                    i += from.size();
                    folded = true;
                    break;
                }
            }
        }
        if (!folded) out += s[i++];
    }
    return out;
}

}  // namespace cablelint
