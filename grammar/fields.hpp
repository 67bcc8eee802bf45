// Strict sub-grammars of single fields (spec §2–§4): routing indicators, the reference id, the format lines FL1–FL5,
// the banner. The date productions are in dates.hpp; page markers and portion marks in markings.hpp.
//
// A strict field is `seq<lead, must<part>...>`: once the lead says "this line is meant to be field X", every further
// part must match, and a failure names the first wrong character (messages in grammar/messages.hpp).
#pragma once

#include "basics.hpp"
#include "dates.hpp"
#include "body.hpp"

namespace cablelint::grammar {

// ---- Routing indicators (spec §2.4): R + 3–7 letters ------------------------------------------------------
struct ri : seq<one<'R'>, rep_min_max<3, 7, upper>, not_at<alnum>> {};

// ---- Reference id (spec §4) ---------------------------------------------------------------------------------
struct id_year : digit2 {};
struct id_origin : plus<upper> {};
struct id_serial : plus<digit> {};
struct id_end : field_end {};
struct identifier_lead : seq<digit2, upper> {};
struct identifier : seq<at<identifier_lead>, id_year, must<id_origin>, must<id_serial>, must<id_end>> {};

// ---- FL1 transmission identification (spec §2.2): VZCZC + channel + number ------------------------------
struct fl1_lead : TAO_PEGTL_STRING("VZCZC") {};
struct fl1_channel : rep<3, upper> {};
struct fl1_number : seq<rep_min_max<3, 4, digit>, not_at<digit>> {};
struct fl1_end : field_end {};
struct fl1_line : seq<fl1_lead, must<fl1_channel>, must<fl1_number>, must<fl1_end>> {};

// ---- FL2 precedence prosign + routing indicators (spec §2.3) -------------------------------------------
struct prosign : sor<TAO_PEGTL_STRING("ZZ"), TAO_PEGTL_STRING("OO"), TAO_PEGTL_STRING("PP"), TAO_PEGTL_STRING("RR")> {};
struct routing_ri : ri {};
struct routing_gap : one<' '> {};
struct routing_end : field_end {};
struct routing_lead : seq<prosign, one<' '>, one<'R'>> {};
struct routing_line : seq<at<routing_lead>, prosign, must<routing_gap>, must<routing_ri>,
                          star<routing_gap, routing_ri>, must<routing_end>> {};
// The RI list wraps onto lines of RIs only.
struct routing_continuation : seq<routing_ri, star<routing_gap, routing_ri>, field_end> {};

// ---- FL3 the DE line (spec §2.5): DE RI #SSSS[/NN] JJJHHMM --------------------------------------------
struct de_lead : TAO_PEGTL_STRING("DE ") {};
struct de_ri : ri {};
struct de_gap : one<' '> {};
struct de_hash : one<'#'> {};
struct de_ssn : seq<digit4, not_at<digit>> {};
struct de_section : digit2 {};
struct de_julian : digit3 {};
struct de_time : seq<digit4, not_at<digit>> {};
struct de_end : field_end {};
struct de_line : seq<de_lead, must<de_ri>, must<de_gap>, must<de_hash>, must<de_ssn>,
                     opt<one<'/'>, must<de_section>>, must<de_gap>, must<de_julian>, must<de_time>, must<de_end>> {};

// ---- FL4 security warning (spec §2.6): ZNY|ZNR LLLLL[/XXXXX] [ZZH] [signals] ----------------------------
struct security_prefix : sor<TAO_PEGTL_STRING("ZNY"), TAO_PEGTL_STRING("ZNR")> {};
struct security_letter : one<'U', 'E', 'C', 'S', 'T'> {};
struct security_letters_end : not_at<upper> {};
struct security_letters : seq<security_letter, must<security_letter>, must<security_letter>, must<security_letter>,
                              must<security_letter>, must<security_letters_end>> {};
struct security_specat : seq<one<'/'>, rep<5, upper>> {};
// One word of signals ("ZZH", "(CCY", "ZDK"), the retransmission and corrected-copy signals located.
struct security_signal : plus<sor<copy_signal_word, plus<alnum>, not_one<' ', '\t', '\r', '\n'>>> {};
struct security_end : field_end {};
struct security_lead : seq<security_prefix, one<' '>> {};
struct security_line : seq<security_lead, must<security_letters>, opt<security_specat>,
                           star<ws_plus, security_signal>, must<security_end>> {};

// ---- FL5 precedence + DTG (spec §2.7): R 101402Z AUG 09 [ZDK …] ----------------------------------------
struct precedence_letter : one<'Z', 'O', 'P', 'R'> {};
struct dtg_precedence : precedence_letter {};
struct dtg_signals : signal_text {};
// After the precedence a space, or a tab pasted in its place (F904 reports the tab): the line is still the DTG line,
// and its values are still judged.
struct dtg_line_gap : one<' ', '\t'> {};
struct dtg_line_lead : seq<precedence_letter, opt<dtg_line_gap, precedence_letter>, dtg_line_gap, digit> {};
struct dtg_line : seq<at<dtg_line_lead>, dtg_precedence, opt<dtg_line_gap, dtg_precedence>, dtg_line_gap, dtg,
                      ws_star, dtg_signals, line_end> {};
// A bare DTG on its own line (partial extracts: "291359Z Nov 00").
struct bare_dtg_lead : seq<rep<6, digit>, alpha, one<' '>, alpha> {};
struct bare_dtg_line : seq<at<bare_dtg_lead>, dtg, field_end> {};

// ---- FM / TO / INFO address lines (spec §2.8) -------------------------------------------------------------
struct precedence_word : sor<TAO_PEGTL_STRING("NIACT IMMEDIATE"), TAO_PEGTL_STRING("IMMEDIATE"),
                             TAO_PEGTL_STRING("PRIORITY"), TAO_PEGTL_STRING("ROUTINE"), TAO_PEGTL_STRING("FLASH")> {};
struct mcn : seq<digit4, opt<one<'-'>, digit4>> {};
struct address_tail : seq<opt<ws_plus, precedence_word>, opt<ws_plus, mcn>, field_end> {};
struct address_ri : sor<ri, TAO_PEGTL_STRING("ZEN")> {};
// What may follow the white space after a PLA: address_tail less its leading white space.
struct address_tail_after_ws : sor<seq<precedence_word, opt<ws_plus, mcn>, field_end>, seq<mcn, field_end>, line_end> {};
struct pla : seq<not_at<address_tail>, line_char, text_before_ws_and<address_tail_after_ws>> {};
struct address_precedence : precedence_word {};
struct address_mcn : mcn {};
struct address : seq<opt<address_ri, one<'/'>>, pla, opt<ws_plus, address_precedence>, opt<ws_plus, address_mcn>,
                     field_end> {};

// The post an FM line or the page Origin names (spec §1, §2.8; R9): an office prefix, the post, and after `//` an
// office of the post. "AMEMBASSY BAGHDAD//POL//", "USMISSION USUN NEW YORK", "Embassy Astana", "SECSTATE WASHDC".
struct post_prefix_word : sor<TAO_PEGTL_ISTRING("AMEMBASSY"), TAO_PEGTL_ISTRING("AMEMB"), TAO_PEGTL_ISTRING("AMCONSULATE"),
                              TAO_PEGTL_ISTRING("AMCONSUL"), TAO_PEGTL_ISTRING("USMISSION"), TAO_PEGTL_ISTRING("USINT"),
                              TAO_PEGTL_ISTRING("USLO"), TAO_PEGTL_ISTRING("USOFFICE"), TAO_PEGTL_ISTRING("EMBASSY"),
                              TAO_PEGTL_ISTRING("CONSULATE"), TAO_PEGTL_ISTRING("MISSION"),
                              TAO_PEGTL_ISTRING("US MISSION"), TAO_PEGTL_ISTRING("US INTERESTS SECTION"),
                              TAO_PEGTL_ISTRING("US OFFICE")> {};
struct post_char : seq<not_at<string<'/', '/'>>, non_ws_char> {};
// Words separated by single runs of white space; a run is tried once (linear in long runs).
struct post : seq<plus<post_char>, star<ws_plus, plus<post_char>>> {};
struct post_prefix : seq<post_prefix_word, ws_plus, at<post>> {};   // a prefix only when a post follows it
struct post_office : seq<string<'/', '/'>, star<line_char>> {};
struct post_name : seq<opt<post_prefix>, post, ws_star, opt<post_office>> {};

// ---- Classification banner (spec §3.1) ------------------------------------------------------------------
// A peek (it consumes nothing): the first two characters of one of the levels below ("TO", "T ", "SE", "S ", "CO",
// "C ", "UN", "U ", "LI", in any case). A banner is looked for at every line of the text; most start otherwise.
struct banner_level_ahead {
    using rule_t = banner_level_ahead;
    using subs_t = type_list<>;
    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) {
        if (in.size(2) < 2) return false;
        const char* const p = in.current();
        const char second = p[1] == ' ' ? ' ' : static_cast<char>(p[1] & ~0x20);
        switch (p[0] & ~0x20) {
            case 'T': case 'C': return second == 'O' || second == ' ';
            case 'S': return second == 'E' || second == ' ';
            case 'U': return second == 'N' || second == ' ';
            case 'L': return second == 'I';
            default: return false;
        }
    }
};
struct banner_level : seq<at<banner_level_ahead>,
                          sor<TAO_PEGTL_ISTRING("T O P S E C R E T"), TAO_PEGTL_ISTRING("S E C R E T"),
                          TAO_PEGTL_ISTRING("C O N F I D E N T I A L"), TAO_PEGTL_ISTRING("U N C L A S S I F I E D"),
                          TAO_PEGTL_ISTRING("UNCLAS E F T O"), TAO_PEGTL_ISTRING("UNCLAS EFTO"),
                          TAO_PEGTL_ISTRING("UNCLASSIFIED"), TAO_PEGTL_ISTRING("UNCLAS"),
                          TAO_PEGTL_ISTRING("LIMITED OFFICIAL USE"), TAO_PEGTL_ISTRING("TOP SECRET"),
                          TAO_PEGTL_ISTRING("CONFIDENTIAL"), TAO_PEGTL_ISTRING("SECRET")>> {};
