// E408 decl-beyond-limit: the DECL date is more than `max_years` (default 25) after the cable's origination date
// without a 25X/50X exemption in the instruction (R13; E.O. 12958 §1.6: at most 25 years). The DTG date is the
// origination date; without a DTG the page's Created date stands in.
#include "check.hpp"
#include "checks/decl_instruction.hpp"
#include "util.hpp"

namespace cablelint::check_E408 {
namespace {

void check(CheckContext& ctx) {
    const EoLine& eo = ctx.doc.text.eo;
    if (!present(eo.line)) return;
    const decl::Instruction in = decl::read(eo);
    if (in.kind != decl::Kind::date || in.downgrade || in.exemption_25x) return;
    if (!in.date || !in.date->valid()) return;
    const auto& origin = ctx.facts.origination;
    if (!origin) return;
    const long max_years = ctx.option_int("max_years", 25);
    if (max_years <= 0) return;
    const Date limit = add_years(origin->date, static_cast<int>(max_years));
    const Date d = in.date->date();
    if (days_from_civil(d) <= days_from_civil(limit)) return;
    ctx.report(in.date_field,
               {{"date", std::string(in.date_field)},
                {"iso", iso_date(d)},
                {"span", decl::describe_span(origin->date, d)},
                {"origin", origin->name},
                {"max_years", std::to_string(max_years)},
                {"limit", iso_date(limit)}},
               {ctx.related(origin->where, "the cable is dated " + iso_date(origin->date))});
}

}  // namespace
CABLELINT_CHECK("E408", check)
}  // namespace cablelint::check_E408
