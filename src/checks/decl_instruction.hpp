// Shared by the E-family checks (E401–E410): what the declassification instruction of the E.O. line says. The
// cable's origination date is a fact of the file (src/facts.hpp, ctx.facts.origination).
#pragma once

#include <optional>
#include <string>

#include "check.hpp"
#include "dates.hpp"

namespace cablelint::decl {

enum class Kind {
    none,        // nothing after the order number
    date,        // DECL: <date>, a bare date, Declassify on <date>, GDS <date>
    na,          // N/A
    manual,      // DECL: MR
    exemption,   // X1–X8, 1.6X1, 25X1…, 50X1-HUM (maybe with a date: then `date` is set too)
    oadr,        // DECL: OADR (E.O. 12356)
    gds,         // GDS, XGDS-n, RDS-n, XDS-n (E.O. 11652 / 12065), without a date
    remarked,    // AS AMENDED; DECLASSIFIED …, DECLASSIFIED BY NARA … (re-marked on declassification)
    redacted,    // XXXXXXXX (the instruction was redacted in the publication)
    event,       // event text: TEN YEARS AFTER KOREAN UNIFICATION
    empty,       // a DECL label with no value
    malformed,   // starts like a date or an instruction but is neither
};

struct Instruction {
    Kind kind = Kind::none;
    Field text;                    // the instruction, trimmed, run-on TAGS and markup cut off
    Field label;                   // DECL:, decl:, Declassify on, DNG:, DECLl: … (absent without one)
    bool label_misspelled = false; // DECLl:, DECL1: …
    bool downgrade = false;        // DNG: CO <date>
    Field value;                   // what follows the label (the whole instruction without a label)
    std::optional<DeclDate> date;  // the date of the instruction (views into the document), valid or not
    Field date_field;              // same as date->text
    bool label_missing = false;    // a bare date after the order number: `E.O. 12958: 07/21/2019` (E406)
    bool exemption_25x = false;    // 25X… or 50X… anywhere in the instruction
};

Instruction read(const EoLine& eo);

// "25 years", "25 years and 1 day", "29 years and 8 months"
std::string describe_span(const Date& from, const Date& to);

}  // namespace cablelint::decl
