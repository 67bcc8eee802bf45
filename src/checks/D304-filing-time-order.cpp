// D304 filing-time-order (R11): the DE line's filing instant (JJJHHMM, UTC, day of year of the DTG's year) is at or
// after the DTG instant and at most 24 h after it (equal in 1041 of 1120 cables, later within a day in 74). A
// retransmission or corrected copy (document_kind.hpp) explains a late filing: the finding is then one step softer
// and says so. Where D303 already reports the DE day, D304 stands down (catalogue `explains:`).
//
// Majority blame with the page's Created (date and hour): when Created agrees with the filing time and not with the
// DTG, the DTG is the odd one out; otherwise the filing time is pointed at (with Created as related location when
// it agrees with the DTG), and with no Created the message says the filing time is the one R11 finds varying.
#include <cstdlib>

#include "check.hpp"
#include "checks/majority.hpp"
#include "dates.hpp"

namespace cablelint::check_D304 {
namespace {

std::string duration(long minutes) {
    const long m = std::labs(minutes);
    std::string s;
    if (m >= 1440) s += std::to_string(m / 1440) + " d ";
    if (m % 1440 >= 60 || m >= 1440) s += std::to_string((m % 1440) / 60) + " h ";
    s += std::to_string(m % 60) + " min";
    return s;
}

void check(CheckContext& ctx) {
    const Header& h = ctx.doc.header;
    const Dtg& dtg = h.dtg.dtg;
    if (!present(dtg.whole) || !h.de.filed) return;   // H201
    const auto& at = dtg.value.instant;
    if (!at) return;   // D301/D302
    const std::string text = std::string(h.de.julian) + std::string(h.de.time);
    // The filing instant: the DE day of year in the DTG's year, or the next/previous year when that is nearer
    // (New Year).
    const auto& filed = ctx.facts.filed;
    if (!filed) return;   // day 366 of a common year, hour 24: H201/D303
    const long delta = filed->minutes() - at->minutes();
    if (delta >= 0 && delta <= 24 * 60) return;

    const std::string signal = ctx.facts.kind.copy_signal_name;   // a corrected copy or retransmission, filed later
    const bool soft = !signal.empty() && delta > 0;
    const Span de_at{ctx.src.span_of(h.de.julian).begin,
                     present(h.de.time) ? ctx.src.span_of(h.de.time).end : ctx.src.span_of(h.de.julian).end};
    const std::string dtg_text = collapse_spaces(dtg.whole);
    Args args = {{"de", text}, {"filed", iso_date_time(*filed)}, {"dtg", dtg_text}, {"dtg_utc", iso_date_time(*at)},
                 {"elapsed", duration(delta)}, {"signal", signal},
                 {"order", delta < 0 ? "after" : "before"}};
    // Created (date and hour) votes.
    bool created_filed = false, created_dtg = false;
    Field created;
    if (const auto& c = ctx.doc.wrapper.created_value; c && c->instant) {
        created = trim(ctx.doc.wrapper.created);
        created_filed = c->instant->date == filed->date && c->instant->hour == filed->hour;
        created_dtg = c->instant->date == at->date && c->instant->hour == at->hour;
    }
    std::string why;
    if (created_filed && !created_dtg) {
        args.push_back({"why", ""});
        const Field dtg_at = present(dtg.day) ? Field(dtg.day.data(), static_cast<std::size_t>(dtg.whole.data() + dtg.whole.size() - dtg.day.data())) : dtg.whole;
        ctx.report(dtg_at, args,
                   {ctx.related(h.de.julian, "DE filing time " + text + " = " + iso_date_time(*filed) + " UTC"),
                    ctx.related(created, "Created agrees with the DE filing time")},
                   "dtg", soft);
        return;
    }
    std::vector<Related> rel = {ctx.related(dtg.whole, "DTG " + dtg_text + " = " + iso_date_time(*at) + " UTC")};
    if (created_dtg) {
        why = ", and Created agrees with the DTG";
        rel.push_back(ctx.related(created, "Created agrees with the DTG"));
    } else {
        why = "; the filing time is the likelier error: it is the one that varies (R11)";
    }
    args.push_back({"why", why});
    ctx.report(de_at, args, rel, soft ? (ctx.facts.kind.retransmission ? "retransmission" : "corrected") : (delta < 0 ? "before" : "default"), soft);
}

}  // namespace
CABLELINT_CHECK("D304", check)
}  // namespace cablelint::check_D304
