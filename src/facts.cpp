#include "facts.hpp"

#include "dates.hpp"

namespace cablelint {

namespace {

std::optional<Origination> origination(const Document& doc) {
    const Dtg& dtg = doc.header.dtg.dtg;
    if (present(dtg.whole)) {
        if (!dtg.value.date) return std::nullopt;   // an impossible DTG: no second guess from Created
        return Origination{Origination::From::dtg, *dtg.value.date, dtg.value.instant, dtg.whole,
                           "DTG " + collapse_spaces(dtg.whole)};
    }
    if (const auto& c = doc.wrapper.created_value; c && c->instant) {
        return Origination{Origination::From::created, c->instant->date, c->instant, trim(doc.wrapper.created),
                           "Created " + iso_date(c->instant->date)};
    }
    return std::nullopt;
}

}  // namespace

Facts derive_facts(const Document& doc) {
    Facts f;
    f.kind = document_kind(doc);
    f.origination = origination(doc);
    if (const auto& y = doc.header.dtg.dtg.value.year) {
        f.cable_year = *y;
    } else if (const auto& c = doc.wrapper.created_value) {
        f.cable_year = c->y;
    } else if (doc.wrapper.id) {
        if (const auto yy = doc.wrapper.id->yy_no) f.cable_year = expand_year(static_cast<int>(*yy));
    }
    if (const auto& dtg = doc.header.dtg.dtg.value.instant; dtg && doc.header.de.filed) {
        f.filed = filing_instant(*doc.header.de.filed, *dtg);
    }
    if (present(doc.text.banner.section_m)) {
        f.section_banner = &doc.text.banner;
    } else {
        for (const Banner& b : doc.text.later_banners) {
            if (present(b.section_m)) {
                f.section_banner = &b;
                break;
            }
        }
    }
    if (f.section_banner && f.section_banner->section_total) {
        f.section_count = static_cast<int>(*f.section_banner->section_total);
        f.section_count_at = f.section_banner->section_m;
    }
    if (!f.section_count) {
        for (const PageMarker& m : doc.text.markers) {
            if (!present(m.total) || m.total.empty()) continue;
            f.section_count = m.total_no;   // digits, read by the parser
            f.section_count_at = m.total;
            break;
        }
    }
    return f;
}

}  // namespace cablelint
