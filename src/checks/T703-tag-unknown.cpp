// T703 tag-unknown: a TAGS token in no tag vocabulary (R38). Likely ISO country codes (RU for RS) get the FIPS
// 10-4 code as a hint; an unknown four-letter tag of a subject category is one step softer (the subject list is
// incomplete); a person's name written without parentheses after OVIP … is T705's.
#include "text_scan.hpp"

namespace cablelint::check_T703 {
namespace {

bool free_word(Field t) { return t.size() >= 5 && text_scan::all_alpha(t); }

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const std::vector<Field>& tags = doc.text.tags.tags;
    const Vocabularies& v = ctx.vocab;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const Field t = tags[i];
        if (text_scan::is_person_tag(t)) {
            i += text_scan::bare_name_length(v, tags, i + 1);   // T705
            continue;
        }
        if (text_scan::classify_tag(v, t) != text_scan::TagClass::unknown) continue;
        if (doc.redacted(t)) continue;   // `XXXXXXXXXXXX`: unknown, never wrong
        const std::string up = cable_text::upper(t);
        if (t.size() == 2) {
            if (const std::string_view* fips = v.lookup("geo-tags", t)) {
                ctx.report(t, {{"tag", up}, {"fips", std::string(*fips)}}, {}, "iso");
                continue;
            }
        }
        // "COUNTER TERRORISM", "POLITICAL PARTIES": words, not tags (one finding for the run).
        if (free_word(t) && i + 1 < tags.size() && free_word(tags[i + 1]) &&
            text_scan::classify_tag(v, tags[i + 1]) == text_scan::TagClass::unknown) {
            std::size_t j = i + 1;
            while (j + 1 < tags.size() && free_word(tags[j + 1]) && text_scan::classify_tag(v, tags[j + 1]) == text_scan::TagClass::unknown) ++j;
            const Field run(t.data(), static_cast<std::size_t>(tags[j].data() + tags[j].size() - t.data()));
            if (run.find('\n') == Field::npos) {
                ctx.report(run, {{"words", collapse_spaces(run)}}, {}, "words");
                i = j;
                continue;
            }
        }
        if (t.size() == 4 && text_scan::all_alpha(t) && text_scan::is_subject_letter(t[0])) {
            ctx.report(t, {{"tag", up}, {"letter", up.substr(0, 1)}}, {}, "subject", /*soft=*/true);
            continue;
        }
        ctx.report(t, {{"tag", up}});
    }
}

}  // namespace
CABLELINT_CHECK("T703", check)
}  // namespace cablelint::check_T703
