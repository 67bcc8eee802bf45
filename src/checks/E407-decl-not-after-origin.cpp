// E407 decl-not-after-origin: the DECL (or DNG) date is on or before the date the cable was originated (R13):
// a cable cannot be declassified before it was written. The DTG date is the origination date; without a DTG the
// page's Created date stands in. Points at the DECL date (the likelier typo) with the DTG as related location.
#include "check.hpp"
#include "checks/decl_instruction.hpp"
#include "util.hpp"

namespace cablelint::check_E407 {
namespace {

void check(CheckContext& ctx) {
    const EoLine& eo = ctx.doc.text.eo;
    if (!present(eo.line)) return;
    const decl::Instruction in = decl::read(eo);
    if (!in.date || !in.date->valid()) return;
    if (in.kind != decl::Kind::date && in.kind != decl::Kind::exemption) return;
    const auto& origin = ctx.facts.origination;
    if (!origin) return;
    const Date d = in.date->date();
    if (days_from_civil(d) > days_from_civil(origin->date)) return;
    const long before = days_from_civil(origin->date) - days_from_civil(d);
    const std::string relation = before == 0 ? "the same day as" : decl::describe_span(d, origin->date) + " before";
    ctx.report(in.date_field,
               {{"label", in.downgrade ? "DNG" : "DECL"},
                {"date", std::string(in.date_field)},
                {"iso", iso_date(d)},
                {"relation", relation},
                {"origin", origin->name}},
               {ctx.related(origin->where, "the cable is dated " + iso_date(origin->date))});
}

}  // namespace
CABLELINT_CHECK("E407", check)
}  // namespace cablelint::check_E407
