// T702 tags-label-malformed: the TAGS label spelled off its form (`TAG`, `TAGES`), without its colon (a house style,
// reported one step softer), or the TAGS list run onto the E.O. line.
#include "text_scan.hpp"

namespace cablelint {
namespace {


void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const TagsLine& tags = doc.text.tags;
    Field label = tags.label;
    if (!present(label)) label = text_scan::untaken_label(doc, text_scan::tags_label_line());
    if (!present(label)) return;
    const std::string word = cable_text::upper(collapse_spaces(label));
    std::string bare = word;
    while (!bare.empty() && (bare.back() == ':' || bare.back() == ' ')) bare.pop_back();
    const bool colon = !word.empty() && word.back() == ':';
    const std::string shown = collapse_spaces(label);
    if (present(doc.text.eo.tags_runon)) {
        ctx.report(label, {{"label", shown}},
                   {ctx.related(trim(doc.text.eo.line), "the E.O. line")}, "runon");
        return;
    }
    if (bare != "TAGS") {
        ctx.report(label, {{"label", shown}});
    } else if (!colon) {
        ctx.report(label, {{"label", shown}}, {}, "colon", /*soft=*/true);
    }
}

}  // namespace
CABLELINT_CHECK("T702", check)
}  // namespace cablelint
