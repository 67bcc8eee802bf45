// P805 text-truncated: the text stops mid-way — its last line ends in "..." (a cut copy), or nothing follows the
// head block (banner … SUBJECT/REF/Classified By, no paragraph). Partial extracts say so themselves and are not
// reported.
#include "text_scan.hpp"

namespace cablelint {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    if (!present(doc.text.region) || text_scan::partial_extract(doc)) return;
    const std::vector<Field> last = text_scan::last_lines(ctx.src, doc, 1);
    if (last.empty()) return;
    const Field l = last.front();
    if (text_scan::ends_cut(l)) {
        const std::size_t dots = l.ends_with("...") ? 3 : 3;   // "..." or "…" (3 bytes)
        ctx.report(l.substr(l.size() - dots), {{"tail", cable_text::quoted(l.size() > 60 ? l.substr(l.size() - 60) : l)}});
        return;
    }
    // Nothing after the head block: the last line is a head field's label line (E.O., TAGS, SUBJECT, REF,
    // Classified By). Continuation lines are not used: the grammar may take an unnumbered paragraph into a REF block.
    if (!doc.text.paragraphs.empty()) return;
    const Text& t = doc.text;
    for (Field f : {t.eo.line, t.tags.line, t.subject.line, t.ref.line, t.classified_by.line}) {
        if (!present(f)) continue;
        const Field line = trim(f);
        if (line.data() <= l.data() && l.data() < line.data() + std::max<std::size_t>(line.size(), 1)) {
            ctx.report(l, {{"field", collapse_spaces(l.size() > 40 ? l.substr(0, 40) : l)}}, {}, "head");
            return;
        }
    }
}

}  // namespace
CABLELINT_CHECK("P805", check)
}  // namespace cablelint
