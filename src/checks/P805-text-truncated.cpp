// P805 text-truncated: the text stops mid-way (document_kind.hpp `Truncation`): its last line ends in "..." (a cut
// copy) or in line noise (`The mo~97@Q5OQg`, a garbled end), or nothing follows the head block (banner …
// SUBJECT/REF/Classified By, no paragraph). Partial extracts say so themselves and are not reported. What the cut
// removed is not reported again by the missing-field rules (catalogue `explains:`).
#include "check.hpp"
#include "checks/cable_text.hpp"

namespace cablelint::check_P805 {
namespace {

void check(CheckContext& ctx) {
    const Truncation& t = ctx.facts.kind.truncation;
    const Field l = t.last_line;
    switch (t.how) {
        case Truncation::How::none: return;
        case Truncation::How::ellipsis:
            ctx.report(t.at, {{"tail", cable_text::quoted(l.size() > 60 ? l.substr(l.size() - 60) : l)}});
            return;
        case Truncation::How::line_noise:
            ctx.report(t.at, {{"noise", std::string(t.at)},
                              {"tail", cable_text::quoted(l.size() > 60 ? l.substr(l.size() - 60) : l)}},
                       {}, "noise");
            return;
        case Truncation::How::after_head:
            ctx.report(t.at, {{"field", collapse_spaces(t.at.size() > 40 ? t.at.substr(0, 40) : t.at)}}, {}, "head");
            return;
    }
}

}  // namespace
CABLELINT_CHECK("P805", check)
}  // namespace cablelint::check_P805
