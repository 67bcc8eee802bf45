// Layer 3: the text (spec §3). Banner, caption block, E.O., TAGS, SUBJECT, REF, Classified By, numbered paragraphs
// with portion marks, page markers, signature; then the page chrome that ends a page-text cable.
//
// Lenient at the line level: a line that fits no construct is text (`text_other`). Head fields may appear anywhere
// (their order is a rule's business, not the grammar's); the parser keeps the first of each.
#pragma once

#include <cstdint>
#include <cstring>

#include "basics.hpp"
#include "byte_scan.hpp"   // src/: sixteen bytes at a time
#include "fields.hpp"
#include "head.hpp"
#include "markings.hpp"

namespace cablelint::grammar {

// ---- E.O. line (spec §3.4) ----------------------------------------------------------------------------------
struct eo_lead : seq<at<one<'E', 'e'>>, eo_label, ws_star, opt<one<':'>>, ws_star, digit> {};
struct eo_number : plus<digit> {};
struct eo_colon : sor<seq<ws_star, eo_number_colon, ws_star>, seq<malformed_eo_number_no_colon, ws_star>> {};

struct eo_na : TAO_PEGTL_ISTRING("N/A") {};
struct decl_colon : sor<one<':'>, at<ws>> {};
struct decl_label : sor<TAO_PEGTL_ISTRING("DECLASSIFY ON"), seq<TAO_PEGTL_ISTRING("DECL"), must<decl_colon>>,
                        seq<TAO_PEGTL_ISTRING("DNG:"), ws_star, sor<TAO_PEGTL_ISTRING("CO"), TAO_PEGTL_ISTRING("SE")>>> {};
struct decl_exemption : sor<seq<TAO_PEGTL_ISTRING("25X"), digit>, seq<TAO_PEGTL_ISTRING("50X"), digit>,
                            seq<TAO_PEGTL_ISTRING("1.6X"), digit>, seq<one<'X', 'x'>, digit, not_at<alnum>>> {};
// A SUBJECT label run onto the E.O. or TAGS line ("… Tags: prel, pgov Subject: …" in lower-cased cables).
struct subject_runon_lead : seq<subject_label_word, subject_label_colon> {};
// Text up to the end of the line, or to a TAGS or SUBJECT label run onto the line.
struct eo_text : text_before_ws_and<sor<seq<tags_label, ws>, subject_runon_lead>> {};
struct decl_value : sor<seq<decl_exemption, eo_text>, seq<decl_date, eo_text>, eo_text> {};
struct remarked : sor<TAO_PEGTL_ISTRING("AS AMENDED"), TAO_PEGTL_ISTRING("DECLASSIFIED")> {};
struct eo_instruction : sor<seq<eo_na, eo_text>, seq<remarked, eo_text>, seq<decl_label, ws_star, decl_value>,
                            seq<decl_date, eo_text>, eo_text> {};

// ---- TAGS (spec §3.5) ---------------------------------------------------------------------------------------
struct person_tag_name : plus<sor<redaction, not_one<')', '\r', '\n'>>> {};
struct person_tag : seq<one<'('>, person_tag_name, one<')'>> {};
struct tag : sor<person_tag, seq<redaction, not_at<alnum>>, plus<sor<alnum, one<'-', '_', '.', '/', '&'>>>> {};
struct subject_label;
struct head_field_lead;
struct tag_continues : seq<ws_star, line_end, ws_star, not_at<head_field_lead>> {};
// A continuation line without a comma before it must hold nothing but tag codes ("VE, CO", "SNAR, SMIG, HO").
struct tag_code : seq<alpha, rep_min_max<1, 5, alnum>, not_at<alnum>> {};
struct tag_only_line : seq<ws_star, tag_code, star<sor<seq<ws_star, one<','>, ws_star>, ws_plus>, tag_code>, ws_star,
                           opt<one<','>>, ws_star, line_end> {};
struct tag_line_break : seq<ws_star, eol, at<not_at<head_field_lead>, tag_only_line>, ws_star> {};
struct tag_separator : sor<seq<ws_star, one<',', ';'>, ws_star, opt<tag_continues>>, tag_line_break, ws_plus> {};
struct tags_list : seq<tag, star<tag_separator, not_at<subject_runon_lead>, tag>> {};
struct tags_runon : seq<tags_label, ws_star, opt<tags_list>> {};
struct subject_runon;
struct tags_line : seq<tags_label, ws_star, opt<tags_list>, ws_star, opt<one<',', '.'>>,
                       sor<field_end, seq<ws_plus, subject_runon>>> {};

struct eo_line : seq<at<eo_lead>, eo_label, ws_star, opt<malformed_eo_colon_before>, ws_star, eo_number, eo_colon,
                     eo_instruction, opt<ws_plus, tags_runon>, sor<field_end, seq<ws_plus, subject_runon>>> {};
struct malformed_eo_line : seq<at<eo_lead>, any_line> {};
// A peek (it consumes nothing): after the first character, the line has white space followed by an E or e and a dot
// or an O, where an E.O. label run onto the line could start. Every line of text is asked; most have none.
struct eo_label_later_on_line {
    using rule_t = eo_label_later_on_line;
    using subs_t = type_list<>;
    static bool label_at(const char* q) {
        return (*q == 'E' || *q == 'e') && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\xA0') &&
               (q[1] == '.' || q[1] == 'O' || q[1] == 'o');
    }
    static bool ahead(const char* const p, const char* const end) {
        namespace bs = byte_scan;
        if (p == end || *p == '\n') return false;
        // The E is looked for from the line's second character to its last, with a character after it. Sixteen
        // places at a time (the bytes before and after them read too): an E or e, white space before it, a dot or an
        // O after it, before the block's first line end if it has one.
        const char* q = p + 1;
        for (; end - q >= 17; q += 16) {
            const bs::bytes16 here = bs::load16(q);
            const bs::bytes16 before = bs::load16(q - 1);
            const bs::bytes16 after = bs::load16(q + 1);
            const std::uint32_t label = bs::bits(
                ((here | bs::splat(0x20)) == bs::splat('e')) &
                ((before == bs::splat(' ')) | (before == bs::splat('\t')) | (before == bs::splat(0xA0))) &
                ((after == bs::splat('.')) | ((after | bs::splat(0x20)) == bs::splat('o'))));
            const std::uint32_t nl = bs::bits(here == bs::splat('\n'));
            if (nl != 0) return (label & ((nl & -nl) - 1)) != 0;
            if (label != 0) return true;
        }
        for (; end - q >= 2 && *q != '\n'; ++q) {
            if (label_at(q)) return true;
        }
        return false;
    }
    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) {
        return ahead(in.current(), in.end());
    }
};
// An E.O. line run onto the end of another line ("DEPARTMENT FOR WHA AND PM E.O. 12958: DECL: …", spec §6).
struct runon_eo_line : seq<eo_label_later_on_line, not_at<ws_plus, eo_lead>, line_char, text_before_ws_and<eo_lead>, ws_plus,
                            try_catch_type<field_error, eo_line>> {};
