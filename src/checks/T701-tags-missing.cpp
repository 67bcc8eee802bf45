// T701 tags-missing: no TAGS line in the text (a TAGS list run onto the E.O. line counts as one; T702 reports it).
#include <re2/re2.h>

#include "cable_text.hpp"

namespace cablelint {
namespace {

// A TAGS line the grammar did not take as the field (odd label such as "TAGES", lower case): T702's business,
// not a missing line.
bool tags_label_in_text(const Document& doc) {
    if (!present(doc.text.region)) return false;
    static const RE2 re(R"((?im)^[ \t]*(?:tags?|tages)\b[ \t]*:?[ \t]*[A-Z])");
    return RE2::PartialMatch(cable_text::text_head(doc), re);
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
