// Asides of the text (spec §3.9): the SUMMARY, COMMENT and NOTE openers and closers, and mentions of the classifier
// line in running text. Tried by the scan of the text (grammar/markings.hpp `text_scan`) at line and word starts.
#pragma once

#include <array>
#include <string_view>

#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "basics.hpp"

namespace cablelint::grammar {

// ---- SUMMARY / COMMENT / NOTE -----------------------------------------------------------------------------------
struct word_end : not_at<sor<alnum, one<'_'>>> {};
struct aside_any_case : seq<sor<TAO_PEGTL_ISTRING("SUMMARY"), TAO_PEGTL_ISTRING("COMMENT"), TAO_PEGTL_ISTRING("NOTE")>,
                            word_end> {};
// Written as a heading or a sentence start: "SUMMARY", "Summary" (not "summary", a word of a sentence).
struct aside_cased : seq<sor<TAO_PEGTL_STRING("SUMMARY"), TAO_PEGTL_STRING("Summary"), TAO_PEGTL_STRING("COMMENT"),
                             TAO_PEGTL_STRING("Comment"), TAO_PEGTL_STRING("NOTE"), TAO_PEGTL_STRING("Note")>,
                         word_end> {};
struct aside_and : sor<seq<TAO_PEGTL_ISTRING("AND"), word_end>, one<'&'>> {};
struct aside_gap : plus<sor<ws, eol>> {};

// Where an opener or closer starts, and the word it is about (the actions record them).
struct aside_start : success {};
struct aside_word : aside_any_case {};

// "END SUMMARY", "END OF COMMENT", "END SUMMARY AND COMMENT" (closes both).
// (A word's action runs when the word matches: no word is matched by an alternative that can still fail.)
struct aside_closer : seq<aside_start, TAO_PEGTL_ISTRING("END"), aside_gap, opt<TAO_PEGTL_ISTRING("OF"), aside_gap>,
                          aside_word, opt<aside_gap, aside_and, aside_gap, aside_word>> {};

// What follows an opener's word: the end of a heading (":", ".", "--", "-", ")", the line's end), perhaps after
// "and <words>" naming more asides ("Summary and comment:" opens both; "SUMMARY AND INTRODUCTION.").
struct aside_heading_end : seq<star<one<' ', '\t'>>, sor<one<':', '.', '-', ')'>, line_end>> {};
template <typename Word>
struct aside_compound_words : seq<plus<one<' ', '\t'>>, aside_and, plus<one<' ', '\t'>>, at<alpha>,
                                  rep_opt<12, not_at<aside_heading_end>, sor<Word, plus<alpha>, one<' ', ',', '/', '&'>>>> {};
// Matched once without actions to see that the heading ends, then again to read its words.
struct aside_compound : seq<at<aside_compound_words<aside_any_case>, aside_heading_end>, aside_compound_words<aside_word>> {};
struct aside_heading_tail : sor<aside_compound, at<aside_heading_end>> {};

// "Summary:", "COMMENT.", "Summary and comment:": a heading.
struct aside_heading : seq<aside_start, at<aside_cased>, aside_word, aside_heading_tail> {};
// "(Note: …", "[COMMENT", "Embassy comment:", "BEGIN SUMMARY", "… and comment.": an opening word before it.
struct aside_begin : seq<TAO_PEGTL_ISTRING("BEGIN"), word_end> {};
struct aside_lead_word : sor<aside_begin, seq<sor<TAO_PEGTL_ISTRING("EMBASSY"), TAO_PEGTL_ISTRING("POST"),
                                                  TAO_PEGTL_ISTRING("MISSION"), TAO_PEGTL_ISTRING("USDEL"),
                                                  TAO_PEGTL_ISTRING("USUN"), TAO_PEGTL_ISTRING("CONSULATE"),
                                                  TAO_PEGTL_ISTRING("CONGEN"), TAO_PEGTL_ISTRING("EMBOFF"),
                                                  TAO_PEGTL_ISTRING("DEPARTMENT"), TAO_PEGTL_ISTRING("DEPT"),
                                                  TAO_PEGTL_ISTRING("USEU"), TAO_PEGTL_ISTRING("USNATO"),
                                                  TAO_PEGTL_ISTRING("AND")>,
                                              word_end>> {};
struct aside_lead : sor<seq<one<'(', '['>, star<one<' ', '\t'>>>, seq<aside_lead_word, plus<one<' ', '\t'>>>> {};
struct aside_led : seq<aside_start, aside_lead,
                       sor<seq<at<aside_cased>, aside_word, opt<aside_compound>>, seq<aside_word, aside_heading_tail>>> {};
// "1. (C) Summary …", "¶2. COMMENT …": the first word of a line, after its number and mark.
struct aside_line_lead : seq<star<one<' ', '\t'>>, opt<string<'\xC2', '\xB6'>, star<one<' ', '\t'>>>,
                             star<rep_min_max<1, 3, digit>, one<'.', ','>, star<one<' ', '\t'>>>,
                             opt<one<'('>, rep_min_max<1, 14, sor<alpha, one<'/', ' '>>>, one<')'>, star<one<' ', '\t'>>>> {};
struct aside_line_opener : seq<aside_line_lead, aside_start, aside_word, opt<aside_compound>> {};

struct aside_opener : sor<aside_led, aside_heading> {};

// A peek (it consumes nothing): an opener can start here: SUMMARY, COMMENT or NOTE in any case, or a lead word
// ("Embassy", "and", "BEGIN", …) followed by one of them. The scan asks at every word of the text, so it reads a
// word or two once and looks them up instead of trying each spelling in turn; the opener itself is then read by the
// productions above (which keep their own order and conditions).
struct aside_opener_word_ahead {
    using rule_t = aside_opener_word_ahead;
    using subs_t = type_list<>;

