// Majority blame (issue 3) for the groups of fields that must agree:
//
//   identity        page Identifier · banner · DE serial · page markers   (W108, H203, S604; R3–R6)
//   date            page Created · DTG · DE filing day/time                (W107, D303, D304; R1, R10, R11)
//   classification  page Classification · security line (FL4) · banner    (W109, H205; R8, R17)
//   origin          page Origin · FM line · banner origin                  (W110; R9)
//
// When two fields of a group disagree, the other fields of the group vote: a field that agrees with one side and
// not the other is a witness for that side. The finding points at the side with fewer witnesses (the odd one out)
// and lists the other side and its witnesses as related locations. With no witness either way (only two fields
// can be compared), the check points at the field the spec says is more often wrong and says so in the message.
// Whether the text is another cable's altogether is a fact of the document (document_kind.hpp), not a vote here.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check.hpp"
#include "checks/cable_text.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::majority {

// A field that confirms one side of a disagreement.
struct Witness {
    Field at;
    std::string label;   // "DE serial #1366", "page marker ASTANA 00001366 002 OF 003"
    std::string name;    // for messages: "the DE line", "the page markers"
};

inline std::vector<Related> related(const CheckContext& ctx, const std::vector<Witness>& ws) {
    std::vector<Related> out;
    for (const Witness& w : ws)
        if (present(w.at)) out.push_back(ctx.related(w.at, w.label));
    return out;
}

// "the DE line", "the DE line and the page markers", "Created, the DE line and the page markers"
inline std::string names(const std::vector<Witness>& ws) {
    std::vector<std::string> n;
    for (const Witness& w : ws)
        if (std::find(n.begin(), n.end(), w.name) == n.end()) n.push_back(w.name);
    std::string out;
    for (std::size_t i = 0; i < n.size(); ++i) {
        if (i > 0) out += i + 1 == n.size() ? " and " : ", ";
        out += n[i];
    }
    return out;
}

// Which side of a disagreement between A and B is the odd one out.
enum class Blame { a, b, undecided };
inline Blame decide(const std::vector<Witness>& for_a, const std::vector<Witness>& for_b) {
    if (for_a.size() > for_b.size()) return Blame::b;
    if (for_b.size() > for_a.size()) return Blame::a;
    return Blame::undecided;
}

// ---------------------------------------------------------------------------------------------------------------
// Identity: serials (R4 id = banner, R5 DE = banner mod 10000, R6 marker = banner) and origins (R3, R6).

struct SerialVoter {
    Field at;
    long value = 0;
    bool mod = false;      // the DE serial: the cable serial modulo 10 000
    std::string label;     // "DE serial #1366"
    std::string name;      // "the DE line"
    Witness witness() const { return {at, label, name}; }
};

inline bool serial_agrees(const SerialVoter& v, long value, bool mod) {
    if (v.mod || mod) return v.value % 10000 == value % 10000;
    return v.value == value;
}

// The serials the page markers carry, tallied once: the most common one and the runner-up (a tie goes to the
// smaller serial), each with its first two markers.
struct MarkerSerial {
    long value = 0;
    int count = 0;
    const SerialVoter* first = nullptr;
    const SerialVoter* second = nullptr;
    // More common, or as common and smaller.
    bool beats(const MarkerSerial& o) const { return count > o.count || (count == o.count && value < o.value); }
};

struct Serials {
    std::optional<SerialVoter> id, banner, de;
    std::vector<SerialVoter> markers;
    MarkerSerial most, runner_up;   // count 0: none (they point into `markers`: a Serials is moved, never copied)
    Serials() = default;
    Serials(Serials&&) = default;
    Serials(const Serials&) = delete;
    Serials& operator=(const Serials&) = delete;
};

// Serials::most and runner_up from Serials::markers.
inline void tally_markers(Serials& s) {
    std::map<long, MarkerSerial> tally;
    for (const SerialVoter& v : s.markers) {
        MarkerSerial& t = tally[v.value];
        t.value = v.value;
        if (t.count++ == 0) t.first = &v;
        else if (t.count == 2) t.second = &v;
    }
    s.most = s.runner_up = MarkerSerial{};
    for (const auto& [value, t] : tally) {
        if (t.beats(s.most)) {
            s.runner_up = s.most;
            s.most = t;
        } else if (t.beats(s.runner_up)) {
            s.runner_up = t;
        }
    }
}

