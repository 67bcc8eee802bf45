// Portion marks and captions, shared by C504 (portion-exceeds-banner), C505 (portion-noforn-uncaptioned), C506
// (portion-missing), C507 (portion-malformed), C510 (caption-conflict) and C511 (sbu-context): where the marks of a
// cable are (the SUBJECT, the numbered paragraphs; the grammar read them, src/markings.hpp), and which caption words
// the head of the text carries. Vocabulary: rules/data/captions.yaml (caption kinds).
#pragma once

#include <string>
#include <vector>

#include "cable_text.hpp"

namespace cablelint::portion {

inline bool alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline bool alnum(char c) { return alpha(c) || (c >= '0' && c <= '9'); }

// A mark and where it stands, for messages: "paragraph 3", "the SUBJECT".
struct Placed {
    const PortionMark* mark = nullptr;
    std::string where;
    const Paragraph* paragraph = nullptr;
};

// The portion marks of the cable, well formed or not: the SUBJECT's, then each numbered paragraph's.
inline std::vector<Placed> marks(const Document& doc) {
    std::vector<Placed> out;
    if (doc.text.subject.mark.found()) out.push_back({&doc.text.subject.mark, "the SUBJECT"});
    for (const Paragraph& p : doc.text.paragraphs) {
        if (p.mark.found()) out.push_back({&p.mark, "paragraph " + std::string(trim(p.number)), &p});
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

// The lines of the caption block that may carry a caption word: the caption lines, the addressee lines (combined
// forms such as "NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS" are taken for FOR lines) and the banner line
// (a run-on "S E C R E T//NOFORN"). Corrected-copy captions are none (the grammar keeps them out of the block).
inline std::vector<Field> caption_lines(const Document& doc) {
    std::vector<Field> out = doc.text.captions;
    out.insert(out.end(), doc.text.for_lines.begin(), doc.text.for_lines.end());
    if (present(doc.text.banner.line)) out.push_back(doc.text.banner.line);
    // The second copy of the head block (spec §1, R45): when the copies differ, its caption lines may be the ones
    // the first copy lacks (06LAPAZ3400: NOFORN only in the second copy).
    if (doc.text.duplicate_head_differs)
        out.insert(out.end(), doc.text.duplicate_captions.begin(), doc.text.duplicate_captions.end());
    return out;
}

// The first caption line carrying `word` (see caption_word); absent if none.
inline Field find_caption(const Document& doc, std::string_view word) {
    for (Field l : caption_lines(doc)) {
        if (caption_word(l, word)) return l;
    }
    return {};
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

}  // namespace cablelint::portion
