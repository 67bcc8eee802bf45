// Head fields of the text (spec §3.2–§3.8): the labels of E.O., TAGS and SUBJECT with one production per written
// form (misspellings as malformed_*), and the sub-grammars the parser runs over a field it has delimited: the
// Classified By block (classifier, reason section and letters), REF items, and the caption-block lines (caption
// items, addressee "FOR" lines).
#pragma once

#include "basics.hpp"

namespace cablelint::grammar {

// ---- E.O. label (spec §3.4) ---------------------------------------------------------------------------------
struct eo_label_canonical : TAO_PEGTL_STRING("E.O.") {};
struct malformed_eo_label_case : TAO_PEGTL_ISTRING("E.O.") {};      // "E.o." (or a lower-cased cable's form)
struct malformed_eo_label_spaced : TAO_PEGTL_ISTRING("E. O.") {};
struct malformed_eo_label_no_dot : TAO_PEGTL_ISTRING("E.O") {};
struct malformed_eo_label_zero : TAO_PEGTL_ISTRING("E.0.") {};
struct eo_label_short : TAO_PEGTL_ISTRING("EO") {};                  // the house style "EO 12958 DECL: …"
struct eo_label : sor<eo_label_canonical, malformed_eo_label_case, malformed_eo_label_spaced, malformed_eo_label_no_dot,
                      malformed_eo_label_zero, eo_label_short> {};
struct malformed_eo_colon_before : one<':'> {};                       // "E.O.: 12958", "EO: 12958"
struct eo_number_colon : one<':'> {};
struct malformed_eo_number_no_colon : success {};                     // "E.O. 12958 DECL: …"

// ---- TAGS label (spec §3.5) ---------------------------------------------------------------------------------
struct tags_label_tags : TAO_PEGTL_ISTRING("TAGS") {};
struct malformed_tags_label_tages : TAO_PEGTL_ISTRING("TAGES") {};
struct malformed_tags_label_tag : TAO_PEGTL_ISTRING("TAG") {};
struct tags_label_word : sor<tags_label_tags, malformed_tags_label_tages, malformed_tags_label_tag> {};
struct tags_label_colon : seq<ws_star, one<':'>> {};
struct tags_label : seq<tags_label_word, not_at<alpha>, opt<tags_label_colon>> {};

// ---- SUBJECT label (spec §3.6) ------------------------------------------------------------------------------
struct subject_label_subject : TAO_PEGTL_ISTRING("SUBJECT") {};
struct malformed_subject_label_subj : TAO_PEGTL_ISTRING("SUBJ") {};   // the period's form before 1995
struct subject_label_colon : seq<ws_star, one<':'>> {};
struct malformed_subject_label_dot : one<'.'> {};
struct malformed_subject_label_no_colon : at<ws_plus, not_at<one<':'>>> {};
struct subject_label_word : sor<subject_label_subject, malformed_subject_label_subj> {};
// "SUBJECT." only in capitals: "subject. In addition, …" is a sentence wrapped onto a new line.
struct subject_label : sor<seq<subject_label_word, not_at<alpha>, subject_label_colon>,
                           seq<subject_label_word, not_at<alpha>, malformed_subject_label_no_colon>,
                           seq<at<sor<TAO_PEGTL_STRING("SUBJECT."), TAO_PEGTL_STRING("SUBJ.")>>, subject_label_word,
                               malformed_subject_label_dot>> {};

// ---- Classified By block (spec §3.8), run over the block the text grammar delimited ---------------------------
// "Classified By: Ambassador Richard E. Hoagland, 1.4 (b/d)"; "… For Reasons 1.4 (d) and" / "(g)."
namespace clby {
struct space : sor<ws, eol> {};
struct section_dot : seq<one<'.'>, star<space>> {};                   // "1." / "4" wrapped
struct section : seq<one<'1'>, section_dot, one<'4', '5'>, not_at<digit>> {};
// "1/4 (B)", "1,4 (b)", "1.6 (d)": meant as a section, but none (spec §6).
struct malformed_section : seq<one<'1'>, sor<seq<one<'/', ','>, opt<one<' '>>, digit>, seq<one<'.'>, digit>>, not_at<digit>,
                               star<ws>, at<one<'('>, star<ws>, ranges<'a', 'h', 'A', 'H'>, star<ws>, one<')'>>> {};
struct and_word : seq<TAO_PEGTL_ISTRING("AND"), not_at<alpha>> {};
// "an d", "a nd", "a n d": an "and" split by the page layout (also across a line break).
struct split_and : sor<seq<TAO_PEGTL_ISTRING("AN"), plus<space>, one<'d', 'D'>, not_at<alpha>>,
                       seq<one<'a', 'A'>, plus<space>, TAO_PEGTL_ISTRING("ND"), not_at<alpha>>,
                       seq<one<'a', 'A'>, plus<space>, one<'n', 'N'>, plus<space>, one<'d', 'D'>, not_at<alpha>>> {};
struct letter : seq<alpha, not_at<alpha>, not_at<one<'.'>, alpha>> {};   // "E.O." is an abbreviation, not a letter
struct open : one<'('> {};
struct close : one<')'> {};
// The list goes on over a line break when the line ends open ("(b) and", "(b),", "(") or the next line visibly
// continues it ("and (d)", "nd (d)", "(d)", "d,").
struct open_end : seq<sor<one<',', '&', '/'>, and_word>, star<ws>, eol> {};
struct goes_on : sor<and_word, seq<TAO_PEGTL_ISTRING("ND"), not_at<alpha>>, seq<one<'d', 'D'>, star<ws>, one<'('>>,
                     one<'&', ',', ')'>,
                     seq<opt<one<'('>>, star<ws>, ranges<'a', 'h', 'A', 'H'>, star<ws>,
                         sor<one<')', ',', '/', '&'>, eolf, and_word>>> {};
struct wrap : seq<star<ws>, eol, star<ws>, at<goes_on>> {};
struct joiner : sor<open_end, and_word, split_and, plus<sor<ws, one<',', '/', '&', ';', ':', '.', '-'>>>> {};
struct letters : star<sor<seq<open, opt<star<ws>, eol>>, close, wrap, joiner, letter>> {};
struct reasons : seq<section, letters> {};
// The classifier: from the label to a comma, "for reasons", "reason" or the section (each white-space run is
// matched once: linear in its length).
struct classifier_stop : sor<one<',', ';'>, TAO_PEGTL_ISTRING("REASON"), section, eolf,
                             seq<TAO_PEGTL_ISTRING("FOR"), plus<ws>, TAO_PEGTL_ISTRING("REASON")>> {};
struct classifier : plus<sor<plus<not_at<classifier_stop>, non_ws_char>, seq<ws_plus, not_at<classifier_stop>>>> {};
struct other : sor<plus<digit>, any> {};
struct block : seq<star<sor<ws, one<':', '.'>>>, opt<classifier>,
                   star<not_at<reasons>, not_at<malformed_section>, other>, opt<sor<reasons, malformed_section>>,
                   star<any>> {};
}  // namespace clby

// ---- REF items (spec §3.7), run over the REF block's text after its label ------------------------------------
namespace ref {
// An enumeration "A." "(A)" "A)" at the start of a word; the parser takes it as an item's start only when it is the
// next letter in sequence (A, B, C …), else it is text ("PARA A)").
struct enum_paren : seq<one<'('>, alpha, one<')'>> {};
struct enum_dot : seq<alpha, one<'.', ')'>, at<sor<ws, eolf>>> {};
struct enumeration : sor<enum_paren, enum_dot> {};
struct year : seq<sor<seq<sor<TAO_PEGTL_STRING("19"), TAO_PEGTL_STRING("20")>, digit2>, digit2>, not_at<alnum>> {};
struct connector : seq<sor<TAO_PEGTL_ISTRING("AND"), TAO_PEGTL_ISTRING("OR"), TAO_PEGTL_ISTRING("SEE"),
                           TAO_PEGTL_ISTRING("REFTEL"), TAO_PEGTL_ISTRING("REF")>, one<' '>> {};
struct word : seq<not_at<connector>, alpha, plus<sor<alpha, one<'-', '.'>>>> {};
struct origin : seq<word, rep_max<2, one<' '>, word>> {};
struct serial : seq<plus<digit>, not_at<alnum>, not_at<one<'/', '-'>, digit>> {};
struct year_after : seq<one<'('>, star<ws>, digit2, star<ws>, one<')'>> {};
// "08 STATE 061194", "2005 BUCHAREST 2550", "DOHA 152 (08)", "STATE 12345". In "PREVIOUS 03 RANGOON 1427" the
// 03 is the year of the reference after it, not a serial.
struct year_before : seq<year, ws_plus, origin, ws_plus, digit> {};
struct cable : seq<opt<year, ws_plus>, origin, ws_plus, not_at<year_before>, serial, opt<ws_star, year_after>> {};
// A page marker run into the REF line by a reflowed page break ("… BRASILIA 00000244 001.2 OF 002 (U) THIS …"):
// the line's items end there.
struct page_marker : seq<origin, one<' '>, rep<8, digit>, one<' '>, digit3, opt<one<'.'>, plus<digit>>, one<' '>,
                         TAO_PEGTL_ISTRING("OF"), one<' '>, digit3> {};
struct stop : seq<page_marker, star<any>> {};
// A date or a year after a reference: "OF 2008", "DATED 3/11/08", "3 JUN 08", "2008".
struct dated : sor<seq<sor<TAO_PEGTL_ISTRING("OF"), TAO_PEGTL_ISTRING("DATED")>, at<ws>>,
                   seq<sor<TAO_PEGTL_STRING("19"), TAO_PEGTL_STRING("20")>, digit2, not_at<alnum>>,
                   seq<rep_min_max<1, 2, digit>, one<'/'>, rep_min_max<1, 2, digit>, one<'/'>, rep_min_max<2, 4, digit>,
                       not_at<digit>>,
                   seq<rep_min_max<1, 2, digit>, star<ws>, rep<3, alpha>, star<ws>, digit2, not_at<alnum>>> {};
// "BELGRADE743", "SAO PAULO433": a serial run into its origin.
struct glued_word : rep_min<3, alpha> {};
struct glued_origin : seq<opt<glued_word, one<' '>, at<glued_word, digit>>, glued_word> {};
struct glued_serial : seq<rep_min_max<2, 7, digit>, not_at<alnum>> {};
struct glued : seq<glued_origin, glued_serial> {};
struct clause_end : one<';', ','> {};
struct boundary : sor<ws, one<';', ',', '('>> {};
struct space : plus<ws> {};
struct line_break : eol {};
struct other : seq<any, star<not_at<sor<boundary, eol>>, any>> {};   // a word of free text
struct items : seq<star<not_at<page_marker>, sor<space, line_break, clause_end, enumeration, cable, glued, dated, other>>,
                   opt<stop>> {};
}  // namespace ref

// ---- Caption block (spec §3.2, §3.3) -------------------------------------------------------------------------
namespace caption {
// The items of a caption line: "NOFORN, SIPDIS, FOR DCMS …", "SECRET//NOFORN".
struct separator : sor<one<',', '/', ';'>> {};
struct item_char : seq<not_at<separator>, non_ws_char> {};
struct item : plus<sor<plus<item_char>, seq<ws_plus, not_at<sor<separator, eolf>>>>> {};
struct line : seq<star<ws>, list<opt<item>, seq<star<ws>, separator, star<ws>>>, star<any>> {};
// An addressee line: "STATE FOR SCA/CEN", "FOR AF AND S/S FROM AMBASSADOR", "PASS TO USAID", "DEPT PLEASE PASS …".
struct for_word : seq<TAO_PEGTL_ISTRING("FOR"), ws> {};
struct pass_word : seq<TAO_PEGTL_ISTRING("PASS"), ws> {};
struct pass_to : seq<TAO_PEGTL_ISTRING("PASS TO"), ws> {};
struct addressee : seq<star<ws>, sor<for_word, pass_word, seq<star<not_at<ws, sor<for_word, pass_to>>, any>, ws,
                                                                 sor<for_word, pass_to>>>> {};
}  // namespace caption

}  // namespace cablelint::grammar
