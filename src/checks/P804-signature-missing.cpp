// P804 signature-missing: the text does not end with a signature — the signer's surname alone on a line
// (`HOAGLAND`, `KEEGAN PAAL`, `Jeffrey`) or appended to the last paragraph (`… as warranted. McMullen`,
// `… FOR US. EIKENBERRY`). A signature among the last few lines counts (a post's "Visit … Classified Website" line,
// NNNN or markup may follow it). Partial extracts and cut texts (P805) are not reported.
#include "text_scan.hpp"

namespace cablelint {
namespace {

// "URS <br>": markup leftovers (F903) at the end of a line are not part of it.
Field strip_markup(Field l) {
    while (!l.empty() && l.back() == '>') {
        const auto lt = l.rfind('<');
        if (lt == Field::npos) break;
        l = trim(l.substr(0, lt));
    }
    return l;
}

bool signature_line(Field l, bool lowercased) {
    // "HOAGLAND", "KEEGAN PAAL", "Jeffrey", "LA LIME", "MURRAY .", "McMullen": capitalised words.
    static const RE2 names(R"(^\.?[A-Z][A-Za-z'\-]*(?:[ \t]+[A-Z][A-Za-z'\-]*){0,3}[ \t]*\.?$)");
    // In lower case ("curran", "Timken jr"): no sentence punctuation, at most three words.
    static const RE2 lower(R"(^[A-Za-z][A-Za-z'\-]*(?:[ \t]+[A-Za-z][A-Za-z'\-]*){0,1}$)");
    const re2::StringPiece in(l.data(), l.size());
    (void)lowercased;   // a signer typed in lower case ("curran") is still a signature
    return RE2::FullMatch(in, names) || RE2::FullMatch(in, lower);
}

bool appended(Field l) {
    // "… as warranted. McMullen", "….FARRAR", "… Dark Side.” Stroum", "…spoiled: 14 EIKENBERRY",
    // "…index. cfm Tuttle", "******** KURTZER"
    static const RE2 after_sentence(R"re((?:[.!?)"*:]|\xE2\x80\x9D)[ \t]*[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+){0,2}[ \t]*\.?$)re");
    static const RE2 caps_name(R"([ \t][A-Z]{3,}(?:[ \t]+[A-Z]{2,}){0,2}[ \t]*\.?$)");
    static const RE2 after_url(R"((?:cfm|Kingdom|Turkey|index\.\S*)[ \t]+[A-Z][A-Za-z'\-]+[ \t]*$)");
    const re2::StringPiece in(l.data(), l.size());
    if (RE2::PartialMatch(in, after_url)) return true;
    if (RE2::PartialMatch(in, after_sentence)) {
        // Not a sentence that merely ends in a capitalised word: "End Comment.", "Regards."
        static const RE2 stock(R"((?i)(?:end (?:of )?(?:comment|summary|note|text|cable)|regards|thanks|thank you)[ \t]*\.?$)");
        return !RE2::PartialMatch(in, stock);
    }
    // An all-capitals name after lower-case text ("… spoiled: 14 EIKENBERRY").
    bool lower = false;
    for (char c : l) lower = lower || text_scan::is_lower(c);
    return lower && RE2::PartialMatch(in, caps_name);
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    if (!present(doc.text.region) || text_scan::partial_extract(doc)) return;
    if (!cable_text::recognisable_cable(doc)) return;
    const std::vector<Field> last = text_scan::last_lines(ctx.src, doc, 4);
    if (last.empty()) return;
    if (text_scan::ends_cut(last.front())) return;   // P805
    for (Field l : last) {
        if (signature_line(strip_markup(l), text_scan::lowercased_cable(doc))) return;
    }
    if (appended(strip_markup(last.front()))) return;
    // A text that ends in its head block is cut (P805), not unsigned.
    const Field head = text_scan::head_end(doc);
    if (doc.text.paragraphs.empty() && present(head) && last.front().data() <= head.data() + head.size()) return;
    std::string tail(last.front());
    if (tail.size() > 60) {
        std::size_t cut = tail.size() - 60;
        while (cut < tail.size() && (static_cast<unsigned char>(tail[cut]) & 0xC0) == 0x80) ++cut;
        tail = "…" + tail.substr(cut);
    }
    ctx.report(last.front(), {{"tail", tail}});
}

}  // namespace
CABLELINT_CHECK("P804", check)
}  // namespace cablelint
