// Portion marks and captions, shared by C505 (portion-noforn-uncaptioned), C506 (portion-missing), C507
// (portion-malformed), C510 (caption-conflict) and C511 (sbu-context): what a mark says (level, controls), where
// the marks of a cable are (paragraphs, the SUBJECT), and which caption words the head of the text carries.
// Vocabularies: rules/data/portion-marks.yaml (mark tokens), rules/data/captions.yaml (caption kinds).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "cable_text.hpp"

namespace cablelint::portion {

inline bool alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline bool alnum(char c) { return alpha(c) || (c >= '0' && c <= '9'); }

// A portion mark read into its parts. Views into the document.
struct Mark {
    Field whole;                     // "(S//NF)"
    Field level;                     // "S"
    std::vector<Field> separators;   // "//" (one per control)
    std::vector<Field> controls;     // "NF"; a release marking is one control "REL NATO, ISAF"
    bool noforn = false;             // an NF / NOFORN control, or SBU/N
    bool sbu = false;                // level SBU
};

// Read a mark the grammar accepted ("(S/NF)", "(C NF)", "(S//REL TO USA, FVEY)"); nullopt if it is no mark.
inline std::optional<Mark> read(Field whole) {
    if (!present(whole) || whole.size() < 3 || whole.front() != '(' || whole.back() != ')') return std::nullopt;
    Mark m;
    m.whole = whole;
    const Field in = whole.substr(1, whole.size() - 2);
    std::size_t i = 0;
    while (i < in.size() && alpha(in[i])) ++i;
    m.level = in.substr(0, i);
    if (m.level.empty()) return std::nullopt;
    m.sbu = iequals(m.level, "SBU");
    while (i < in.size()) {
        const std::size_t s = i;
        while (i < in.size() && (in[i] == '/' || in[i] == ' ' || in[i] == ',')) ++i;
        m.separators.push_back(in.substr(s, i - s));
        const std::size_t c = i;
        while (i < in.size() && (alnum(in[i]) || in[i] == '-')) ++i;
        Field control = in.substr(c, i - c);
        if (iequals(control, "REL")) {
            control = in.substr(c);   // the release list runs to the end
            i = in.size();
        }
        m.controls.push_back(control);
        if (iequals(control, "NF") || iequals(control, "NOFORN") || (m.sbu && iequals(control, "N"))) m.noforn = true;
        if (i == s) break;   // no progress: not a mark we can read
    }
    return m;
}

// A leading "(C)" of the SUBJECT text, or a trailing one on its last line (as C504 reads it).
inline Field subject_mark(const Subject& s) {
    if (present(s.first)) {
        const Field f = trim(s.first);
        if (!f.empty() && f.front() == '(') {
            const auto close = f.find(')');
            if (close != Field::npos && close <= 24) return f.substr(0, close + 1);
        }
    }
    if (!s.lines.empty()) {
        const Field last = trim(s.lines.back());
        if (!last.empty() && last.back() == ')') {
            const auto open = last.rfind('(');
            if (open != Field::npos && last.size() - open <= 24) return last.substr(open);
        }
    }
    return {};
}

// Where a mark stands, for messages: "paragraph 3", "the SUBJECT".
struct Placed {
    Mark mark;
    std::string where;
    const Paragraph* paragraph = nullptr;
};

// The portion marks of the cable the grammar read: the SUBJECT's, then each numbered paragraph's.
inline std::vector<Placed> marks(const Document& doc) {
    std::vector<Placed> out;
    if (auto m = read(subject_mark(doc.text.subject))) out.push_back({*m, "the SUBJECT"});
    for (const Paragraph& p : doc.text.paragraphs) {
        if (auto m = read(p.mark)) out.push_back({*m, "paragraph " + std::string(trim(p.number)), &p});
    }
    return out;
}

// Does `line` carry `word` as a caption word: a whole word, outside parentheses (a portion mark "(S/NOFORN)" or
// a note "(NOFORN CAPTION ADDED)" is no caption), case-insensitive?
inline bool caption_word(Field line, std::string_view word) {
    const std::string up = cable_text::upper(line);
    const std::string w = cable_text::upper(word);
    int depth = 0;
    for (std::size_t i = 0; i < up.size(); ++i) {
        if (up[i] == '(') ++depth;
        else if (up[i] == ')' && depth > 0) --depth;
        if (depth > 0 || up.compare(i, w.size(), w) != 0) continue;
        const bool before = i == 0 || !alnum(up[i - 1]);
        const bool after = i + w.size() >= up.size() || !alnum(up[i + w.size()]);
        if (before && after) return true;
    }
    return false;
}

// A "C O R R E C T E D COPY (…)" line: a record of what a retransmission changed, not a caption.
inline bool corrected_copy(Field line) {
    std::string letters;
    for (char c : line) {
        if (alpha(c)) letters.push_back(c >= 'a' ? char(c - 'a' + 'A') : c);
        if (letters.size() >= 10) break;
    }
    return letters.starts_with("CORRECTCOP") || letters.starts_with("CORRECTEDC");
}

// The lines of the caption block that may carry a caption word: the caption lines, the addressee lines (combined
// forms such as "NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS" are taken for FOR lines) and the banner line
// (a run-on "S E C R E T//NOFORN"); corrected-copy notes left out.
inline std::vector<Field> caption_lines(const Document& doc) {
    std::vector<Field> out;
    for (Field c : doc.text.captions) {
        if (!corrected_copy(c)) out.push_back(c);
    }
    for (Field c : doc.text.for_lines) out.push_back(c);
    if (present(doc.text.banner.line)) out.push_back(doc.text.banner.line);
    // The second copy of the head block (spec §1, R45): when the copies differ, its caption lines may be the ones
    // the first copy lacks (06LAPAZ3400: NOFORN only in the second copy). Its lines up to the E.O. line.
    // (The model's copy may end mid-line, so read on in the text region to the E.O. line.)
    Field dup = doc.text.duplicate_head;
    const Field region = doc.text.region;
    if (present(dup) && present(region) && dup.data() >= region.data() && dup.data() < region.data() + region.size()) {
        dup = region.substr(static_cast<std::size_t>(dup.data() - region.data()));
    }
    if (present(dup) && doc.text.duplicate_head_differs) {
        std::size_t s = 0;
        bool first = true;
        while (s < dup.size()) {
            std::size_t e = dup.find('\n', s);
            if (e == Field::npos) e = dup.size();
            const Field l = trim(dup.substr(s, e - s));
            s = e + 1;
            if (first) { first = false; continue; }   // the banner
            if (istarts_with(l, "E.O") || istarts_with(l, "EO ") || istarts_with(l, "TAGS") || istarts_with(l, "SUBJ") ||
                istarts_with(l, "1.")) break;
            if (!l.empty() && !corrected_copy(l)) out.push_back(l);
        }
    }
    return out;
}

// The first caption line carrying `word` (see caption_word); absent if none.
inline Field find_caption(const Document& doc, std::string_view word) {
    for (Field l : caption_lines(doc)) {
        if (caption_word(l, word)) return l;
    }
    return {};
}

}  // namespace cablelint::portion

