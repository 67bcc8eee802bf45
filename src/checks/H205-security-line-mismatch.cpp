// H205 security-line-mismatch (R17): the FL4 letters name the classification: ZNR UUUUU unclassified (also SBU),
// ZNY EEEEE UNCLAS EFTO, ZNY CCCCC CONFIDENTIAL, ZNY SSSSS SECRET, ZNY TTTTT TOP SECRET. Compared with the banner
// (or, without a banner, the page Classification). The letters are pointed at, unless the page Classification
// agrees with them and the banner does not: then the banner is the odd one out. ZNR goes with UUUUU only.
#include "check.hpp"
#include "checks/wh_support.hpp"

namespace cablelint {
namespace {

// Does the FL4 level `fl4` fit the text level `text`?
bool fits(Level fl4, Level text) {
    switch (text) {
        case Level::unclassified:
        case Level::sbu: return fl4 == Level::unclassified;
        case Level::efto: return fl4 == Level::efto;
        case Level::lou: return fl4 == Level::unclassified || fl4 == Level::efto;
        default: return level_rank(fl4) == level_rank(text) && fl4 != Level::efto;
    }
}

void check(CheckContext& ctx) {
    const SecurityLine& sec = ctx.doc.header.security;
    if (!present(sec.letters) || sec.letters.empty()) return;
    const Level fl4 = wh::fl4_level(sec.letters[0]);
    if (fl4 == Level::none) return;   // H201
    const std::string sec_str = wh::shown(sec.line);

    // ZNR ⇔ UUUUU.
    if (present(sec.prefix)) {
        const bool znr = iequals(sec.prefix, "ZNR"), zny = iequals(sec.prefix, "ZNY");
        if ((znr && fl4 != Level::unclassified) || (zny && fl4 == Level::unclassified)) {
            ctx.report(sec.prefix,
                       {{"security", sec_str}, {"prefix", std::string(sec.prefix)},
                        {"letters", std::string(sec.letters)}, {"expected", znr ? "ZNY" : "ZNR"}},
                       {ctx.related(sec.letters, std::string(level_name(fl4)) + " letters")}, "prefix");
        }
    }

    const Banner& b = ctx.doc.text.banner;
    const auto page = wh::parse_page_classification(ctx.doc.wrapper.classification);
    const Field page_value = wh::trimmed(ctx.doc.wrapper.classification);
    if (present(b.line) && b.level_id != Level::none) {
        const Level level = ctx.doc.level();
        if (fits(fl4, level)) return;
        const Field banner_at = present(b.level) ? b.level : b.line;
        const Args args = {{"security", sec_str}, {"fl4_level", level_name(fl4)}, {"source", "banner"},
                           {"level", level_name(level)}};
        if (page && page->rank == level_rank(fl4) && page->rank != level_rank(level)) {
            ctx.report(banner_at, args,
                       {ctx.related(sec.letters, "security line " + sec_str + " (" + level_name(fl4) + ")"),
                        ctx.related(page_value, "page Classification " + wh::shown(page_value))});
        } else {
            ctx.report(sec.letters, args, {ctx.related(banner_at, std::string("banner level ") + level_name(level))});
        }
        return;
    }
    if (page) {
        const bool ok = page->rank == 0 ? fl4 == Level::unclassified || fl4 == Level::efto
                                        : page->rank == level_rank(fl4) && fl4 != Level::efto;
        if (ok) return;
        ctx.report(sec.letters,
                   {{"security", sec_str}, {"fl4_level", level_name(fl4)}, {"source", "page Classification"},
                    {"level", wh::shown(page_value)}},
                   {ctx.related(page_value, "page Classification " + wh::shown(page_value))});
    }
}

}  // namespace
CABLELINT_CHECK("H205", check)
}  // namespace cablelint
