// E410 decl-date-format: a DECL (or DNG) date in a form other than MM/DD/YYYY: YYYY/MM/DD, YYYY-MM-DD, M/D/YYYY
// (unpadded), MM/DD/YY (two-digit year), MM.DD.YYYY or MM-DD-YYYY (another separator); the form is named as written. Valid either way, so info. Dates that are no calendar date are E406's;
// the `GDS <m/d/yy>` instruction of E.O. 12065 writes its date that way by design and is left alone. The fix writes the
// canonical form; with a two-digit year it is an unsafe fix (the century is the date reader's guess).
#include "check.hpp"
#include "checks/decl_instruction.hpp"
#include "dates.hpp"
#include "util.hpp"

namespace cablelint::check_E410 {
namespace {

std::string two(int n) {
    std::string s = std::to_string(n);
    if (n < 10) s.insert(s.begin(), '0');
    return s;
}

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
    const DeclDate& d = *in.date;
    std::string form = d.form();
    if (d.two_digit_year && !d.padded) form += " (two-digit year, no leading zeros)";
    else if (d.two_digit_year) form += " (two-digit year)";
    else if (!d.padded) form += " (no leading zeros)";
    const std::string canonical = two(d.month) + "/" + two(d.day) + "/" + std::to_string(d.year);
    ctx.report(in.date_field, {{"date", std::string(in.date_field)}, {"form", form}, {"canonical", canonical}});
    // A two-digit year's century is the reader's guess: that fix needs a look.
    ctx.fix({{ctx.src.span_of(in.date_field), canonical}}, /*safe=*/!d.two_digit_year);
}

}  // namespace
CABLELINT_CHECK("E410", check)
}  // namespace cablelint::check_E410