inline Serials serials(const Document& doc) {
    Serials s;
    bool id_malformed = false;
    for (const SyntaxError& e : doc.errors)
        if (e.kind == SyntaxError::Kind::identifier) id_malformed = true;
    if (!id_malformed) {
        if (const auto id = doc.wrapper.id) {
            if (const auto& v = id->serial_no)
                s.id = SerialVoter{id->serial, *v, false, "identifier " + std::string(wrapper_header::trimmed(doc.wrapper.identifier)),
                                   "the page Identifier"};
        }
    }
    const Banner& b = doc.text.banner;
    if (present(b.serial) && !b.serial.empty()) {
        if (const auto& v = b.serial_no)
            s.banner = SerialVoter{b.serial, *v, false, "banner serial " + std::string(b.serial), "the banner"};
    }
    if (present(doc.header.de.ssn)) {
        if (const auto& v = doc.header.de.ssn_no)
            s.de = SerialVoter{doc.header.de.ssn, *v, true, "DE serial #" + std::string(doc.header.de.ssn), "the DE line"};
    }
    for (const PageMarker& m : doc.text.markers) {   // one voter per marker, in the same order
        s.markers.push_back(SerialVoter{m.serial, static_cast<long>(m.serial_no), false, "page marker " + collapse_spaces(m.text), "the page markers"});
    }
    tally_markers(s);
    return s;
}
inline Serials serials(const CheckContext& ctx) { return serials(ctx.doc); }

// The witnesses among `voters` for value A against value B (agreeing with A and not with B).
inline std::vector<Witness> serial_witnesses(const std::vector<const SerialVoter*>& voters, const SerialVoter& a,
                                             const SerialVoter& b) {
    std::vector<Witness> out;
    for (const SerialVoter* v : voters) {
        if (v == nullptr) continue;
        if (serial_agrees(*v, a.value, a.mod) && !serial_agrees(*v, b.value, b.mod)) out.push_back(v->witness());
    }
    return out;
}

// The page markers other than `except` as one voter: the most common marker serial among them (markers repeat
// one serial, so they count once however many pages there are).
// From the tally (Serials::most, runner_up), so that asking for every marker in turn stays linear.
inline std::optional<SerialVoter> markers_voter(const Serials& s, const SerialVoter* except = nullptr) {
    const bool member = except != nullptr && !s.markers.empty() && except >= &s.markers.front() && except <= &s.markers.back();
    if (s.most.count == 0) return std::nullopt;
    if (!member || except->value != s.most.value) return *s.most.first;
    // Without `except`, its serial counts one less and its first other marker stands for it.
    MarkerSerial most = s.most;
    --most.count;
    if (most.first == except) most.first = most.second;
    const MarkerSerial* best = most.count > 0 ? &most : nullptr;
    if (s.runner_up.count > 0 && (best == nullptr || s.runner_up.beats(*best))) best = &s.runner_up;
    if (best == nullptr) return std::nullopt;
    return *best->first;
}

