// W109 classification-mismatch (R8, R18): the page Classification level equals the banner level (error); its
// `//NOFORN` suffix goes with a NOFORN caption in the text and `UNCLASSIFIED//FOR OFFICIAL USE ONLY` with an UNCLAS
// banner plus SENSITIVE caption, either way round (warning, via soft). A level difference is reported at the odd one
// out of page value, banner and security line (FL4), the other two as related locations (majority.hpp); without a
// security line, at the page value (derived from the banner), unless the text below is another cable's
// (document_kind.hpp; W108's one finding then stands this one down).
#include <algorithm>

#include "check.hpp"
#include "checks/majority.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_W109 {
namespace {

// The first line of the caption block that carries `word` (Document::caption_line_with).
Field caption_with(const CheckContext& ctx, std::string_view word) {
    const Field line = ctx.doc.caption_line_with(word);
    return present(line) ? wrapper_header::trimmed(line) : Field();
}

void check(CheckContext& ctx) {
    const Wrapper& w = ctx.doc.wrapper;
    if (!w.present || !present(w.classification)) return;
    const auto page = w.page_class;
    if (!page) return;   // unknown page string: W104
    const Banner& b = ctx.doc.text.banner;
    if (!present(b.line) || b.level_id == Level::none) return;
    const Field value = wrapper_header::trimmed(w.classification);
    const std::string page_str = wrapper_header::shown(value);
    const int banner_rank = level_rank(b.level_id);
    const char* banner_name = level_name(b.level_id);
    const Field banner_at = present(b.level) ? b.level : b.line;

    // R8: the level. Majority blame: the security line (FL4) votes; without it, the DE/identifier serials tell
    // whether the text below is another cable's (then the banner is the stranger); else the page value, derived
    // from the banner, is pointed at.
    if (banner_rank != page->rank) {
        const majority::ClassVotes v = majority::class_votes(ctx);
        std::vector<majority::Witness> for_page, for_banner;
        if (v.fl4) {
            const bool fits_page = *v.fl4 == page->rank && (page->rank == 0 || !v.fl4_efto);
            const bool fits_banner = *v.fl4 == banner_rank;
            const majority::Witness w{v.fl4_at, "security line " + v.fl4_str, "the security line " + v.fl4_str};
            if (fits_page && !fits_banner) for_page.push_back(w);
            else if (fits_banner && !fits_page) for_banner.push_back(w);
        }
        Args args = {{"page", page_str}, {"banner", banner_name}, {"fl4", v.fl4 ? v.fl4_str : ""}};
        majority::Blame blame = majority::decide(for_page, for_banner);
        std::string why;
        if (blame == majority::Blame::undecided) {
            if (ctx.facts.kind.other_text.present) {   // W108 tells it once and stands this finding down
                blame = majority::Blame::b;
                why = ": the text is another cable's (" + ctx.facts.kind.other_text.text_id + ", W108)";
            } else {
                blame = majority::Blame::a;
                why = "; with no security line to decide, the page value (derived from the banner, R8) is the likelier error";
            }
        } else {
            const auto& ws = blame == majority::Blame::b ? for_page : for_banner;
            why = ", which " + majority::names(ws) + " confirms";
        }
        args.push_back({"why", why});
        if (blame == majority::Blame::b) {
            std::vector<Related> rel = {ctx.related(value, "page Classification " + page_str)};
            for (const Related& r : majority::related(ctx, for_page)) rel.push_back(r);
            ctx.report(banner_at, args, rel, "banner");
        } else {
            std::vector<Related> rel = {ctx.related(banner_at, std::string("banner level ") + banner_name)};
            for (const Related& r : majority::related(ctx, for_banner)) rel.push_back(r);
            ctx.report(page->base, args, rel);
        }
        return;   // the suffixes of a page that names another level say nothing more
    }

    // R18: NOFORN.
    const Field noforn = caption_with(ctx, "NOFORN");
    if (page->noforn && !present(noforn)) {
        ctx.report(page->suffix, {{"page", page_str}}, {ctx.related(b.line, "banner " + wrapper_header::shown(b.line))},
                   "noforn_uncaptioned", true);
    } else if (!page->noforn && present(noforn)) {
        ctx.report(value, {{"page", page_str}, {"caption", wrapper_header::shown(noforn)}},
                   {ctx.related(noforn, "NOFORN caption")}, "noforn_missing", true);
    }

    // R18: FOR OFFICIAL USE ONLY ⇔ UNCLAS banner + SENSITIVE caption.
    if (page->rank == 0) {
        const Field sensitive = caption_with(ctx, "SENSITIVE");
        if (page->fouo && !present(sensitive)) {
            ctx.report(page->suffix,
                       {{"page", page_str}, {"text", "an UNCLAS banner without a SENSITIVE caption"}},
                       {ctx.related(b.line, "banner " + wrapper_header::shown(b.line))}, "fouo_uncaptioned", true);
        } else if (!page->fouo && present(sensitive)) {
            ctx.report(value, {{"page", page_str}, {"caption", wrapper_header::shown(sensitive)}},
                       {ctx.related(sensitive, "SENSITIVE caption")}, "fouo_missing", true);
        }
    }
}

}  // namespace
CABLELINT_CHECK("W109", check)
}  // namespace cablelint::check_W109