struct banner_captions : rest {};   // captions run onto the banner line ("… 001234 NOFORN SIPDIS")
struct banner_runon : sor<seq<at<eo_lead>, try_catch_type<field_error, eo_line>>, runon_eo_line,
                          seq<banner_captions, line_end>> {};

// ---- SUBJECT, REF, Classified By (spec §3.6–3.8) -------------------------------------------------------------
struct ref_label : seq<sor<TAO_PEGTL_ISTRING("REFTEL"), TAO_PEGTL_ISTRING("REF(S)"), TAO_PEGTL_ISTRING("REFS"),
                           TAO_PEGTL_ISTRING("REF")>,
                       sor<seq<ws_star, one<':'>>, ws_plus>> {};
struct classified_by_label : seq<opt<TAO_PEGTL_ISTRING("(U)"), ws_star>,
                                 sor<TAO_PEGTL_ISTRING("CLASSIFIED"), TAO_PEGTL_ISTRING("CLASSFIED")>, ws_plus,
                                 TAO_PEGTL_ISTRING("BY")> {};
struct head_field_lead : sor<eo_lead, seq<tags_label, ws>, subject_label, ref_label, classified_by_label,
                             banner_line> {};

struct paragraph_lead;
// A wrapped field continues on following lines until a blank line or the next construct.
struct continuation_line : seq<not_at<blank_line>, not_at<head_field_lead>, not_at<paragraph_lead>,
                               not_at<page_marker_lead_at_line>, not_at<ws_star, any_portion_mark, ws>, any_line> {};
// "REF: … Classified By: …" (spec §6: fields run together).
struct classified_by_runon : seq<classified_by_label, rest> {};
struct rest_before_classified_by : text_before_ws_and<classified_by_label> {};
struct subject_mark : any_portion_mark {};
struct subject_line : seq<subject_label, ws_star, opt<subject_mark>, rest_before_classified_by, opt<ws_plus, classified_by_runon>,
                          line_end> {};
struct subject_block : seq<subject_line, star<continuation_line>> {};
struct subject_runon : seq<at<subject_runon_lead>, subject_block> {};
// A mark ending the subject's last line ("SUBJECT: FOO BAR (C)"); the parser runs it over that line.
struct subject_tail_mark : any_portion_mark {};
struct subject_tail : seq<star<not_at<subject_tail_mark, ws_star, eof>, line_char>, subject_tail_mark, ws_star, eof> {};
struct ref_line : seq<ref_label, rest_before_classified_by, opt<ws_plus, classified_by_runon>, line_end> {};
struct ref_block : seq<ref_line, star<continuation_line>> {};
struct classified_by_line : seq<classified_by_label, rest, line_end> {};
struct classified_by_block : seq<classified_by_line, star<continuation_line>> {};

