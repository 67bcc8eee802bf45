// T705 person-tag-name: OVIP, OREP, OEXC, OTRA, OCON (tags about individuals) must be followed by the person's
// name in parentheses, `OVIP (SURNAME, GIVEN)` (R39).
#include "text_scan.hpp"

namespace cablelint::check_T705 {
namespace {

void check(CheckContext& ctx) {
    const std::vector<Field>& tags = ctx.doc.text.tags.tags;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const Field t = tags[i];
        if (!text_scan::is_person_tag(t)) continue;
        const std::string tag = cable_text::upper(t);
        if (i + 1 < tags.size() && text_scan::classify_tag(ctx.vocab, tags[i + 1]) == text_scan::TagClass::person_name) continue;
        if (i + 1 < tags.size() && ctx.doc.redacted(tags[i + 1])) continue;   // the name, redacted: `OVIP XXXXXXXXXXXX`
        if (const std::size_t n = text_scan::bare_name_length(ctx.vocab, tags, i + 1)) {
            const Field first = tags[i + 1], last = tags[i + n];
            const Field name(first.data(), static_cast<std::size_t>(last.data() + last.size() - first.data()));
            std::string surname = cable_text::upper(first), given;
            for (std::size_t k = i + 2; k <= i + n; ++k) {
                if (!given.empty()) given += ' ';
                given += cable_text::upper(tags[k]);
            }
            ctx.report(name, {{"tag", tag}, {"name", collapse_spaces(name)},
                              {"expected", tag + " (" + surname + (given.empty() ? "" : ", " + given) + ")"}},
                       {}, "bare");
            i += n;
            continue;
        }
        ctx.report(t, {{"tag", tag}});
    }
}

}  // namespace
CABLELINT_CHECK("T705", check)
}  // namespace cablelint::check_T705
