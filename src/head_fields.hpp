// Typed values of the head fields of the text (spec §3.2–§3.8): how the E.O., TAGS and SUBJECT labels are written
// (which production of grammar/head.hpp matched), REF items, the classification reason of Classified By, and the
// caption words of the caption block typed from the captions vocabulary (rules/data/captions.yaml).
// Included by document.hpp; every Field is a view into the file's bytes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cablelint {

using Field = std::string_view;

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