namespace cablelint::portion {

// The verdict on a parenthesized group that stands where a portion mark goes.
struct Verdict {
    enum Kind { valid, malformed, tolerated, not_a_mark } kind = not_a_mark;
    std::string problem;    // malformed: what is wrong
    std::string expected;   // malformed: the mark as it should be written
    std::string level;      // the level, upper case, when known
};

// What a token of a mark is per rules/data/portion-marks.yaml: "level", "control", "release" or "".
inline std::string token_kind(const Vocabularies& v, std::string_view token) {
    if (token.empty()) return "";
    const std::string* k = v.lookup("portion-marks", token);
    return k ? *k : "";
}

inline std::string spelled_level(std::string_view word) {
    const std::string w = cable_text::upper(word);
    if (w == "SECRET") return "S";
    if (w == "CONFIDENTIAL") return "C";
    if (w == "UNCLASSIFIED" || w == "UNCLAS") return "U";
    return "";
}

// Judge "(…)" (with its parentheses). `banner_letter` fills the level of a mark that has none ("(/Rel UK)").
inline Verdict judge(const Vocabularies& v, Field whole, std::string_view banner_letter = "C") {
    Verdict out;
    if (!present(whole) || whole.size() < 3 || whole.front() != '(' || whole.back() != ')') return out;
    const Field content = whole.substr(1, whole.size() - 2);
    for (char c : content) {
        if (!alnum(c) && c != '/' && c != ' ' && c != ',' && c != '-') return out;
    }
    const Field t = trim(content);
    if (t.empty()) return out;
    const bool spaces = t.size() != content.size();
    std::vector<std::string> problems;
    if (spaces) problems.push_back("spaces inside the parentheses");
    // The level.
    std::size_t i = 0;
    while (i < t.size() && alpha(t[i])) ++i;
    const std::string first = cable_text::upper(t.substr(0, i));
    std::string level;
    std::string glued;   // "SNF": the control glued to the level
    if (first.empty()) {
        if (t.front() != '/') return out;
        level = std::string(banner_letter);
        problems.push_back("it has no classification level before \"" + std::string(t) + "\"");
    } else if (token_kind(v, first) == "level") {
        level = first;
    } else if (!spelled_level(first).empty()) {
        level = spelled_level(first);
        problems.push_back("the level is spelled out (\"" + first + "\")");
    } else {
        for (std::string_view l : {"SBU", "TS", "C", "S", "U"}) {
            if (first.starts_with(l) && token_kind(v, first.substr(l.size())) == "control") {
                level = std::string(l);
                glued = first.substr(l.size());
                problems.push_back("no slash between the level " + level + " and " + glued);
                break;
            }
        }
        if (level.empty()) return out;
    }
    out.level = level;
    std::string expected = "(" + level;
    if (!glued.empty()) expected += "/" + glued;
    // The controls.
    while (i < t.size()) {
        const std::size_t s = i;
        while (i < t.size() && (t[i] == '/' || t[i] == ' ' || t[i] == ',' || t[i] == '-')) ++i;
        const std::string sep(t.substr(s, i - s));
        const std::size_t c = i;
        while (i < t.size() && alnum(t[i])) ++i;
        const std::string control = cable_text::upper(t.substr(c, i - c));
        if (control.empty()) return out;
        const std::string kind = token_kind(v, control);
        if (control == "ENTIRE" && cable_text::upper(t.substr(c)) == "ENTIRE TEXT") {
            out.kind = Verdict::tolerated;   // "(C - ENTIRE TEXT)": the overall marking of older cables
            return out;
        }
        if (kind.empty() || kind == "level" || (control == "N" && level != "SBU")) {
            // A word that is no control: no mark at all, unless the rest is clearly one ("(S/XYZ)").
            if (sep != "/" && sep != "//") return out;
            problems.push_back("\"" + control + "\" is not a known control marking (NF, NOFORN, FGI, FOUO, REL …)");
            expected += sep + control;
            continue;
        }
        const bool good_sep = sep == "/" || sep == "//" || (s == 0 && first.empty());
        if (!good_sep) problems.push_back("\"" + sep + "\" between the parts where a slash belongs");
        expected += (sep == "//" ? "//" : "/") + control;
        if (kind == "release") {
            expected += std::string(t.substr(i));   // the release list as written
            break;
        }
    }
    expected += ")";
    if (problems.empty()) {
        out.kind = Verdict::valid;
        return out;
    }
    out.kind = Verdict::malformed;
    for (std::size_t k = 0; k < problems.size(); ++k) out.problem += (k ? "; " : "") + problems[k];
    out.expected = expected;
    return out;
}

// The parenthesized group at the start of `text` (after a paragraph number), up to 30 characters; absent if none.
inline Field leading_group(Field text) {
    text = trim(text);
    if (text.empty() || text.front() != '(') return {};
    const auto close = text.find(')');
    if (close == Field::npos || close > 80) return {};
    return text.substr(0, close + 1);
}

// A mark with a parenthesis missing at the start of `text`: "C) Summary" (no opening one), "(C XXXXXXXXXXXX said"
// (no closing one). Upper-case levels only. `problem` and `expected` are filled when found.
inline Field broken_mark(Field text, std::string& problem, std::string& expected) {
    static const RE2 open_missing(R"(^((?:SBU|TS|U|C|S)(?:/{1,2}(?:NF|NOFORN|FGI|FOUO))*)\))");
    static const RE2 close_missing(R"(^\(((?:SBU|TS|U|C|S)(?:/{1,2}(?:NF|NOFORN|FGI|FOUO))*) +[A-Z][A-Za-z]*\b)");
    text = trim(text);
    re2::StringPiece in(text.data(), text.size()), level;
    if (RE2::PartialMatch(in, open_missing, &level)) {
        problem = "the opening parenthesis is missing";
        expected = "(" + std::string(level.data(), level.size()) + ")";
        return text.substr(0, level.size() + 1);
    }
    if (RE2::PartialMatch(in, close_missing, &level)) {
        const Field group = text.substr(0, level.size() + 1);
        const auto close = text.find(')');
        if (close != Field::npos && close < 40) return {};   // "(C NF)" and other groups that do close
        problem = "the closing parenthesis is missing";
        expected = "(" + std::string(level.data(), level.size()) + ")";
        return group;
    }
    return {};
}

// The text of a paragraph line after its number and dot.
inline Field after_number(const Paragraph& p) {
    if (!present(p.line) || !present(p.number)) return {};
    std::size_t at = static_cast<std::size_t>(p.number.data() - p.line.data()) + p.number.size();
    if (at < p.line.size() && p.line[at] == '.') ++at;
    return p.line.substr(std::min(at, p.line.size()));
}

// The letter of the banner level for a mark: "C", "S", "TS", "U".
inline std::string level_letter(Level l) {
    switch (l) {
        case Level::confidential: return "C";
        case Level::secret: return "S";
        case Level::top_secret: return "TS";
        case Level::sbu: return "SBU";
        default: return "U";
    }
}

// The portion marks of the cable: the SUBJECT's and each numbered paragraph's, also those the grammar did not read
// as marks but that are well formed ("(S//REL TO USA, FVEY)", whose ", " the portion-mark grammar does not take).
inline std::vector<Placed> all_marks(const Vocabularies& v, const Document& doc) {
    std::vector<Placed> out;
    if (auto m = read(subject_mark(doc.text.subject))) out.push_back({*m, "the SUBJECT"});
    for (const Paragraph& p : doc.text.paragraphs) {
        Field group = p.mark;
        if (!present(group)) {
            group = leading_group(after_number(p));
            if (!present(group) || judge(v, group).kind != Verdict::valid) continue;
        }
        if (auto m = read(group)) out.push_back({*m, "paragraph " + std::string(trim(p.number)), &p});
    }
    return out;
}

}  // namespace cablelint::portion
