// T701 tags-missing: no TAGS line in the text (a TAGS list run onto the E.O. line counts as one; T702 reports it).
#include "cable_text.hpp"

namespace cablelint::check_T701 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    if (present(doc.text.tags.line) || present(doc.text.eo.tags_runon)) return;
    if (!doc.recognisable()) return;   // F908
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
}  // namespace cablelint::check_T701
