// The located document model: what the grammar found in one cable, region by region.
//
// Every Field is a view into the file's bytes (no copies): `Source::span_of(field)` gives its byte span and
// `Source::position()` its line and column. An absent field has a null data pointer (`!present(f)`); a field that is
// present but empty points at its position with size 0. Names follow ../shared/spec/cable-format.md.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "date_values.hpp"
#include "head_fields.hpp"
#include "body_model.hpp"
#include "markings.hpp"

namespace cablelint {

using Field = std::string_view;
inline bool present(Field f) { return f.data() != nullptr; }

int level_rank(Level l);               // U/SBU/EFTO/LOU 0, C 1, S 2, TS 3, none -1
const char* level_name(Level l);       // "UNCLASSIFIED", "CONFIDENTIAL", ...

// A field whose strict sub-grammar failed: where it went wrong and what the grammar expected there.
struct SyntaxError {
    enum class Kind {
        identifier,     // W102
        created,        // W103
        header_line,    // H201 (VZCZC, routing line, DE, ZNY/ZNR, FM/TO/INFO)
        dtg,            // D301
        banner,         // C502
        eo_line,        // E406 when it fails inside the instruction, else the E.O. line itself
        decl,           // E406
        section,        // S601 (SECTION n OF m that does not parse)
        page_marker,    // S604-family marker that does not parse
    };
    Kind kind;
    Field line;             // the whole line
    std::uint32_t at = 0;   // byte offset of the first wrong character
    std::string message;    // what was expected there
    const char* what = "";  // field name, e.g. "DE line"
    // Which header format line failed (Kind::header_line), for checks that ask whether a line is broken or missing.
    enum class FormatLine { none, fl1, routing, de, security } format_line = FormatLine::none;
};

// ---------------------------------------------------------------------------------------------------------------
// Layer 1: the page wrapper (spec §1)

// The page Classification as grammar/wrapper.hpp reads it: the level ("SECRET") and the controls after `//`.
struct PageClassification {
    int rank = -1;           // 0 U, 1 C, 2 S, 3 TS; -1 for a page string without a level (LIMITED OFFICIAL USE)
    Field base;              // "SECRET"
    Field suffix;            // "//NOFORN" (with the slashes), absent when none
    bool noforn = false;
    bool fouo = false;
};

// The page Identifier's parts (spec §4): "09" + "ASTANA" + "1366", as grammar/fields.hpp `identifier` reads them.
struct IdentifierParts {
    Field yy, origin, serial;
    std::optional<long> yy_no, serial_no;   // 9, 1366
};

// The post an FM line or the page Origin names: "AMEMBASSY BAGHDAD//POL//" is prefix AMEMBASSY, post BAGHDAD and
// office //POL//; name is prefix and post ("AMEMBASSY BAGHDAD"), how the origins vocabulary keys a spelling.
struct PostName { Field name, prefix, post, office; };

struct Wrapper {
    bool present = false;
    Field block;                      // from "Identifier" to the chrome line before the header
    Field label_identifier, label_created, label_classification, label_origin;
    Field identifier, created, classification, origin;   // the four values (lines)
    std::optional<IdentifierParts> id;   // the identifier's parts, when it follows its grammar
    std::optional<PageClassification> page_class;   // the Classification's level and controls, when it has a level
    PostName origin_post;   // the post the Origin names
    std::optional<CreatedValue> created_value;   // Created as read by the grammar (absent when malformed)
    Field title_label, title;         // "Cable title:" and its value line (may be empty)
    Field tags_line;                  // "Tags:  PGOV  PREL  ..."
    std::vector<Field> tags;          // tag tokens of the Tags line (person tags "(STEINBERG" "JAMES" "B.)" split)
    Field chrome;                     // "pdf how-to read a cable"
    // Value lines in the order they appear, with what the grammar took each for.
    enum class ValueKind { identifier, created, classification, origin };
    struct Value {
        ValueKind kind;
        Field line;
        bool has_level = false;   // a Classification value with a known level (PageClassification::rank)
    };
    std::vector<Value> values;
    std::vector<Field> labels;        // label lines in the order they appear
};

// ---------------------------------------------------------------------------------------------------------------
// Layer 2: the transmission header (spec §2)

enum class HeaderFamily {
    none,            // no header at all (text starts at once)
    relay,           // A: VZCZCXRO…
    web,             // B: VZCZCXYZ…
    other_vzczc,     // VZCZC with another channel (VZCZCMDI433)
    abbreviated,     // C: starts at the DTG line
    distribution,    // D: INFO LOG-00 …
    partial_extract, // E: "This record is a partial extract …"
    printout,        // F: PAGE 01 …
    email,           // G
    banner_first,    // H
};
const char* family_name(HeaderFamily f);

struct Dtg {
    Field whole;                              // "101402Z AUG 09"
    Field day, hour, minute, zone, month, year;
    DtgValue value;                           // the numbers, date and UTC instant (date_values.hpp)
};

struct Fl1 { Field line, channel, number; };                       // VZCZCXRO8832
struct RoutingLine { Field line, prosign; std::vector<Field> ris; };   // RR RUEHBI … (continuation lines included)
struct DeLine {                                                      // DE RUEHTA #1366/01 2221402
    Field line, ri, ssn, section, julian, time;
    std::optional<long> ssn_no, section_no;                          // 1366, 1
    std::optional<FilingTime> filed;                                 // JJJHHMM as numbers
};
struct SecurityLine { Field line, prefix, letters, specat; std::vector<Field> signals; };  // ZNY CCCCC ZZH
struct DtgLine { Field line; std::vector<Field> precedence; Dtg dtg; Field signals; };    // R 101402Z AUG 09 ZDK
struct Address { Field line, ri, pla, precedence, mcn; };           // RUEHC/SECSTATE WASHDC PRIORITY 5993

struct Header {
    HeaderFamily family = HeaderFamily::none;
    Field region;                 // all header lines
    Fl1 fl1;
    RoutingLine routing;
    DeLine de;
    SecurityLine security;
    DtgLine dtg;                  // FL5 (or the bare DTG of a partial extract)
    Field fm_line, fm;            // FM line and its PLA
    PostName fm_post;             // the post the PLA names (absent when the PLA is no post name)
    Field to_line, info_line;     // the TO and INFO keyword lines
    std::vector<Address> to, info;
    Field partial_extract;        // the partial-extract notice line
};

// ---------------------------------------------------------------------------------------------------------------
// Layer 3: the text (spec §3)

struct Banner {
    Field line;
    Field level;                  // "C O N F I D E N T I A L", "UNCLAS", "S e c r e t" …
    Level level_id = Level::none;
    bool spaced = false;          // letter-spaced form
    Field section, section_n, section_m;   // "SECTION 01 OF 03", "01", "03"
    Field origin, serial;         // "ASTANA", "001366"
    std::optional<long> serial_no, section_no, section_total;   // 1366, 1, 3 (absent when not digits)
};

struct EoLine {
    Field line;
    Field label;                  // "E.O.", "EO", "E.o."
    EoLabelForm label_form = EoLabelForm::canonical;
    Field colon_before;           // a colon between label and number ("E.O.: 12958"), absent when none
    Field number;                 // "12958"
    Field number_colon;           // the colon after the number, absent when missing
    Field instruction;            // everything after the number (and its colon)
    Field decl_label;             // "DECL:", "decl:", "DNG:", "Declassify on"
    Field decl;                   // the value after DECL: ("08/10/2019", "MR", "25X1", "CLOSURE OF ICTY")
    Field decl_date;              // when decl is (or starts with) a date: the date text
    std::optional<DeclDate> decl_date_value;   // that date as read by the grammar (date_values.hpp)
    Field na;                     // "N/A" when present
    Field tags_runon;             // "TAGS: …" run onto the same line
    Field subject_runon;          // "Subject: …" run onto the same line (lower-cased cables)
    DeclInstruction decl_instruction;   // what the instruction says, read once (src/decl_instruction.cpp)
};

struct TagsLine {
    Field line;                   // first line (continuations in `lines`)
    Field label;                  // "TAGS:", "TAGS", "Tags:", "TAG"
    TagsLabelForm label_form = TagsLabelForm::tags;
    bool label_colon = false;
    std::vector<Field> lines;
    std::vector<Field> tags;      // tokens, commas removed; person names "(SURNAME, GIVEN)" kept as one token
    // Up to three lines right after the TAGS line, before a blank line, that the grammar took for something else
    // (a list wrapped without a trailing comma whose tokens are no tag codes: W106 compares them with the page).
    std::vector<Field> following;
};

struct Subject {
    Field line, label;            // "SUBJECT:" / "SUBJ:" / "Subject:"
    SubjectLabelForm label_form = SubjectLabelForm::subject;
    LabelEnd label_end = LabelEnd::colon;
    Field first;                  // text on the label line
    PortionMark mark;             // "(C)" leading the text, or ending its last line
    std::vector<Field> lines;     // all lines of the subject (label line first)
};

struct RefBlock {
    Field line, label;            // "REF:", "REFTEL", "REF(S):"
    std::vector<Field> lines;     // the block's lines (to a blank line)
    std::vector<RefItem> items;   // its items, continued over blank lines while the lettering goes on
};

struct ClassifiedBy {
    Field line;                   // the first line
    std::vector<Field> lines;     // with continuation lines
    Field classifier;             // "Ambassador Richard E. Hoagland" (to the reasons)
    Field reasons_section;        // "1.4" ("1." / "4" when wrapped)
    Field malformed_section;      // a section that is no section: "1/4", "1,4", "1.6"
    Field reasons_letters;        // "(b/d)", "(B) and (D)", "b and d"
    std::vector<ReasonLetter> letters;   // b, d
};

struct Paragraph {
    Field line;                   // the (first) line "1. (C) SUMMARY: …"
    Field number;                 // "1"
    std::optional<long> number_no;   // 1
    PortionMark mark;             // right after the number (or at the start of the next line when "1." ends its line)
    PortionMark late_mark;        // a well-formed mark a few words after the number: "1. SUMMARY (C): …"
    Field text;                   // the text of the line after the number and its mark, trimmed
    Field previous;               // the last non-blank line before it (for wrapped-number detection)
    bool after_blank = false;     // a blank line stands between `previous` and this line
    // Sub-items before the next paragraph ("A. (C) …", "-- (S/NF) …") and their marks: a numbered heading
    // ("5. Political Situation", "1. Key Points:") leaves the marking to them.
    std::vector<PortionMark> item_marks;
    bool items_follow = false;    // the next line with text (underlines skipped) is a marked sub-item
};

struct Text {
    Field region;
    Field sensitive_caption;   // the caption-block line with SENSITIVE: an UNCLASSIFIED banner means SBU
    // The first line of the text with something on it, trailing white space cut (the file's, without a text region):
    // where a missing head field is reported.
    Field first_line;
    Banner banner;                // the first banner
    std::vector<Banner> later_banners;     // banners repeated in the text (section starts)
    std::vector<Field> captions;           // SIPDIS, NOFORN, … lines of the caption block
    std::vector<Field> for_lines;          // "STATE FOR …" addressee lines
    std::vector<Caption> caption_items;    // the caption words of caption lines, addressee lines and the banner line
    EoLine eo;
    TagsLine tags;
    Subject subject;
    RefBlock ref;
    ClassifiedBy classified_by;
    std::vector<Paragraph> paragraphs;
    std::vector<PageMarker> markers;
    std::vector<Aside> asides;             // SUMMARY/COMMENT/NOTE openers and closers, in text order
    std::vector<TextBreak> breaks;         // runs of blank lines between lines of text, in text order
    std::vector<Field> redactions;         // `XXXXXXXXXXXX` runs, in text order (a redacted value is unknown)
    // "Classified by", "Classfied By", "Derived from" anywhere in the text (the field itself among them), in order.
    std::vector<Field> classifier_mentions;
    Signature signature;                   // absent (`!present(signature.line)`) when the text ends unsigned
    Field last_line;                       // the last line of text (no NNNN, markup or page chrome)
    Field last_line_noise;                 // its last word when that is line noise ("mo~97@Q5OQg", grammar/noise.hpp)
    // Paragraph numbers the grammar did not take as paragraphs: indented ("   1. (S) SUMMARY"), mistyped
    // ("1, (C) Summary"), run onto another line ("… 1.4 (b), (d) 1. (C) Summary: …"). P801 counts them.
    std::vector<Field> other_numbers;
    std::vector<Field> entire_text;           // "CONFIDENTIAL - ENTIRE TEXT": a note that the cable is marked as a whole
    Field duplicate_head;         // the second copy of banner…Classified By (spec §1, R45); fields above are from the first
    Field first_head;             // the first copy, from its banner to where the second starts (with duplicate_head)
    bool duplicate_head_differs = false;
    std::vector<Field> duplicate_captions;   // the caption and addressee lines of that second copy
};

// ---------------------------------------------------------------------------------------------------------------

struct Document {
    Wrapper wrapper;
    Header header;
    Text text;
    Field ending;                           // "Share this cable …" chrome, NNNN
    MailWrapper mail;                       // an e-mail/database block around the cable (family G), if any
    std::vector<CopySignal> copy_signals;   // corrected-copy caption, CCY/ZDK/ZDS/ZFD signals, in file order
    std::vector<SyntaxError> errors;        // strict field sub-grammars that failed
    bool binary = false;                    // NUL bytes: not parsed at all