// Origin tokens: letters and digits, upper case ("BUENOS AIRES" → "BUENOSAIRES"). A page marker carries the origin
// cut to 10 characters ("BUENOS AIR"), and RPO DUBAI cables write DUBAI: a marker token agrees with a longer token
// that starts with it (cut) or ends with it (a prefix word dropped).
inline bool origin_tokens_agree(const std::string& a, bool a_marker, const std::string& b, bool b_marker) {
    if (a.empty() || b.empty()) return false;
    if (a == b) return true;
    auto fits = [](const std::string& marker, const std::string& full) {
        return marker.size() >= 4 && marker.size() < full.size() &&
               (full.compare(0, marker.size(), marker) == 0 ||
                full.compare(full.size() - marker.size(), marker.size(), marker) == 0);
    };
    if (a_marker && fits(a, b)) return true;
    if (b_marker && fits(b, a)) return true;
    return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Classification: page Classification, FL4 letters, banner level, as ranks (U/SBU/EFTO/LOU 0, C 1, S 2, TS 3).

struct ClassVotes {
    std::optional<int> page, fl4, banner;
    bool fl4_efto = false;
    Field page_at, fl4_at, banner_at;
    std::string page_str, fl4_str, banner_str;
};

inline ClassVotes class_votes(const CheckContext& ctx) {
    ClassVotes v;
    const Document& doc = ctx.doc;
    if (doc.wrapper.present && present(doc.wrapper.classification)) {
        if (const auto p = doc.wrapper.page_class) {
            v.page = p->rank;
            v.page_at = wrapper_header::trimmed(doc.wrapper.classification);
            v.page_str = wrapper_header::shown(v.page_at);
        }
    }
    const SecurityLine& sec = doc.header.security;
    if (present(sec.letters) && !sec.letters.empty()) {
        const Level l = wrapper_header::fl4_level(sec.letters[0]);
        if (l != Level::none) {
            v.fl4 = level_rank(l);
            v.fl4_efto = l == Level::efto;
            v.fl4_at = sec.letters;
            v.fl4_str = wrapper_header::shown(sec.line);
        }
    }
    const Banner& b = doc.text.banner;
    if (present(b.line) && b.level_id != Level::none) {
        v.banner = level_rank(doc.level());
        v.banner_at = present(b.level) ? b.level : b.line;
        v.banner_str = level_name(doc.level());
    }
    return v;
}


// ---------------------------------------------------------------------------------------------------------------
// Origin: the post a spelling names (R9), as station tokens (rules/data/origins.yaml keys "banner:", "fm:", "de:",
// "page:"; unlisted spellings lose their usual prefixes and spaces).

// The alternatives of a vocabulary value ("ALMATY | ASTANA"), trimmed, empty ones dropped.
inline std::vector<std::string_view> alternatives(std::string_view v) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i <= v.size()) {
        const std::size_t j = std::min(v.find('|', i), v.size());
        if (const std::string_view t = trim(v.substr(i, j - i)); !t.empty()) out.push_back(t);
        i = j + 1;
    }
    return out;
}

inline std::vector<std::string> split_stations(std::string_view v) {
    std::vector<std::string> out;
    for (std::string_view a : alternatives(v))
        if (std::string t = wrapper_header::origin_token(a); !t.empty()) out.push_back(std::move(t));
    return out;
}

enum class OriginKind { banner, fm, de, page };

// The stations a post name names: the origins vocabulary's entry for the spelling (prefix and post, as written), else
// the post's own token (the grammar has taken off the office prefix and the `//` office). DE RIs are known only
// from the vocabulary.
inline std::vector<std::string> stations(const CheckContext& ctx, OriginKind kind, const PostName& p) {
    static constexpr const char* where[] = {"banner:", "fm:", "de:", "page:"};
    const Field name = present(p.name) ? p.name : p.post;
    if (const std::string_view* v = ctx.vocab.lookup("origins", where[static_cast<int>(kind)] + collapse_spaces(name)))
        return split_stations(*v);
    if (kind == OriginKind::de) return {};
    const std::string t = wrapper_header::origin_token(p.post);
    if (t.empty()) return {};
    return {t};
}
// A banner origin or a DE RI: the field is the post.
inline std::vector<std::string> stations(const CheckContext& ctx, OriginKind kind, Field post) {
    return stations(ctx, kind, PostName{post, {}, post, {}});
}

// Do two station lists name one post? Equal tokens, or one ends with the other (USEU BRUSSELS / BRUSSELS,
// IRAN RPO DUBAI / RPO DUBAI: naming differences R9 accepts).
inline bool same_post(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (const std::string& x : a)
        for (const std::string& y : b) {
            if (x == y) return true;
            const std::string& lo = x.size() < y.size() ? x : y;
            const std::string& hi = x.size() < y.size() ? y : x;
            if (lo.size() >= 4 && hi.compare(hi.size() - lo.size(), lo.size(), lo) == 0) return true;
        }
    return false;
}


}  // namespace cablelint::majority
