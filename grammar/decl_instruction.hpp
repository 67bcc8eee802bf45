// The declassification instruction (spec §3.4): what follows the order number on the E.O. line, read into its kind
// (a date, N/A, MR, an exemption, OADR, GDS, event text, …), its label and its date. src/decl_instruction.cpp runs
// `instruction_text` over the E.O. line's instruction, then `instruction` over the text it located, and
// `exemption_scan` over the value.
#pragma once

#include "basics.hpp"
#include "dates.hpp"

namespace cablelint::grammar::decl {

struct word_end : not_at<alpha> {};

// ---- Where the instruction ends: a TAGS label run onto the line, or leftover markup ("<br>") ------------------------
struct tags_word : seq<TAO_PEGTL_ISTRING("TAG"), opt<one<'S', 's'>>, word_end> {};
// A run of white space is read whole and looked past once (linear in a long run: issue 13).
struct text_body : star<sor<plus<not_one<' ', '\t', '<'>>, seq<plus<one<' ', '\t'>>, not_at<tags_word>>>> {};
struct instruction_text : seq<star<one<' ', '\t', '\r', '\n', ':'>>, text_body> {};

// ---- The label -------------------------------------------------------------------------------------------------
struct label_downgrade : seq<TAO_PEGTL_ISTRING("DNG"), word_end> {};                 // "DNG: CO 01/26/2021"
struct label_declassify_on : seq<TAO_PEGTL_ISTRING("DECLASSIFY"), word_end,
                                 opt<star<one<' '>>, TAO_PEGTL_ISTRING("ON"), word_end>> {};
struct label_decl : seq<TAO_PEGTL_ISTRING("DECL"), word_end> {};
// "DECLl:", "DECLL:" (a longer word is event text: "DECLARATION …"), "DECL1:".
struct malformed_label_letters : seq<TAO_PEGTL_ISTRING("DECL"), rep_min_max<1, 2, alpha>, word_end> {};
struct malformed_label_digits : seq<TAO_PEGTL_ISTRING("DECL"), plus<digit>, at<one<':'>>> {};
struct label_word : sor<label_downgrade, label_declassify_on, malformed_label_digits, label_decl, malformed_label_letters> {};
struct label : seq<label_word, opt<one<':'>>> {};
struct after_label : star<sor<one<' ', '\t', ':'>>> {};

// ---- Values ----------------------------------------------------------------------------------------------------
// A date: the one production of a DECL date (grammar/dates.hpp); digits and a separator that then break it are none.
struct value_date : try_catch<decl_date> {};
// A date later in the value ("25X1 08/10/2034", "GDS 8/12/85 (TOMSETH …)"), tried where a run of digits starts.
struct later_date : value_date {};
// A date right after the order number, without a label: `E.O. 12958: 07/21/2019` (E406 asks for the label).
struct bare_date : value_date {};
struct later_date_search : seq<star<not_at<later_date>, sor<plus<digit>, any>>, opt<later_date>> {};

// X1–X8, 1.6X1, 25X1, 50X1-HUM, 75X…: at the start of a token (tokens are split at spaces, commas, semicolons and
// opening parentheses).
struct token_sep : one<' ', '\t', '\r', '\n', ',', ';', '('> {};
struct exemption_wide : sor<TAO_PEGTL_STRING("25"), TAO_PEGTL_STRING("50"), TAO_PEGTL_STRING("75")> {};
struct exemption_end : sor<eof, at<sor<token_sep, one<'-', '.', ')'>>>> {};
struct exemption_wide_token : seq<opt<TAO_PEGTL_STRING("1.6")>, exemption_wide, one<'X', 'x'>, plus<digit>, exemption_end> {};
struct exemption : sor<exemption_wide_token, seq<opt<TAO_PEGTL_STRING("1.6")>, one<'X', 'x'>, plus<digit>, exemption_end>> {};
struct token_rest : star<not_at<token_sep>, any> {};
struct exemption_scan : star<sor<plus<token_sep>, seq<exemption, token_rest>, plus<not_at<token_sep>, any>>> {};

struct value_empty : eof {};
struct value_na : sor<seq<TAO_PEGTL_ISTRING("N/A"), sor<eof, one<' ', '.'>>>, seq<TAO_PEGTL_ISTRING("NA"), eof>> {};
struct value_redacted : seq<rep_min<4, one<'X', 'x', ' ', '\t'>>, eof> {};
struct value_exemption : seq<star<token_sep>, exemption, later_date_search> {};
struct value_manual : seq<TAO_PEGTL_ISTRING("MR"), word_end> {};
struct value_oadr : seq<TAO_PEGTL_ISTRING("OADR"), word_end> {};
// E.O. 11652 / 12065 general declassification schedules, with or without a date.
struct value_gds : seq<sor<TAO_PEGTL_ISTRING("XGDS"), TAO_PEGTL_ISTRING("GDS"), TAO_PEGTL_ISTRING("RDS"),
                           TAO_PEGTL_ISTRING("XDS")>,
                       word_end, later_date_search> {};
struct value_event : at<alpha> {};   // "CLOSURE OF ICTY", "after korean unification"
struct value_malformed : success {};
// "DNG: CO 01/26/2021": a downgrade level, then the date.
struct downgrade_level : seq<sor<TAO_PEGTL_ISTRING("CO"), TAO_PEGTL_ISTRING("SE"), one<'C', 'c', 'S', 's'>>, word_end,
                             star<one<' ', '\t'>>> {};

struct downgrade_value : sor<value_empty, value_na, value_redacted, seq<opt<downgrade_level>, value_date>, value_malformed> {};
struct labelled_value : sor<value_empty, value_na, value_redacted, value_date, value_exemption, value_manual, value_oadr,
                            value_event, value_malformed> {};
struct unlabelled_value : sor<value_na, value_redacted, bare_date, value_exemption, value_manual, value_oadr, value_gds,
                              value_malformed> {};

// Re-marked on declassification: "AS AMENDED; DECLASSIFIED JUNE 21, 2006", "DECL: DECLASSIFIED BY NARA …".
struct remarked : sor<TAO_PEGTL_ISTRING("AS AMENDED"),
                      seq<star<not_at<TAO_PEGTL_ISTRING("DECLASSIFIED")>, any>, TAO_PEGTL_ISTRING("DECLASSIFIED")>> {};

struct value_start : success {};   // where the value begins (after the label)
struct instruction : sor<remarked, seq<at<label_downgrade>, label, after_label, value_start, downgrade_value>,
                         seq<label, after_label, value_start, labelled_value>, seq<value_start, unlabelled_value>> {};

}  // namespace cablelint::grammar::decl
