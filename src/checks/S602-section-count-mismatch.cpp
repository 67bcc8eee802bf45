// S602 section-count-mismatch: page markers' totals differ from the banner's M, or from each other (R30).
#include "cable_text.hpp"

namespace cablelint::check_S602 {
namespace {

void check(CheckContext& ctx) {
    const Document& doc = ctx.doc;
    static const Banner none;
    const Banner& b = ctx.facts.section_banner ? *ctx.facts.section_banner : none;
    std::vector<const PageMarker*> markers;
    for (const PageMarker& m : doc.text.markers) markers.push_back(&m);
    if (markers.empty()) return;
    const PageMarker& last = *markers.back();
    bool agree = true;
    for (const PageMarker* m : markers) agree = agree && m->total_no == markers.front()->total_no;

    const auto& m_banner = b.section_total;
    if (m_banner) {
        const Args base = {{"section", collapse_spaces(b.section)}, {"n", std::string(b.section_n)},
                           {"m", std::string(b.section_m)}};
        if (agree) {
            if (last.total_no == *m_banner) return;
            // All markers agree with each other: the banner's total is the odd one out.
            Args args = base;
            args.push_back({"marker", cable_text::page_of_total(last)});
            args.push_back({"count", std::to_string(markers.size())});
            ctx.report(b.section_m, args,
                       {ctx.related(last.total, "the last page marker is " + cable_text::page_of_total(last))});
            return;
        }
        for (const PageMarker* m : markers) {
            if (m->total_no == *m_banner) continue;
            Args args = base;
            args.push_back({"marker", cable_text::page_of_total(*m)});
            args.push_back({"total", std::string(m->total)});
            ctx.report(m->total, args, {ctx.related(b.section_m, "the banner says " + collapse_spaces(b.section))},
                       "marker");
        }
        return;
    }
    if (present(b.line) && agree) {
        // A banner without SECTION is a one-section cable; markers of a longer one contradict it.
        if (last.total_no <= 1) return;
        ctx.report(last.total, {{"marker", cable_text::page_of_total(last)}, {"total", std::string(last.total)},
                                {"banner", collapse_spaces(b.line)}},
                   {ctx.related(trim(b.line), "the banner has no SECTION n OF m")}, "no_section");
        return;
    }
    if (agree) return;
    // No total in the banner: the markers must agree with the first one.
    const PageMarker& first = *markers.front();
    for (const PageMarker* m : markers) {
        if (m->total_no == first.total_no) continue;
        ctx.report(m->total, {{"marker", cable_text::page_of_total(*m)}, {"total", std::string(m->total)},
                              {"first", cable_text::page_of_total(first)}},
                   {ctx.related(first.total, "the first page marker is " + cable_text::page_of_total(first))}, "markers");
    }
}

}  // namespace
CABLELINT_CHECK("S602", check)
}  // namespace cablelint::check_S602
