// The signature (spec §3.11): the signer's surname alone on one of the last lines (`HOAGLAND`, `KEEGAN PAAL`,
// `Jeffrey`, `curran`), also followed by a date (`SOBEL 2008-01-08`), or appended to the last paragraph after the
// end of its sentence (`… as warranted. McMullen`, `….FARRAR`, `… spoiled: 14 EIKENBERRY`). These productions are
// matched against the last lines of the text by the signature pass (src/parse.cpp), each to the end of its input.
#pragma once

#include "basics.hpp"

namespace cablelint::grammar::signature {

struct name_char : sor<alpha, one<'\'', '-'>> {};
struct cap_word : seq<upper, star<name_char>> {};
struct long_cap_word : seq<upper, plus<name_char>> {};
struct any_word : seq<alpha, star<name_char>> {};
struct date : sor<seq<digit4, one<'-'>, digit2, one<'-'>, digit2>,
                  seq<rep_min_max<1, 2, digit>, one<'/'>, rep_min_max<1, 2, digit>, one<'/'>, rep_min_max<2, 4, digit>>> {};
struct name : sor<seq<cap_word, rep_max<3, ws_plus, cap_word>>, seq<any_word, opt<ws_plus, any_word>>> {};
struct date_after : seq<ws_plus, date> {};
struct line_end_dot : seq<ws_star, opt<one<'.'>>, ws_star, eof> {};
// A line that is only the signature: "HOAGLAND", ".MURRAY .", "Timken jr", "SOBEL 2008-01-08".
struct alone : sor<seq<opt<one<'.'>>, seq<cap_word, rep_max<3, ws_plus, cap_word>>, opt<date_after>, line_end_dot>,
                   seq<seq<any_word, opt<ws_plus, any_word>>, opt<date_after>, ws_star, eof>> {};

// Appended forms, matched from a position inside the last line to its end.
struct closing_quote : string<'\xE2', '\x80', '\x9D'> {};
struct sentence_end : sor<one<'.', '!', '?', ')', '"', '*', ':'>, closing_quote> {};
struct appended_name : seq<long_cap_word, rep_max<2, ws_plus, long_cap_word>> {};
struct after_sentence : seq<sentence_end, ws_star, appended_name, line_end_dot> {};
// "…index.cfm Tuttle", "… United Kingdom Tuttle": a post's website line with the name after it.
struct url_end : sor<TAO_PEGTL_STRING("cfm"), TAO_PEGTL_STRING("Kingdom"), TAO_PEGTL_STRING("Turkey"),
                     seq<TAO_PEGTL_STRING("index."), star<not_at<ws>, line_char>>> {};
struct after_url : seq<url_end, ws_plus, long_cap_word, ws_star, eof> {};
// An all-capitals name after lower-case text: " EIKENBERRY", " KEEGAN PAAL".
struct caps3 : seq<upper, upper, plus<upper>> {};
struct caps2 : seq<upper, plus<upper>> {};
struct caps_name : seq<ws, caps3, rep_max<2, ws_plus, caps2>, line_end_dot> {};
// A sentence that merely ends in a capitalised word is no signature: "End Comment.", "Regards."
struct stock : seq<sor<seq<TAO_PEGTL_ISTRING("end "), opt<TAO_PEGTL_ISTRING("of ")>,
                           sor<TAO_PEGTL_ISTRING("comment"), TAO_PEGTL_ISTRING("summary"), TAO_PEGTL_ISTRING("note"),
                               TAO_PEGTL_ISTRING("text"), TAO_PEGTL_ISTRING("cable")>>,
                       TAO_PEGTL_ISTRING("regards"), TAO_PEGTL_ISTRING("thank you"), TAO_PEGTL_ISTRING("thanks")>,
                   line_end_dot> {};

}  // namespace cablelint::grammar::signature
