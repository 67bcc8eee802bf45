// D303 julian-mismatch: the DE line's day of year is not the DTG date's day of year (R10). Soft (a warning by
// default) when the cable is a retransmission or corrected copy (ZDK/ZDS/ZFD/CCY signal, corrected-copy caption:
// document_kind.hpp), or when the filing time
// crosses midnight (the DE day is the day after the DTG's, filed less than 24 h after it); option
// `midnight: accept` drops the midnight case altogether (R10's own reading: no disagreement). Majority blame with
// the page's Created date (see below).
#include <cstdio>

#include "check.hpp"
#include "dates.hpp"
#include "util.hpp"
#include "checks/majority.hpp"

namespace cablelint::check_D303 {
namespace {

std::string three(int v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%03d", v);
    return buf;
}

void check(CheckContext& ctx) {
    const Header& h = ctx.doc.header;
    const Dtg& dtg = h.dtg.dtg;
    if (!present(dtg.whole) || !h.de.filed) return;   // H201
    const auto& dtg_at = dtg.value.instant;
    if (!dtg_at) return;   // D301/D302
    const FilingTime& jt = *h.de.filed;
    const int julian = jt.day_of_year;
    const Date dtg_date = dtg_at->date;
    const int dtg_doy = *dtg.value.day_of_year;
    if (julian == dtg_doy) return;

    // The DE day-of-year is counted in the DTG's year; after New Year it is the next year's.
    const std::optional<DateTime>& filed = ctx.facts.filed;
    // The DE day field: the first three characters of the JJJHHMM group.
    const Field de_day = h.de.julian.substr(0, 3);
    const Field dtg_day = present(dtg.day) ? dtg.day : dtg.whole;
    const std::string dtg_text = collapse_spaces(dtg.whole);
    const std::string dtg_date_text = dtg_style(dtg_date);

    std::string variant = "default";
    bool soft = false;
    std::string note;
    // A corrected copy or retransmission (document_kind.hpp: corrected-copy caption, CCY, ZDK, ZDS, ZFD) is filed
    // again later: the day may differ.
    const std::string signal = ctx.facts.kind.copy_signal_name;
    if (filed) {
        const long delta = filed->minutes() - dtg_at->minutes();
        if (delta > 0 && delta < 24 * 60 && days_from_civil(filed->date) == days_from_civil(dtg_date) + 1) {
            variant = "midnight";
            soft = true;
            note = delta >= 60 ? std::to_string(delta / 60) + " h " + std::to_string(delta % 60) + " min"
                               : std::to_string(delta) + " min";
            if (ctx.option_string("midnight", "soft") == "accept") return;
        }
    }
    if (!soft && !signal.empty()) {
        variant = ctx.facts.kind.retransmission ? "retransmission" : "corrected";
        soft = true;
    }

    // Majority blame: the page's Created date votes. It points at the DTG day when Created agrees with the DE day
    // and not with the DTG; at the DE day otherwise (with Created as a further related location when it agrees with
    // the DTG). With no vote, the DE day is the one the spec finds differing (filed after the DTG, R10/R11).
    bool created_de = false, created_dtg = false;
    std::string created_text;
    if (const auto& c = ctx.doc.wrapper.created_value; c && c->instant) {
        const Date created = c->instant->date;
        created_de = created.year == dtg_date.year && day_of_year(created) == julian;
        created_dtg = created == dtg_date;
        created_text = iso_date(created);
    }
    std::string why;
    if (created_dtg && !created_de) why = ", and Created " + created_text + " agrees with the DTG";
    else if (variant == "default") why = "; the DE day is the likelier error: cables are filed at or after the DTG, R10/R11";
    const Args args{{"dtg", dtg_text},
                    {"date", dtg_date_text},
                    {"dtg_day", three(dtg_doy)},
                    {"de_day", three(julian)},
                    {"de", std::string(h.de.julian)},
                    {"signal", signal},
                    {"elapsed", note},
                    {"created", created_text},
                    {"why", why}};
    if (created_de && !created_dtg) {
        ctx.report(dtg_day, args,
                   {ctx.related(de_day, "the DE line says day " + three(julian)),
                    ctx.related(trim(ctx.doc.wrapper.created), "Created " + created_text + " is day " + three(julian))},
                   "dtg", soft);
    } else {
        std::vector<Related> rel = {ctx.related(dtg_day, "DTG " + dtg_text + " is day " + three(dtg_doy))};
        if (created_dtg) rel.push_back(ctx.related(trim(ctx.doc.wrapper.created), "Created " + created_text + " agrees with the DTG"));
        ctx.report(de_day, args, rel, variant, soft);
        // Unsafe: the DE day is only the likelier error. Not offered where a later filing explains the difference.
        if (variant == "default") ctx.fix({{ctx.src.span_of(de_day), three(dtg_doy)}}, /*safe=*/false);
    }
}

}  // namespace
CABLELINT_CHECK("D303", check)
}  // namespace cablelint::check_D303
