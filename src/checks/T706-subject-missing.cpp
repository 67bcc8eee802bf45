// T706 subject-missing: no SUBJECT line in the text.
#include "text_scan.hpp"

namespace cablelint {
namespace {

// A SUBJECT line under a label the grammar did not take ("SUBJ", "Subject", "SUBJECT" without colon): T707's
// business, not a missing line.
bool subject_label_in_text(const Document& doc) {
    return present(text_scan::untaken_label(doc, text_scan::subject_label_line()));
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    if (present(doc.text.subject.line)) return;
    if (!cable_text::recognisable_cable(doc)) return;   // F908
    if (subject_label_in_text(doc)) return;
    std::vector<Related> related;
    if (present(doc.wrapper.title) && !trim(doc.wrapper.title).empty()) {
        related.push_back(ctx.related(trim(doc.wrapper.title), "the page title is " + collapse_spaces(doc.wrapper.title)));
    }
    ctx.report(cable_text::text_start(ctx.src, doc), {}, std::move(related));
}

}  // namespace
CABLELINT_CHECK("T706", check)
}  // namespace cablelint
