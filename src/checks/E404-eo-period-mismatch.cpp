// E404 eo-period-mismatch: the order cited on the E.O. line was not in force on the cable's date (R14). The
// periods are those of rules/data/executive-orders.yaml (Vocabularies::orders). Cables re-marked on
// declassification (`AS AMENDED; DECLASSIFIED …`, `DECLASSIFIED BY NARA …`) cite a later order by design and are
// skipped; an unknown number is E403's.
#include "check.hpp"
#include "checks/decl_instruction.hpp"
#include "dates.hpp"
#include "util.hpp"

namespace cablelint::check_E404 {
namespace {

std::string show(int ymd) {
    return dtg_style(Date{ymd / 10000, ymd / 100 % 100, ymd % 100});
}

void check(CheckContext& ctx) {
    const EoLine& eo = ctx.doc.text.eo;
    if (!present(eo.line) || !present(eo.number) || eo.number.empty()) return;
    const std::string number(trim(eo.number));
    const ExecutiveOrder* cited = ctx.vocab.order(number);
    if (!cited) return;
    if (decl::read(eo).kind == decl::Kind::remarked) return;
    const auto& origin = ctx.facts.origination;
    if (!origin) return;
    const int ymd = origin->date.yyyymmdd();
    if ((cited->in_force_from == 0 || ymd >= cited->in_force_from) && (cited->in_force_to == 0 || ymd <= cited->in_force_to)) return;
    std::string problem;
    if (cited->in_force_from != 0 && ymd < cited->in_force_from) {
        problem = "was not yet in force (it governs cables from " + show(cited->in_force_from) + ")";
    } else {
        problem = "was no longer in force (it governed cables up to " + show(cited->in_force_to) + ")";
    }
    const ExecutiveOrder* in_force = ctx.vocab.order_in_force(ymd);
    Args args = {{"number", number}, {"problem", problem}, {"origin", origin->name}};
    if (in_force) args.push_back({"expected", in_force->number});
    ctx.report(eo.number, args, {ctx.related(origin->where, "the cable is dated " + iso_date(origin->date))},
               in_force ? "default" : "none");
}

}  // namespace
CABLELINT_CHECK("E404", check)
}  // namespace cablelint::check_E404
