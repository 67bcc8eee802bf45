// S603 page-sequence: page markers not strictly increasing from 002, or markers missing (R31). Integer markers
// (`002 OF 003`) mark section starts and must run 002 … M; decimal markers (`001.2 OF 003`) mark continuation
// pages and only have to be in order and within the total.
#include <cstdio>

#include "cable_text.hpp"

namespace cablelint::check_S603 {
namespace {

std::string pad3(long n) {
    std::string s = std::to_string(n);
    if (s.size() < 3) s.insert(0, 3 - s.size(), '0');
    return s;
}

// "page marker 003 is", "page markers 002 to 006 and 008 are".
std::string missing_text(const std::vector<std::pair<long, long>>& ranges) {
    std::string s;
    long count = 0;
    for (std::size_t i = 0; i < ranges.size(); ++i) {
        const auto [a, b] = ranges[i];
        if (i) s += i + 1 == ranges.size() ? " and " : ", ";
        s += pad3(a);
        if (b == a + 1) s += " and " + pad3(b);
        else if (b > a) s += " to " + pad3(b);
        count += b - a + 1;
    }
    return (count == 1 ? "page marker " : "page markers ") + s + (count == 1 ? " is" : " are");
}

void check(CheckContext& ctx) {
    const std::vector<PageMarker>& markers = ctx.doc.text.markers;
    if (markers.empty()) return;
    // Integer markers promise a marker for every section up to the total: those after the highest one are missing.
    long highest = 1;
    for (const PageMarker& m : markers) highest = std::max<long>(highest, m.page_no);
    const PageMarker& final_marker = markers.back();
    std::optional<std::pair<long, long>> end_missing;
    if (!final_marker.sub_no && highest < final_marker.total_no) end_missing = std::pair<long, long>{highest + 1, final_marker.total_no};

    long last_page = 1, last_sub = 0;   // section 1 starts the text, unmarked
    long max_section = 1;
    const PageMarker* prev = nullptr;
    for (const PageMarker& m : markers) {
        const std::optional<long> page = m.page_no;
        const bool decimal = m.sub_no.has_value();
        const long sub = m.sub_no.value_or(0);
        const std::optional<long> total = m.total_no;
        Args args = {{"marker", cable_text::page_of_total(m)}, {"previous", prev ? cable_text::page_of_total(*prev) : std::string("")}};
        std::vector<Related> related;
        if (prev) related.push_back(ctx.related(prev->page, "the previous page marker is " + cable_text::page_of_total(*prev)));
        if (total && *page > *total) {
            args.push_back({"total", std::string(m.total)});
            ctx.report(m.page, args, related, "beyond");
        } else if (*page < last_page || (*page == last_page && sub <= last_sub)) {
            const bool same = *page == last_page && sub == last_sub;
            ctx.report(m.page, args, related, prev ? (same ? "repeat" : "order") : "order_first");
            continue;   // keep the sequence of the markers before it
        } else if (!decimal && *page > max_section + 1) {
            std::vector<std::pair<long, long>> ranges = {{max_section + 1, *page - 1}};
            if (&m == &final_marker && end_missing) {
                ranges.push_back(*end_missing);
                end_missing.reset();
            }
            args.push_back({"missing", missing_text(ranges)});
            ctx.report(m.page, args, related, prev ? "default" : "first");
        }
        last_page = *page;
        last_sub = sub;
        if (*page > max_section) max_section = *page;
        prev = &m;
    }
    if (end_missing) {
        ctx.report(final_marker.page, {{"marker", cable_text::page_of_total(final_marker)}, {"missing", missing_text({*end_missing})},
                                       {"total", std::string(final_marker.total)}},
                   {}, "end");
    }
}

}  // namespace
CABLELINT_CHECK("S603", check)
}  // namespace cablelint::check_S603