// ---- Paragraphs (spec §3.9): N. (mark) text ----------------------------------------------------------------
struct pilcrow : string<'\xC2', '\xB6'> {};
struct paragraph_number : rep_min_max<1, 3, digit> {};
struct paragraph_dot : seq<one<'.'>, opt<one<'.'>, not_at<one<'.'>>>> {};   // "3.." is paragraph 3
struct paragraph_mark : sor<any_portion_mark, malformed_mark_open, malformed_mark_close> {};
// "1. " ends its line and its mark starts the next: "(C) text".
struct wrapped_paragraph_mark : seq<ws_star, eol, ws_star, paragraph_mark> {};
struct paragraph_lead : seq<opt<one<' '>>, opt<pilcrow>, paragraph_number, paragraph_dot,
                            sor<ws_plus, at<one<'('>>, at<wrapped_paragraph_mark>>> {};
// A mark a few words after the number: "1. SUMMARY (C): …" (the parser keeps it when it starts early in the line).
struct late_mark : seq<portion_mark> {};
struct late_mark_search : seq<star<not_at<portion_mark>, line_char>, late_mark> {};
struct paragraph_line : seq<at<paragraph_lead>, opt<one<' '>>, opt<pilcrow>, paragraph_number, paragraph_dot, ws_star,
                            sor<paragraph_mark, wrapped_paragraph_mark, opt<late_mark_search>>, rest, line_end> {};
// A sub-item carrying a mark: "A. (C) …", "-- (S/NF) …", "(C) …" alone.
struct item_lead : sor<seq<alpha, one<'.', ')'>>, seq<one<'('>, alpha, one<')'>>, rep_min_max<1, 3, one<'-'>>, one<'*'>> {};
struct item_mark : any_portion_mark {};
// (Every line of the text is offered to it: the peek, without actions, sees that a mark's "(" comes where one must.)
struct subitem_line : seq<at<ws_star, sor<seq<item_lead, ws_star, one<'('>>, one<'('>>>, ws_star,
                          sor<seq<item_lead, ws_star, item_mark>, item_mark>, rest, line_end> {};

// ---- Page markers, repeated banners ------------------------------------------------------------------------
struct malformed_page_marker : seq<at<page_marker_lead_at_line>, any_line> {};
// Either, looked for once: a line of text with no serial on it is neither.
struct page_marker_or_malformed : seq<at<page_marker_lead_at_line>, sor<try_catch_type<field_error, page_marker_line>,
                                                                          malformed_page_marker>> {};
struct later_banner : banner_line {};

// ---- Ending chrome (spec §0 layer 4) -------------------------------------------------------------------------
struct share_chrome : seq<TAO_PEGTL_STRING("Share this cable"), field_end, star<any_line>> {};
struct end_of_message : seq<TAO_PEGTL_STRING("NNNN"), field_end> {};

struct text_blank : blank_line {};
// A line that starts an item of its own rather than continuing a sentence: "7. ", "3)", "-- ", "* ", "• ", "o ",
// "(a)", "b)", "A. ", "[".
struct item_start : seq<ws_star, opt<pilcrow, ws_star>,
                        sor<seq<rep_min_max<1, 3, digit>, one<'.', ',', ')'>>, one<'-', '*', '~', '>', '['>,
                            string<'\xE2', '\x80', '\xA2'>, seq<one<'o'>, one<' ', '\t'>>,
                            seq<opt<one<'('>>, rep_min_max<1, 3, alnum>, one<')'>>, seq<upper, one<'.'>, one<' ', '\t'>>>> {};
struct text_other : any_line {};
// First-character dispatch: a line production offered only lines whose first character can start it. The characters
// are the production's own first ones (tests/grammar_test.cpp computes those from the production and requires them
// among these). Most lines of running text start none of them, and each try costs PEGTL's control hooks, a rewind
// marker and, for a production compiled apart, a call: 4 % of the instructions of a run over the corpus.
template <typename Rule, char... First>
struct led_by : seq<at<one<First...>>, Rule> {};
struct text_line : sor<text_blank, led_by<share_chrome, 'S'>, led_by<end_of_message, 'N'>,
                       page_marker_or_malformed, led_by<later_banner, 'T', 't', 'S', 's', 'C', 'c', 'U', 'u', 'L', 'l'>,
                       led_by<try_catch_type<field_error, eo_line>, 'E', 'e'>, malformed_eo_line,
                       led_by<tags_line, 'T', 't'>, led_by<subject_block, 'S', 's'>, led_by<ref_block, 'R', 'r'>,
                       led_by<classified_by_block, '(', 'C', 'c'>,
                       led_by<paragraph_line, ' ', '\xC2', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'>,
                       subitem_line, runon_eo_line, corrected_copy_caption, text_other> {};

struct first_banner : banner_line {};
struct text : seq<opt<sor<first_banner, garbled_banner_line>>, star<text_line>> {};

// Where the text begins when a header precedes it.
struct text_start : sor<banner_line, garbled_banner_line, eo_lead, seq<tags_label, ws>, subject_label,
                        seq<TAO_PEGTL_STRING("SIPDIS"), field_end>> {};

}  // namespace cablelint::grammar

// For PEGTL's analyzer: the peek may succeed without consuming input.
template <typename Name>
struct tao::pegtl::analyze_traits<Name, cablelint::grammar::eo_label_later_on_line> : analyze_opt_traits<> {};
