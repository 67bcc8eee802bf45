// Portion marks and captions, shared by C504 (portion-exceeds-banner), C505 (portion-noforn-uncaptioned), C506
// (portion-missing), C507 (portion-malformed), C510 (caption-conflict) and C511 (sbu-context): where the marks of a
// cable are (the SUBJECT, the numbered paragraphs; the grammar read them, src/markings.hpp). Caption words are the
// model's (Document::caption_line_with). Vocabulary: rules/data/captions.yaml (caption kinds).
#pragma once

#include <string>
#include <vector>

#include "cable_text.hpp"

namespace cablelint::portion {

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