struct section_n : plus<digit> {};
struct section_m : plus<digit> {};
struct banner_section : seq<TAO_PEGTL_ISTRING("SECTION"), ws_plus, section_n, ws_plus, TAO_PEGTL_ISTRING("OF"),
                            ws_plus, section_m> {};
struct origin_word : plus<sor<alpha, one<'.', '-'>>> {};
struct banner_origin : seq<origin_word, star<one<' '>, origin_word>> {};
struct banner_serial : seq<plus<digit>, not_at<alnum>> {};
// Text run onto the banner line (spec §6: fields run together): captions, FOR lines, even the E.O. line.
struct banner_runon;
struct banner_line : seq<banner_level, ws_plus, opt<banner_section, ws_plus>, banner_origin, ws_plus, banner_serial,
                         sor<field_end, seq<ws_plus, banner_runon>>> {};
// A line in the banner's place that is meant to be one but whose level is garbled: letter-spaced capitals that
// spell no level ("SS E C R E T", "E C R E T", "CSE C R E T"), a doubled first letter ("UUNCLAS"), a misplaced
// space ("C ONFIDENTIAL"). The rest of the line is read like a banner's.
struct garbled_level : sor<seq<rep_min_max<1, 3, upper>, plus<one<' '>, upper, not_at<alpha>>>, seq<upper, banner_level>,
                           seq<one<'C', 'c'>, one<' '>, TAO_PEGTL_ISTRING("ONFIDENTIAL")>,
                           seq<one<'S', 's'>, one<' '>, TAO_PEGTL_ISTRING("ECRET")>,
                           seq<one<'U', 'u'>, one<' '>, TAO_PEGTL_ISTRING("NCLAS")>> {};
struct garbled_banner_line : seq<not_at<banner_line>, garbled_level, ws_plus, opt<banner_section, ws_plus>, banner_origin,
                                 ws_plus, banner_serial, sor<field_end, seq<ws_plus, banner_runon>>> {};

}  // namespace cablelint::grammar

// For PEGTL's analyzer: the peek succeeds without consuming input.
template <typename Name>
struct tao::pegtl::analyze_traits<Name, cablelint::grammar::banner_level_ahead> : analyze_opt_traits<> {};
