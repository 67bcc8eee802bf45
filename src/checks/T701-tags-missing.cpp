// T701 tags-missing: no TAGS line in the text (a TAGS list run onto the E.O. line counts as one; T702 reports it).
#include "text_scan.hpp"

namespace cablelint {
namespace {

// A TAGS line the grammar did not take as the field (odd label such as "TAGES", lower case): T702's business,
// not a missing line.
bool tags_label_in_text(const Document& doc) {
    return present(text_scan::untaken_label(doc, text_scan::tags_label_line()));
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    if (present(doc.text.tags.line) || present(doc.text.eo.tags_runon)) return;
    if (!cable_text::recognisable_cable(doc)) return;   // F908
    if (tags_label_in_text(doc)) return;
    std::vector<Related> related;
    if (present(doc.wrapper.tags_line) && !doc.wrapper.tags.empty()) {
        std::string tags;
        for (Field t : doc.wrapper.tags) tags += (tags.empty() ? "" : " ") + std::string(t);
        related.push_back(ctx.related(trim(doc.wrapper.tags_line), "the page Tags field lists " + tags));
    }
    ctx.report(cable_text::text_start(ctx.src, doc), {}, std::move(related));
}

}  // namespace
CABLELINT_CHECK("T701", check)
}  // namespace cablelint
