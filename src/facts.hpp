// The facts of one cable that several checks need, derived once per file right after parsing (src/engine.cpp) from
// the typed model, and handed to the checks through CheckContext::facts. Checks judge with them; none derives them
// again.
#pragma once

#include <optional>
#include <string>

#include "document.hpp"
#include "document_kind.hpp"

namespace cablelint {

// When the cable was originated: the DTG (R1, spec §2.7), else the page's Created value.
struct Origination {
    enum class From { dtg, created };
    From from = From::dtg;
    Date date;                          // the DTG's date as written (or Created's date)
    std::optional<DateTime> instant;    // UTC, when the time is possible too
    Field where;                        // the DTG or the Created value
    std::string name;                   // for messages: "DTG 101402Z AUG 09", "Created 2009-08-10"
};

struct Facts {
    // The year the cable was written: the DTG's year, else Created's, else the page Identifier's YY.
    std::optional<int> cable_year;
    // Absent when there is neither a DTG nor a Created value, or when the DTG's date is impossible (D302 says so;
    // Created is then not taken as a second guess).
    std::optional<Origination> origination;
    // When the DE line says the cable was filed (JJJHHMM, R10/R11): its day of year in the DTG's year, or the next or
    // previous year when that is nearer to the DTG (New Year). Absent without a possible DTG instant or filing time.
    std::optional<DateTime> filed;
    // The banner that carries `SECTION n OF m`: the first banner, or the first repeated one when the first has none
    // (a printout's page line "UNCLASSIFIED STATE 00100153" taken for the banner before the real one); null when
    // none does. Points into the document.
    const Banner* section_banner = nullptr;
    // How many sections the cable has: that banner's M, else the page markers' total.
    std::optional<int> section_count;
    Field section_count_at;             // the M or the marker total it was read from

    // What the document is: cut short, carrying another cable's text, a corrected copy or retransmission, redacted
    // (src/document_kind.hpp).
    DocumentKind kind;
};

Facts derive_facts(const Document& doc);

}  // namespace cablelint
