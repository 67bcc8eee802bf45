// E402 eo-malformed: the E.O. line spelled off the canonical `E.O. NNNNN: ` (spec §3.4). Reported: a label other
// than `E.O.` (`E.O`, `E. O.`, `E.0.` with a zero, `E.o.`), a colon before the number, no colon after it.
// The short form `EO 12958 DECL: …` (a third of real cables, consistently without dots and colon) is reported
// one step softer by default (option `short_form`: soft | report | ignore). A cable whose text was lower-cased
// as a whole (`E.o. 12958: decl: …`, spec §6) writes `E.o.` by the case change, not by a typo.
// Which form the line has is which production of grammar/head.hpp matched. The fix writes `E.O. NNNNN:`.
#include "check.hpp"
#include "util.hpp"

namespace cablelint::check_E402 {
namespace {

bool has_lower(Field s) {
    if (!present(s)) return false;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return true;
    }
    return false;
}

// A lower-cased text: its banner or its DECL label is in lower case too ("S e c r e t", "decl:").
bool lowercased(const Document& doc) {
    return has_lower(doc.text.eo.decl_label) || has_lower(doc.text.banner.level) || has_lower(doc.text.banner.origin);
}

const char* label_problem(EoLabelForm form) {
    switch (form) {
        case EoLabelForm::no_final_dot: return "the label lacks its final dot";
        case EoLabelForm::spaced: return "a space inside the label";
        case EoLabelForm::zero: return "the label has the digit 0 for the letter O";
        case EoLabelForm::lower_case: return "the label is not in capitals";
        default: return nullptr;
    }
}

void check(CheckContext& ctx) {
    const EoLine& eo = ctx.doc.text.eo;
    if (!present(eo.line) || !present(eo.label) || !present(eo.number) || eo.number.empty()) return;
    const Field label = eo.label;
    const Field end = present(eo.number_colon) ? eo.number_colon : eo.number;
    const std::string written = collapse_spaces(Field(label.data(), static_cast<std::size_t>(end.data() + end.size() - label.data())));
    const std::string expected = "E.O. " + std::string(eo.number) + ":";
    std::vector<std::string> problems;
    const bool short_form = eo.label_form == EoLabelForm::short_form;
    if (short_form) {
        if (present(eo.colon_before)) problems.push_back("a colon between EO and the number");
    } else {
        const bool lower_ok = eo.label_form == EoLabelForm::lower_case && lowercased(ctx.doc);
        if (const char* p = label_problem(eo.label_form); p && !lower_ok) problems.push_back(p);
        if (present(eo.colon_before)) problems.push_back("a colon before the number");
        if (!present(eo.number_colon)) problems.push_back("no colon after the number");
    }
    const Span span{ctx.src.span_of(label).begin, ctx.src.span_of(eo.number).end};
    const Span written_span{span.begin, ctx.src.span_of(end).end};   // the fix rewrites the label through its colon
    if (problems.empty()) {
        if (!short_form) return;
        const std::string mode = ctx.option_string("short_form", "soft");
        if (mode == "ignore") return;
        ctx.report(span, {{"written", written}, {"expected", expected}}, {}, "short", mode != "report");
        ctx.fix({{written_span, expected}});
        return;
    }
    std::string problem;
    for (std::size_t i = 0; i < problems.size(); ++i) problem += (i ? "; " : "") + problems[i];
    ctx.report(span, {{"written", written}, {"problem", problem}, {"expected", expected}});
    ctx.fix({{written_span, expected}});
}

}  // namespace
CABLELINT_CHECK("E402", check)
}  // namespace cablelint::check_E402
