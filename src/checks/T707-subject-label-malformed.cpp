// T707 subject-label-malformed: the SUBJECT label spelled off its form: `SUBJ:`, `SUBJECT` without colon,
// `Subject:` in an upper-case cable (a lower-cased cable writes all its labels that way).
#include "text_scan.hpp"

namespace cablelint {
namespace {


void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    Field label = doc.text.subject.label;
    if (!present(label)) label = text_scan::untaken_label(doc, text_scan::subject_label_line());
    if (!present(label)) return;
    label = trim(label);
    const std::string shown = collapse_spaces(label);
    std::string word = cable_text::upper(shown);
    const bool colon = !word.empty() && word.back() == ':';
    while (!word.empty() && (word.back() == ':' || word.back() == ' ' || word.back() == '.')) word.pop_back();
    if (word != "SUBJECT") {
        ctx.report(label, {{"label", shown}});
    } else if (!colon) {
        ctx.report(label, {{"label", shown}}, {}, "colon");
    } else if (shown != "SUBJECT:" && !text_scan::lowercased_cable(doc)) {
        ctx.report(label, {{"label", shown}}, {}, "case");
    }
}

}  // namespace
CABLELINT_CHECK("T707", check)
}  // namespace cablelint
