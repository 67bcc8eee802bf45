// T707 subject-label-malformed: the SUBJECT label spelled off its form: `SUBJ:` (the period's form in cables before
// 1995, not reported there), `SUBJECT` without colon, `Subject:` in an upper-case cable (a lower-cased cable writes
// all its labels that way). The grammar says which form it read. The fix writes `SUBJECT:`.
#include "text_scan.hpp"

namespace cablelint::check_T707 {
namespace {

// SUBJ: was the usual label before E.O. 12958's time (1995).
constexpr int kSubjUntil = 1995;

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const Subject& subject = doc.text.subject;
    if (!present(subject.label)) return;
    const Field label = trim(subject.label);
    const std::string shown = collapse_spaces(label);
    if (subject.label_form == SubjectLabelForm::subj) {
        if (const auto y = ctx.facts.cable_year; y && *y < kSubjUntil) return;
        ctx.report(label, {{"label", shown}});
    } else if (subject.label_end != LabelEnd::colon) {
        ctx.report(label, {{"label", shown}}, {}, "colon");
    } else if (shown != "SUBJECT:" && !text_scan::lowercased_cable(doc)) {
        ctx.report(label, {{"label", shown}}, {}, "case");
    } else {
        return;
    }
    ctx.fix({cable_text::relabel(ctx.src, label, "SUBJECT:")});
}

}  // namespace
CABLELINT_CHECK("T707", check)
}  // namespace cablelint::check_T707
