// Model types of the markings inside the text (spec §3.9–§3.10): portion marks and page markers, as the grammar
// read them (grammar/markings.hpp). Included by document.hpp.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace cablelint {

using Field = std::string_view;

// Classification levels in rank order (spec §5 R19: U = SBU < C < S < TS).
enum class Level { none, unclassified, sbu, efto, lou, confidential, secret, top_secret };

// One dissemination control of a portion mark: "NF" after "/", "REL NATO, ISAF" after "//".
struct MarkControl {
    enum class Kind { noforn, fgi, fouo, orcon, propin, sbu_noforn, release, unknown };
    Field separator;   // "/", "//"; in a malformed mark what stands there instead (" ", ", ", " - ")
    Field text;        // "NF", "NOFORN", "REL NATO, ISAF", "XYZ"
    Kind kind = Kind::unknown;
};

// A portion mark: "(C)", "(S/NF)", "(S//NF)", "(SBU/NF)", "(S/REL NATO)", "(C//REL ISAF)", "(U//FOUO)", lower-case
// forms in lower-cased cables; or a malformed attempt at one (`(SNF)`, `(C NF)`, `C)`, `(C XXXX…`), whose defects
// the grammar names and locates.
struct PortionMark {
    struct Defect {
        enum class Kind {
            spaces_inside,     // "( C )"
            no_level,          // "(/Rel UK)"
            spelled_level,     // "(SECRET/REL FRANCE)"; `at` the word
            glued_control,     // "(SNF)"; `at` the control glued to the level
            bad_separator,     // "(C NF)"; `at` what stands where the slash belongs
            unknown_control,   // "(S/XYZ)"; `at` the word
            open_missing,      // "C) Summary"
            close_missing,     // "(C XXXXXXXXXXXX said"
            transposed,        // "(N/SF)" for (S/NF); `at` the level letter
        };
        Kind kind;
        Field at;
    };
    Field whole;                       // "(S//NF)"; absent when there is no mark
    Field level_text;                  // "S", "SBU", "SECRET", "" (no level)
    Level level = Level::none;
    std::vector<MarkControl> controls;
    std::vector<Defect> defects;       // empty: a well-formed mark
    bool entire_text = false;          // "(C - ENTIRE TEXT)": the overall marking of older cables, tolerated

    bool found() const { return whole.data() != nullptr; }
    bool well_formed() const { return found() && defects.empty() && !entire_text; }
    bool has(MarkControl::Kind k) const {
        for (const MarkControl& c : controls)
            if (c.kind == k) return true;
        return false;
    }
    bool noforn() const { return has(MarkControl::Kind::noforn) || has(MarkControl::Kind::sbu_noforn); }
    bool sbu() const { return level == Level::sbu; }
};

// A page marker (spec §3.10): "ASTANA 00001366 002 OF 003", on a line of its own, with text run onto it, or
// reflowed into a sentence ("… contact with a TUNIS 00000492 003 OF 005 wide swath …"). Any spacing between parts.
struct PageMarker {
    Field line;                  // the whole line it stands on
    Field text;                  // the marker itself, origin to total
    Field origin, serial, page, sub, total;   // "ASTANA" "00001366" "002" ".1"/absent "003"
    std::uint64_t serial_no = 0;
    int page_no = 0;
    std::optional<int> sub_no;   // 1 for "001.1"
    int total_no = 0;
    Field before;                // text before it on the line (a reflowed sentence), absent if none
    Field runon;                 // text after it on the line, absent if none
    bool starts_line = false;    // the grammar read the line as a marker line (the marker, or words and the marker)
    bool inline_() const { return before.data() != nullptr || runon.data() != nullptr; }
};

}  // namespace cablelint
