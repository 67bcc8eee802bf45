// T706 subject-missing: no SUBJECT line in the text.
#include "cable_text.hpp"

namespace cablelint::check_T706 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    if (present(doc.text.subject.line)) return;
    if (!doc.recognisable()) return;   // F908
    std::vector<Related> related;
    if (present(doc.wrapper.title) && !trim(doc.wrapper.title).empty()) {
        related.push_back(ctx.related(trim(doc.wrapper.title), "the page title is " + collapse_spaces(doc.wrapper.title)));
    }
    ctx.report(cable_text::text_start(ctx.src, doc), {}, std::move(related));
}

}  // namespace
CABLELINT_CHECK("T706", check)
}  // namespace cablelint::check_T706
