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
    } else if (const Field id = trim(doc.wrapper.identifier); id.size() >= 2) {
        if (const auto yy = to_int(id.substr(0, 2))) f.cable_year = expand_year(static_cast<int>(*yy));
    }
    if (const auto& dtg = doc.header.dtg.dtg.value.instant; dtg && doc.header.de.filed) {
        f.filed = filing_instant(*doc.header.de.filed, *dtg);
    }
    const Banner& b = doc.text.banner;
    if (present(b.section_m)) {
        if (const auto m = to_int(b.section_m)) {
            f.section_count = static_cast<int>(*m);
            f.section_count_at = b.section_m;
        }
    }
    if (!f.section_count) {
        for (const PageMarker& m : doc.text.markers) {
            if (!present(m.total)) continue;
            if (const auto t = to_int(m.total)) {
                f.section_count = static_cast<int>(*t);
                f.section_count_at = m.total;
                break;
            }
        }
    }
    return f;
}

}  // namespace cablelint
