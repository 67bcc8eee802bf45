// Typed values of the head fields of the text (spec §3.2–§3.8): how the E.O., TAGS and SUBJECT labels are written
// (which production of grammar/head.hpp matched), REF items, the classification reason of Classified By, and the
// caption words of the caption block typed from the captions vocabulary (rules/data/captions.yaml).
// Included by document.hpp; every Field is a view into the file's bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date_values.hpp"

namespace cablelint {

using Field = std::string_view;

// The declassification instruction of the E.O. line (spec §3.4), as grammar/decl_instruction.hpp reads it.
enum class DeclKind {
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

struct DeclInstruction {
    DeclKind kind = DeclKind::none;
    std::string_view text;                 // the instruction, trimmed, run-on TAGS and markup cut off
    std::string_view label;                // DECL:, decl:, Declassify on, DNG:, DECLl: … (absent without one)
    bool label_misspelled = false;         // DECLl:, DECL1: …
    bool downgrade = false;                // DNG: CO <date>
    std::string_view value;                // what follows the label (the whole instruction without a label)
    std::optional<DeclDate> date;          // the date of the instruction (views into the document), valid or not
    std::string_view date_field;           // same as date->text
    bool label_missing = false;            // a bare date after the order number: `E.O. 12958: 07/21/2019` (E406)
    bool exemption_25x = false;            // 25X… or 50X… anywhere in the instruction
};

// The E.O. label as written (spec §3.4): canonical `E.O.`, the short house style `EO`, and the misspellings.
enum class EoLabelForm {
    canonical,      // E.O.
    short_form,     // EO
    lower_case,     // E.o. (a lower-cased cable, or a typo)
    no_final_dot,   // E.O
    spaced,         // E. O.
    zero,           // E.0. (digit zero for the letter O)
};

// The TAGS label (spec §3.5): TAGS, or the misspellings TAG and TAGES; colon or not.
enum class TagsLabelForm { tags, tag, tages };

// The SUBJECT label (spec §3.6): SUBJECT, or SUBJ (the usual form before 1995); colon, dot or none.
enum class SubjectLabelForm { subject, subj };
enum class LabelEnd { colon, none, dot };

// A cable reference inside a REF item: "08 STATE 061194", "2005 BUCHAREST 2550", "DOHA 152 (08)", "STATE 12345".
struct CableRef {
    Field year;                   // "08", "2005" before the origin; absent when none
    Field origin;                 // "STATE", "BUENOS AIRES"
    Field serial;                 // "061194"
    std::optional<long> serial_no;   // 61194
    Field year_after;             // "(08)" after the serial
    Field dated;                  // a date or year later in the item's clause ("OF 2008", "DATED 3/11/08", "3 JUN 08")
};
// An origin and serial run together ("BELGRADE743", "SAO PAULO433").
struct GluedRef { Field whole, origin, serial; };

// One item of a REF block (spec §3.7): an enumeration and its text; cable references and free text ("SAINZ
// E-MAIL 3/11", "7 FAM 180") alike.
struct RefItem {
    Field enumeration;            // "A." "(A)" "A)"; absent when the block is not enumerated
    char letter = 0;              // the enumeration letter, upper case
    Field doubled;                // the same letter given twice ("A. A) BAGHDAD 0008"), absent otherwise
    std::vector<Field> pieces;    // the item's text, one piece per line (after the enumeration)
    std::vector<CableRef> cables;
    std::vector<GluedRef> glued;
};

// A letter of the classification reason ("b" of "1.4 (b/d)").
struct ReasonLetter {
    Field at;
    bool in_parens = false;
};

// A caption word of the caption block, the banner line or an addressee line, typed from the captions vocabulary.
enum class CaptionKind { none, caption, distribution, control, channel, admin, artifact, other };
struct Caption {
    Field at;                     // the item as written ("SIPDIS", "AGRMENT", "SIPIDS")
    std::string name;             // the caption it is, upper case ("AGRMENT" for AGRMENT CHANNEL); empty when none
    CaptionKind kind = CaptionKind::none;
    enum class Place { caption_line, addressee_line, banner_line } place = Place::caption_line;
};

}  // namespace cablelint
