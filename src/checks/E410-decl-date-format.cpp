// E410 decl-date-format: a DECL (or DNG) date in a form other than MM/DD/YYYY: YYYY/MM/DD, YYYY-MM-DD, M/D/YYYY
// (unpadded), MM/DD/YY (two-digit year). Valid either way, so info. Dates that are no calendar date are E406's;
// the `GDS <m/d/yy>` instruction of E.O. 12065 writes its date that way by design and is left alone.
#include "check.hpp"
#include "checks/decl_instruction.hpp"
#include "dates.hpp"
#include "util.hpp"

namespace cablelint {
namespace {

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

void check(CheckContext& ctx) {
    const EoLine& eo = ctx.doc.text.eo;
    if (!present(eo.line)) return;
    const decl::Instruction in = decl::read(eo);
    if (in.kind != decl::Kind::date && in.kind != decl::Kind::exemption) return;
    if (!in.date || !in.date->valid() || in.date->canonical()) return;
    if (!present(in.label)) {
        // Only the DECL instruction's own forms: "GDS 12/31/84" (E.O. 12065) writes M/D/YY by design.
        const Field text = trim(in.text);
        if (text.empty() || !(text.front() >= '0' && text.front() <= '9')) return;
    }
    const DateText& d = *in.date;
    std::string form;
    switch (d.form) {
        case DateForm::ymd_slash: form = "YYYY/MM/DD"; break;
        case DateForm::ymd_dash: form = "YYYY-MM-DD"; break;
        case DateForm::mdy:
            if (d.two_digit_year) form = d.padded ? "MM/DD/YY (two-digit year)" : "M/D/YY (two-digit year, no leading zeros)";
            else form = "M/D/YYYY (no leading zeros)";
            break;
    }
    const std::string canonical = two(d.month) + "/" + two(d.day) + "/" + std::to_string(d.year);
    ctx.report(in.date_field, {{"date", std::string(in.date_field)}, {"form", form}, {"canonical", canonical}});
}

}  // namespace
CABLELINT_CHECK("E410", check)
}  // namespace cablelint