    // The whole word at p is k (upper case), in any case. (c & ~0x20) is k[i] only for k[i] and its lower case.
    static bool word_is(const char* p, const char* end, std::string_view k) {
        if (static_cast<std::size_t>(end - p) < k.size()) return false;
        for (std::size_t i = 0; i < k.size(); ++i)
            if (static_cast<char>(p[i] & ~0x20) != k[i]) return false;
        return p + k.size() == end || !ascii_letter(p[k.size()]);
    }
    static std::size_t aside_word_at(const char* p, const char* end) {
        switch (p == end ? 0 : p[0] & ~0x20) {
            case 'S': return word_is(p, end, "SUMMARY") ? 7 : 0;
            case 'C': return word_is(p, end, "COMMENT") ? 7 : 0;
            case 'N': return word_is(p, end, "NOTE") ? 4 : 0;
            default: return 0;
        }
    }
    // The length of the lead word at p, or 0; by its first letter (a switch: the scan asks at many words).
    static std::size_t lead_word_at(const char* p, const char* end) {
        auto either = [&](std::string_view a, std::string_view b) -> std::size_t {
            return word_is(p, end, a) ? a.size() : !b.empty() && word_is(p, end, b) ? b.size() : 0;
        };
        switch (p[0] & ~0x20) {
            case 'A': return either("AND", "");
            case 'B': return either("BEGIN", "");
            case 'C': return either("CONSULATE", "CONGEN");
            case 'D': return either("DEPARTMENT", "DEPT");
            case 'E': return either("EMBASSY", "EMBOFF");
            case 'M': return either("MISSION", "");
            case 'P': return either("POST", "");
            case 'U': {
                const std::size_t n = either("USDEL", "USUN");
                return n > 0 ? n : either("USEU", "USNATO");
            }
            default: return 0;
        }
    }

    // Does an opener's word, or a lead word and then one, start at p?
    static bool ahead(const char* p, const char* const end) {
        if (p == end || aside_word_at(p, end) > 0) return p != end;
        const std::size_t n = lead_word_at(p, end);
        if (n == 0) return false;
        const char* q = p + n;
        if (q == end || (*q != ' ' && *q != '\t')) return false;
        while (q != end && (*q == ' ' || *q == '\t')) ++q;
        return aside_word_at(q, end) > 0;
    }

    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) {
        return ahead(in.current(), in.end());
    }
};

// ---- The classifier line written where the field grammar does not take it ----------------------------------------
// "Classfied By" (a typo), "Derived from" (the derivative form), a Classified By run onto another field or placed in
// the first paragraphs (spec §6): the cable has a classifier line.
struct classifier_by : seq<one<'F', 'f'>, opt<one<'I', 'i'>>, opt<one<'E', 'e'>>, one<'D', 'd'>, plus<one<' ', '\t'>>,
                           TAO_PEGTL_ISTRING("BY"), word_end> {};
struct classifier_mention : sor<seq<TAO_PEGTL_ISTRING("CLA"), rep_opt<4, not_at<classifier_by>, alpha>, classifier_by>,
                                seq<TAO_PEGTL_ISTRING("DERIVED"), plus<one<' ', '\t'>>, TAO_PEGTL_ISTRING("FROM"), word_end>> {};

}  // namespace cablelint::grammar

// For PEGTL's analyzer: the peek may succeed without consuming input.
template <typename Name>
struct tao::pegtl::analyze_traits<Name, cablelint::grammar::aside_opener_word_ahead> : analyze_opt_traits<> {};
