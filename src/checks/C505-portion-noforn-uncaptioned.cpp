// C505 portion-noforn-uncaptioned: NOFORN portions (`(S/NF)`, `(C//NF)`, `(S/NOFORN)`, `(SBU/N)`) in a cable that
// carries no NOFORN caption (R20). One finding per cable, at the first NOFORN portion: the caption is what is
// missing, and adding it fixes every portion at once; the other NOFORN portions are related locations.
#include "portion_marks.hpp"

namespace cablelint::check_C505 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    std::vector<portion::Placed> nf;
    for (portion::Placed& p : portion::marks(doc)) {
        if (p.mark->noforn()) nf.push_back(std::move(p));
    }
    if (nf.empty()) return;
    if (present(doc.caption_line_with("NOFORN"))) return;
    std::vector<Related> related;
    for (std::size_t i = 1; i < nf.size() && i <= 5; ++i) {
        related.push_back(ctx.related(nf[i].mark->whole, nf[i].where + " is also marked " + std::string(nf[i].mark->whole)));
    }
    if (present(doc.text.banner.line)) {
        const std::string captions = doc.text.captions.empty() ? "no caption" : "captions but no NOFORN";
        related.push_back(ctx.related(trim(doc.text.banner.line), "the banner, followed by " + captions));
    }
    // The page Classification "…//NOFORN" is derived from a NOFORN caption (R18): the caption was in the cable and
    // got lost in the transcription.
    std::string page;
    if (doc.wrapper.page_class && doc.wrapper.page_class->noforn) {
        page = "; the page Classification says " + collapse_spaces(doc.wrapper.classification) +
               ", so the caption was probably lost in transcription";
        related.push_back(ctx.related(trim(doc.wrapper.classification), "the page Classification says " +
                                                                              collapse_spaces(doc.wrapper.classification)));
    }
    std::string others;
    if (nf.size() > 1) others = " (" + std::to_string(nf.size()) + " NOFORN portions in all)";
    ctx.report(nf.front().mark->whole,
               {{"where", nf.front().where}, {"mark", std::string(nf.front().mark->whole)}, {"others", others}, {"page", page}},
               std::move(related));
}

}  // namespace
CABLELINT_CHECK("C505", check)
}  // namespace cablelint::check_C505
