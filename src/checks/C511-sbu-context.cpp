// C511 sbu-context: `(SBU)` portions in an UNCLAS cable without the SENSITIVE caption (R21). SBU portions belong
// in SENSITIVE-captioned unclassified cables or in classified ones. One finding per cable, at the first SBU
// portion; the others are related locations.
#include "portion_marks.hpp"

namespace cablelint::check_C511 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    if (doc.text.banner.level_id != Level::unclassified) return;   // classified, SBU (SENSITIVE), EFTO, LOU, none
    if (present(doc.caption_line_with("SENSITIVE"))) return;
    std::vector<portion::Placed> sbu;
    for (portion::Placed& p : portion::marks(doc)) {
        if (p.mark->sbu()) sbu.push_back(std::move(p));
    }
    if (sbu.empty()) return;
    std::vector<Related> related;
    related.push_back(ctx.related(doc.text.banner.level, "the banner says " + collapse_spaces(doc.text.banner.level) +
                                                             ", with no SENSITIVE caption"));
    for (std::size_t i = 1; i < sbu.size() && i <= 5; ++i) {
        related.push_back(ctx.related(sbu[i].mark->whole, sbu[i].where + " is also marked " + std::string(sbu[i].mark->whole)));
    }
    std::string others;
    if (sbu.size() > 1) others = " (" + std::to_string(sbu.size()) + " SBU portions in all)";
    ctx.report(sbu.front().mark->whole,
               {{"where", sbu.front().where}, {"mark", std::string(sbu.front().mark->whole)},
                {"banner", collapse_spaces(doc.text.banner.level)}, {"others", others}},
               std::move(related));
}

}  // namespace
CABLELINT_CHECK("C511", check)
}  // namespace cablelint::check_C511
