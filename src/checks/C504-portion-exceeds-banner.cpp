// C504 portion-exceeds-banner: a portion mark above the overall classification (R19).
#include "cable_text.hpp"
#include "portion_marks.hpp"

namespace cablelint {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const Level level = doc.level();
    const int banner_rank = level_rank(level);
    if (banner_rank < 0) return;
    const Field banner_at = present(doc.text.banner.level) ? doc.text.banner.level : doc.text.banner.line;
    auto check_mark = [&](Field mark, const std::string& where) {
        if (!present(mark)) return;
        std::string token;
        const int rank = cable_text::portion_rank(mark, &token);
        if (rank <= banner_rank) return;
        ctx.report(mark,
                   {{"mark", std::string(trim(mark))},
                    {"portion", rank == 3 ? "TOP SECRET" : rank == 2 ? "SECRET" : "CONFIDENTIAL"},
                    {"where", where},
                    {"banner", level_name(level)}},
                   {ctx.related(banner_at, std::string("the banner says ") + level_name(level))});
    };
    check_mark(portion::subject_mark(doc.text.subject), "the SUBJECT");
    for (const Paragraph& p : doc.text.paragraphs) {
        check_mark(p.mark, "paragraph " + std::string(p.number));
    }
}

}  // namespace
CABLELINT_CHECK("C504", check)
}  // namespace cablelint
