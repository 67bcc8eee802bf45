// H205 security-line-mismatch (R17): the FL4 letters name the classification: ZNR UUUUU unclassified (also SBU),
// ZNY EEEEE UNCLAS EFTO, ZNY CCCCC CONFIDENTIAL, ZNY SSSSS SECRET, ZNY TTTTT TOP SECRET. Compared with the banner
// (or, without a banner, the page Classification). Majority blame (majority.hpp): the page Classification votes and
// the odd one out of letters and banner is pointed at; with no vote either way, the banner when the serials show
// the text is another cable's (or cannot tell: R17's exceptions are such texts), else the letters. ZNR goes with
// UUUUU only.
#include "check.hpp"
#include "checks/majority.hpp"
#include "checks/wrapper_header.hpp"

namespace cablelint::check_H205 {
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
    const Level fl4 = wrapper_header::fl4_level(sec.letters[0]);
    if (fl4 == Level::none) return;   // H201
    const std::string sec_str = wrapper_header::shown(sec.line);

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
    const auto page = ctx.doc.wrapper.page_class;
    const Field page_value = wrapper_header::trimmed(ctx.doc.wrapper.classification);
    const std::string page_str = page ? wrapper_header::shown(page_value) : "";
    const Related fl4_rel = ctx.related(sec.letters, "security line " + sec_str + " (" + level_name(fl4) + ")");
    if (present(b.line) && b.level_id != Level::none) {
        const Level level = ctx.doc.level();
        if (fits(fl4, level)) return;
        const Field banner_at = present(b.level) ? b.level : b.line;
        // Majority blame: the page Classification votes.
        std::vector<majority::Witness> for_fl4, for_banner;
        if (page) {
            const bool page_fl4 = page->rank == level_rank(fl4) && (page->rank == 0 || fl4 != Level::efto);
            const bool page_banner = page->rank == level_rank(level);
            const majority::Witness w{page_value, "page Classification " + page_str, "the page Classification"};
            if (page_fl4 && !page_banner) for_fl4.push_back(w);
            else if (page_banner && !page_fl4) for_banner.push_back(w);
        }
        Args args = {{"security", sec_str}, {"fl4_level", level_name(fl4)}, {"source", "banner"},
                     {"level", level_name(level)}};
        majority::Blame blame = majority::decide(for_fl4, for_banner);
        std::string why;
        if (blame == majority::Blame::undecided) {
            // Two-way: the spec's two exceptions (R17) are texts of another cable under this header
            // (document_kind.hpp; W108 then tells it once and stands this finding down).
            const majority::Serials s = majority::serials(ctx);
            const bool serial_matches = s.banner && ((s.de && majority::serial_agrees(*s.de, s.banner->value, false)) ||
                                                     (s.id && majority::serial_agrees(*s.id, s.banner->value, false)));
            if (ctx.facts.kind.other_text.present) {
                blame = majority::Blame::b;
                why = ": the text is another cable's (" + ctx.facts.kind.other_text.text_id + ", W108)";
            } else if (serial_matches) {
                blame = majority::Blame::a;
                why = "; the banner's serial matches this cable's, so the security line is the likelier error";
            } else {
                blame = majority::Blame::b;
                why = "; a banner that disagrees with the security line is usually another cable's text (R17)";
            }
        } else {
            const auto& ws = blame == majority::Blame::b ? for_fl4 : for_banner;
            why = ", which " + majority::names(ws) + " confirms";
        }
        args.push_back({"why", why});
        if (blame == majority::Blame::b) {
            std::vector<Related> rel = {fl4_rel};
            for (const Related& r : majority::related(ctx, for_fl4)) rel.push_back(r);
            ctx.report(banner_at, args, rel, "banner");
        } else {
            std::vector<Related> rel = {ctx.related(banner_at, std::string("banner level ") + level_name(level))};
            for (const Related& r : majority::related(ctx, for_banner)) rel.push_back(r);
            ctx.report(sec.letters, args, rel);
        }
        return;
    }
    if (page) {
        const bool ok = page->rank == 0 ? fl4 == Level::unclassified || fl4 == Level::efto
                                        : page->rank == level_rank(fl4) && fl4 != Level::efto;
        if (ok) return;
        // Two-way without a banner: R17's exceptions against the page (2 of 1120) are pages that name another
        // level than banner and security line agree on: the page value is pointed at.
        ctx.report(page_value,
                   {{"security", sec_str}, {"fl4_level", level_name(fl4)}, {"source", "page Classification"},
                    {"level", page_str}, {"page", page_str},
                    {"why", "; with no banner to decide, the page value is the likelier error (R17: the security line "
                            "agrees with the text in all but mislabeled pages)"}},
                   {fl4_rel}, "page");
    }
}

}  // namespace
CABLELINT_CHECK("H205", check)
}  // namespace cablelint::check_H205