    // Classification of the cable from the banner (and SENSITIVE caption → SBU). Level::none when no banner.
    Level level() const {
        return text.banner.level_id == Level::unclassified && present(text.sensitive_caption) ? Level::sbu
                                                                                              : text.banner.level_id;
    }
    bool classified() const { return level_rank(level()) >= 1; }
    // Something in the file looks like a cable: a wrapper, a header format line, a banner, an E.O., TAGS or SUBJECT
    // line (F908 reports a file with none; a directory walk skips it). A header counts by its format lines, not by
    // the family guess (any text before a banner could be "a header").
    bool recognisable() const {
        const Header& h = header;
        const bool has_header = present(h.fl1.line) || present(h.routing.line) || present(h.de.line) ||
                                present(h.security.line) || present(h.dtg.line) || present(h.fm_line) ||
                                present(h.to_line) || present(h.partial_extract);
        return wrapper.present || has_header || present(text.banner.line) || present(text.eo.line) ||
               present(text.tags.line) || present(text.subject.line);
    }
    // Captions, read one way for every rule: the lines of the caption block — caption lines, addressee lines
    // ("NOFORN, SIPDIS, FOR DCMS …"), the banner line (a run-on "S E C R E T//NOFORN") and, when the two head copies
    // differ, the second copy's caption lines (06LAPAZ3400) — and the first that carries `word` as a whole word
    // outside parentheses (a portion mark "(S/NOFORN)" or a note "(NOFORN CAPTION ADDED)" is no caption), in any
    // case ("Noforn").
    std::vector<Field> caption_block_lines() const;
    Field caption_line_with(std::string_view word) const;
    bool has_caption(std::string_view word) const { return present(caption_line_with(word)); }
    // Is (part of) this value a redaction run? A redacted value is unknown: it matches nothing and differs from
    // nothing.
    bool redacted(Field value) const;
};

}  // namespace cablelint
