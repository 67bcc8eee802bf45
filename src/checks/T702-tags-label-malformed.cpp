// T702 tags-label-malformed: the TAGS label spelled off its form (`TAG`, `TAGES`), without its colon (a house style,
// reported one step softer), or the TAGS list run onto the E.O. line. The grammar says which form it read. The fix
// writes `TAGS:` (a run-on line is left for a human: where the E.O. value ends is a judgement).
#include "cable_text.hpp"

namespace cablelint::check_T702 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const TagsLine& tags = doc.text.tags;
    const Field label = tags.label;
    if (!present(label)) return;
    const std::string shown = collapse_spaces(label);
    if (present(doc.text.eo.tags_runon)) {
        ctx.report(label, {{"label", shown}}, {ctx.related(trim(doc.text.eo.line), "the E.O. line")}, "runon");
        return;
    }
    if (tags.label_form != TagsLabelForm::tags) {
        ctx.report(label, {{"label", shown}});
        ctx.fix({cable_text::relabel(ctx.src, label, "TAGS:")});
    } else if (!tags.label_colon) {
        ctx.report(label, {{"label", shown}}, {}, "colon", /*soft=*/true);
        ctx.fix({cable_text::relabel(ctx.src, label, "TAGS:")});
    }
}

}  // namespace
CABLELINT_CHECK("T702", check)
}  // namespace cablelint::check_T702
