// P806 duplicate-head-block: the head block (banner … Classified By) printed twice by the page layout (spec §1,
// R45). An exact repeat (white space aside) is page chrome: info, the rule's severity. A second copy that differs is
// reported one step higher (warning) at the first difference, with the first copy's text there as related location.
#include "text_scan.hpp"

namespace cablelint::check_P806 {
namespace {

std::vector<Field> words(Field f) {
    std::vector<Field> out;
    std::size_t i = 0;
    while (i < f.size()) {
        while (i < f.size() && (f[i] == ' ' || f[i] == '\t' || f[i] == '\n')) ++i;
        std::size_t j = i;
        while (j < f.size() && !(f[j] == ' ' || f[j] == '\t' || f[j] == '\n')) ++j;
        if (j > i) out.push_back(f.substr(i, j - i));
        i = j;
    }
    return out;
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const Field dup = doc.text.duplicate_head;
    if (!present(dup) || !present(doc.text.banner.line)) return;
    const Field first = doc.text.first_head;
    // A first "copy" without the E.O. line is no head block: a repeat cable ("FOLLOWING STATE 127892 … IS BEING
    // REPEATED … QUOTE:") or a banner cut short before the real head.
    if (!present(doc.text.eo.line) || doc.text.eo.line.data() >= dup.data()) return;
    const auto dl = text_scan::lines_of(dup);
    const Field dup_first_line = trim(dl.front());
    const Related where = ctx.related(trim(doc.text.banner.line), "the first copy starts here");
    if (!doc.text.duplicate_head_differs) {
        ctx.report(dup_first_line, {{"lines", std::to_string(dl.size())}}, {where}, "default");
        return;
    }
    const std::vector<Field> a = words(first), b = words(dup);
    std::size_t k = 0;
    while (k < a.size() && k < b.size() && a[k] == b[k]) ++k;
    if (k < b.size()) {
        std::vector<Related> rel;
        if (k < a.size()) rel.push_back(ctx.related(a[k], "the first copy has `" + std::string(a[k]) + "` here"));
        ctx.report(b[k], {{"second", std::string(b[k])}, {"first", k < a.size() ? std::string(a[k]) : std::string("nothing")}},
                   std::move(rel), "differs", Shift::raised);
    } else {
        // The second copy stops early: the first copy has more.
        ctx.report(dup_first_line, {{"missing", collapse_spaces(a[k])}}, {ctx.related(a[k], "the first copy goes on here")},
                   "shorter", Shift::raised);
    }
}

}  // namespace
CABLELINT_CHECK("P806", check)
}  // namespace cablelint::check_P806
