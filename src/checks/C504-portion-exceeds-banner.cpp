// C504 portion-exceeds-banner: a portion mark above the overall classification (R19).
#include "portion_marks.hpp"

namespace cablelint::check_C504 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const Level level = doc.level();
    const int banner_rank = level_rank(level);
    if (banner_rank < 0) return;
    const Field banner_at = present(doc.text.banner.level) ? doc.text.banner.level : doc.text.banner.line;
    for (const portion::Placed& p : portion::marks(doc)) {
        const int rank = level_rank(p.mark->level);
        if (rank <= banner_rank) continue;
        ctx.report(p.mark->whole,
                   {{"mark", std::string(trim(p.mark->whole))},
                    {"portion", rank == 3 ? "TOP SECRET" : rank == 2 ? "SECRET" : "CONFIDENTIAL"},
                    {"where", p.where},
                    {"banner", level_name(level)}},
                   {ctx.related(banner_at, std::string("the banner says ") + level_name(level))});
    }
}

}  // namespace
CABLELINT_CHECK("C504", check)
}  // namespace cablelint::check_C504
