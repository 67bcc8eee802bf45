// C508 classified-by-missing: a classified cable (dated from E.O. 12958 on) without a Classified By line is an
// error; a Classified By line on an unclassified cable is a warning (R24).
#include "cable_text.hpp"

namespace cablelint::check_C508 {
namespace {

// E.O. 12958 (14 Oct 1995) made the classifier line usual; older cables write "CONFIDENTIAL - ENTIRE TEXT".
constexpr int kFirstYear = 1996;

// A classifier line the field grammar did not take (`doc.text.classifier_mentions`): a typo ("Classfied By"), the
// derivative form ("Derived from"), a Classified By run onto the REF or SUBJECT line ("REF: … Classified By: …", spec
// §6) or placed in the first paragraphs ("2. (U) Classified by …"). The cable has one, so nothing is missing.
bool classifier_in_text(const Document& doc) {
    // The head and the first three numbered paragraphs (up to the start of the fourth).
    const auto& paras = doc.text.paragraphs;
    const char* const end = paras.size() > 3 && present(paras[3].line) ? paras[3].line.data() : nullptr;
    for (Field m : doc.text.classifier_mentions) {
        if (end == nullptr || m.data() < end) return true;
    }
    return false;
}

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    const Level level = doc.level();
    const int rank = level_rank(level);
    if (rank < 0) return;
    const Field banner_at = present(doc.text.banner.level) ? doc.text.banner.level : doc.text.banner.line;
    const ClassifiedBy& cb = doc.text.classified_by;
    if (rank >= 1) {
        if (present(cb.line)) return;
        if (const auto& y = ctx.facts.cable_year; y && *y < kFirstYear) return;
        if (classifier_in_text(doc)) return;
        ctx.report(cable_text::text_start(ctx.src, doc), {{"level", level_name(level)}},
                   {ctx.related(banner_at, std::string("the banner says ") + level_name(level))});
        return;
    }
    if (!present(cb.line)) return;
    ctx.report(trim(cb.line), {{"level", level_name(level)}, {"line", collapse_spaces(cb.line)}},
               {ctx.related(banner_at, std::string("the banner says ") + level_name(level))}, "unclassified",
               /*soft=*/true);
}

}  // namespace
CABLELINT_CHECK("C508", check)
}  // namespace cablelint::check_C508
