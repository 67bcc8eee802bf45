// Markings inside the text: page markers (spec §3.10) and portion marks (spec §3.9). One production set each; the
// actions (src/parse/marking_actions.hpp) fill the typed model of src/markings.hpp.
#pragma once

#include <cstring>

#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "asides.hpp"
#include "basics.hpp"
#include "byte_scan.hpp"   // src/: sixteen bytes at a time

namespace cablelint::grammar {

// ---- Page markers (spec §3.10): ORIGIN10 SERIAL8 NNN[.k] OF TTT -----------------------------------------
// The banner origin cut to 10 characters (BUENOS AIR, PORT AU PR; "Kiev" in mixed-case cables): one to three
// words. A sentence before a reflowed marker may lend it words ("of the ASTANA"): the parser keeps the banner
// origin at their end and the rest as the text before the marker. Any spacing between the parts.
struct marker_word : seq<alpha, star<sor<alpha, one<'.', '-'>>>> {};
struct marker_origin : seq<marker_word, rep_max<2, one<' '>, marker_word>> {};
struct marker_gap : ws_plus {};
struct marker_serial : seq<rep<8, digit>, not_at<digit>> {};
struct marker_page : digit3 {};
struct marker_sub : seq<one<'.'>, plus<digit>> {};
struct marker_of : seq<ws_plus, TAO_PEGTL_ISTRING("OF"), ws_plus> {};
struct marker_total : seq<digit3, not_at<digit>> {};
struct marker_runon : seq<ws_plus, plus<line_char>> {};   // text of a reflowed page run onto the marker (S605)
// A peek (it consumes nothing): the rest of the line holds a run of eight digits, the serial every page marker has.
// Tried once per line by the text scan, before a marker is looked for at each word.
struct serial_on_line {
    using rule_t = serial_on_line;
    using subs_t = type_list<>;
    // Eight digits in a row from p to the line's end, sixteen bytes at a time: the digits before the line end as a
    // mask, with the previous block's above them, and a run of eight set bits looked for in the two.
    static bool ahead(const char* p, const char* const end) {
        namespace bs = byte_scan;
        std::uint32_t before = 0;   // the previous block's digits
        for (; end - p >= 16; p += 16) {
            const bs::bytes16 v = bs::load16(p);
            const std::uint32_t nl = bs::bits(v == bs::splat('\n'));
            std::uint32_t digits = bs::bits(bs::in_range(v, '0', '9'));
            if (nl != 0) digits &= (nl & -nl) - 1;   // only before the line end
            if (eight_in_a_row(before | (digits << 16))) return true;
            if (nl != 0) return false;
            before = digits;
        }
        // The last bytes, one at a time, after the digits that ended the previous block (its top bits that are set).
        int run = __builtin_clz(~(before << 16));   // ~(before << 16) is never 0: its low sixteen bits are set
        for (; p != end && *p != '\n'; ++p) {
            run = *p >= '0' && *p <= '9' ? run + 1 : 0;
            if (run == 8) return true;
        }
        return false;
    }
    // Bits i to i + 7 all set, for some i: each step halves what is left to check.
    static bool eight_in_a_row(std::uint32_t m) {
        m &= m >> 1;
        m &= m >> 2;
        m &= m >> 4;
        return m != 0;
    }
    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) {
        return ahead(in.current(), in.end());
    }
};
struct page_marker_lead : seq<marker_origin, marker_gap, marker_serial, marker_gap, digit> {};
// The same at a line's start, where every line of the text is asked and few have a serial: the serial is looked for
// first. (Not inside a line: looking to the line's end at every word would be quadratic in the line's length.)
struct page_marker_lead_at_line : seq<serial_on_line, page_marker_lead> {};
// A marker that starts its line.
struct page_marker_line : seq<at<page_marker_lead_at_line>, marker_origin, marker_gap, marker_serial, marker_gap,
                              must<marker_page>, opt<marker_sub>, must<marker_of>, must<marker_total>,
                              sor<field_end, seq<marker_runon, line_end>>> {};
// A marker inside a line of text (a reflowed page break); tried at word starts by `text_scan`.
// (The lead is matched first without actions: this is tried at every word of the text.)
struct inline_page_marker : seq<at<page_marker_lead>, marker_origin, marker_gap, marker_serial, marker_gap, marker_page, opt<marker_sub>,
                                marker_of, marker_total, not_at<sor<alnum, one<'_'>>>> {};

// ---- Portion marks (spec §3.9): "(" level (("/"|"//") control)* ")" -------------------------------------
// A mark may wrap after a slash ("(S/" at the end of a line, "NF)" on the next).
struct mark_begin : success {};   // a new mark is being read
struct mark_level : seq<sor<TAO_PEGTL_ISTRING("SBU"), TAO_PEGTL_ISTRING("TS"), TAO_PEGTL_ISTRING("LOU"),
                            one<'U', 'u', 'C', 'c', 'S', 's'>>,
                        not_at<alnum>> {};
struct mark_known_control : seq<sor<TAO_PEGTL_ISTRING("NOFORN"), TAO_PEGTL_ISTRING("NF"), TAO_PEGTL_ISTRING("FGI"),
                                    TAO_PEGTL_ISTRING("FOUO"), TAO_PEGTL_ISTRING("ORCON"),
                                    TAO_PEGTL_ISTRING("PROPIN"), one<'N', 'n'>>,
                                not_at<alnum>> {};
// REL and the countries or organizations it names, to the closing parenthesis ("REL TO USA, FVEY").
struct mark_release : seq<TAO_PEGTL_ISTRING("REL"), not_at<alnum>, star<not_one<')', '(', '\r', '\n'>>> {};
struct mark_control : sor<mark_release, mark_known_control> {};
struct mark_slash : sor<string<'/', '/'>, one<'/'>> {};
struct mark_wrap : seq<ws_star, eol, ws_star> {};
struct mark_part : seq<mark_slash, opt<mark_wrap>, mark_control> {};
struct portion_mark : seq<mark_begin, one<'('>, mark_level, star<mark_part>, one<')'>> {};

// Malformed attempts, each defect its own production: "( C )" (spaces inside), "(/Rel UK)" (no level),
// "(SECRET/REL FRANCE)" (the level spelled out), "(SNF)" (no slash), "(C NF)" (a space where the slash belongs),
// "(S/XYZ)" (an unknown control). "(C - ENTIRE TEXT)", the overall marking of older cables, is tolerated.
struct mark_inner_space : plus<one<' '>> {};
struct mark_glued_level : sor<TAO_PEGTL_ISTRING("SBU"), TAO_PEGTL_ISTRING("TS"), one<'C', 'c', 'S', 's', 'U', 'u'>> {};
struct mark_glued : seq<mark_glued_level, mark_known_control> {};
struct mark_spelled_level : seq<sor<TAO_PEGTL_ISTRING("CONFIDENTIAL"), TAO_PEGTL_ISTRING("SECRET"),
                                    TAO_PEGTL_ISTRING("UNCLASSIFIED"), TAO_PEGTL_ISTRING("UNCLAS")>,
                                not_at<alnum>> {};
struct mark_no_level : at<one<'/'>> {};
struct mark_head : sor<mark_level, mark_glued, mark_spelled_level, mark_no_level> {};
struct mark_bad_separator : plus<one<'/', ' ', ',', '-'>> {};
struct mark_unknown_control : plus<alnum> {};
struct mark_entire_text : seq<star<one<'/', ' ', ',', '-'>>, TAO_PEGTL_ISTRING("ENTIRE"), ws_plus,
                              TAO_PEGTL_ISTRING("TEXT"), at<star<one<' '>>, one<')'>>> {};
struct mark_unknown_part : seq<mark_slash, not_at<one<'/', ' ', ',', '-'>>, mark_unknown_control> {};
struct mark_bad_part : seq<mark_bad_separator, mark_control> {};
struct malformed_portion_mark : seq<mark_begin, one<'('>, opt<mark_inner_space>, mark_head,
                                    star<sor<mark_entire_text, mark_part, mark_unknown_part, mark_bad_part>>,
                                    opt<mark_inner_space>, one<')'>> {};
// A parenthesis lost at the start of a paragraph's text: "C) Summary", "(C XXXXXXXXXXXX said" (upper case only).
struct mark_upper_level : sor<TAO_PEGTL_STRING("SBU"), TAO_PEGTL_STRING("TS"), one<'U', 'C', 'S'>> {};
struct mark_upper_controls : star<mark_slash, sor<TAO_PEGTL_STRING("NOFORN"), TAO_PEGTL_STRING("NF"),
                                                  TAO_PEGTL_STRING("FGI"), TAO_PEGTL_STRING("FOUO")>> {};
struct malformed_mark_open : seq<mark_begin, mark_upper_level, mark_upper_controls, one<')'>> {};
struct malformed_mark_close : seq<not_at<rep_min_max<0, 38, not_one<')', '\r', '\n'>>, one<')'>>, mark_begin, one<'('>,
                                  mark_upper_level, mark_upper_controls, at<plus<one<' '>>, upper, star<alpha>,
                                                                            not_at<sor<alnum, one<'_'>>>>> {};
// "(N/SF)": the letters of (S/NF) or (C/NF) transposed across the slash.
struct mark_transposed_level : one<'S', 's', 'C', 'c'> {};
struct malformed_mark_transposed : seq<mark_begin, one<'('>, one<'N', 'n'>, one<'/'>, mark_transposed_level, one<'F', 'f'>,
                                       one<')'>> {};
struct any_portion_mark : sor<portion_mark, malformed_portion_mark, malformed_mark_transposed> {};

// ---- Paragraph numbers outside paragraph lines (P801 counts them) ------------------------------------------
struct other_number_level : seq<sor<TAO_PEGTL_STRING("SBU"), TAO_PEGTL_STRING("TS"), one<'U', 'C', 'S'>>,
                                not_at<sor<alnum, one<'_'>>>> {};
// "1. (C)", "1, (S/NF)" after a sentence or at a line start; "   1. The" indented.
struct marked_number : seq<rep_min_max<1, 3, digit>, one<'.', ','>, star<one<' ', '\t'>>,
                           at<one<'('>, star<one<' ', '\t'>>, other_number_level,
                              rep_min_max<0, 20, not_one<')', '\r', '\n'>>, one<')'>>> {};
struct indented_number : seq<rep_min_max<1, 3, digit>, one<'.'>, plus<one<' ', '\t'>>, at<sor<upper, one<'('>>>> {};

// "SECRET - ENTIRE TEXT", "(C - ENTIRE TEXT)": the older overall marking of a whole cable.
struct entire_text_note : seq<TAO_PEGTL_ISTRING("ENTIRE"), plus<sor<ws, eol>>, TAO_PEGTL_ISTRING("TEXT"), not_at<alnum>> {};

// ---- The scan of the text for markings inside lines -----------------------------------------------------------
// A token is tried at every word and every character between words, so it is told by its first character: only a
// letter starts a page marker (tried first, on lines with a serial), an ENTIRE TEXT note or an END closer (an E), an
// aside opener (one of its words) or a classifier mention (C or D); only `(` or `[` starts an opener otherwise, and only `. ; : )` a marked number after a
// sentence. A run of spaces starts nothing and is taken at once.
struct scan_word_token : sor<seq<at<one<'E', 'e'>>, sor<entire_text_note, aside_closer>>,
                             seq<aside_opener_word_ahead, out_of_line<aside_opener>>, seq<at<one<'C', 'c', 'D', 'd'>>, classifier_mention>,
                             plus<alnum>> {};
struct scan_token : sor<plus<one<' ', '\t'>>, seq<at<alpha>, scan_word_token>, seq<one<'.', ';', ':', ')'>, plus<one<' ', '\t'>>, marked_number>,
                        seq<at<one<'(', '['>>, out_of_line<aside_opener>>, plus<alnum>, line_char> {};
struct scan_token_or_marker : sor<seq<at<alpha>, inline_page_marker>, scan_token> {};
// Text that starts nothing the tokens above look for, taken in one loop: white space, digits, punctuation other than
// `( [` (and `. ; : )` before white space and a digit), bytes of non-ASCII characters, and whole words that start no
// note, closer, opener or mention. On a line without a page marker's serial, that is nearly all of the text.
struct scan_inert_run {
    using rule_t = scan_inert_run;
    using subs_t = type_list<>;
    // ASCII letters and digits, by table (the loop below spends its time in words).
    static constexpr std::array<bool, 256> alnum_table = [] {
        std::array<bool, 256> t{};
        for (int c = 0; c < 256; ++c) t[static_cast<std::size_t>(c)] = ascii_alnum(static_cast<char>(c));
        return t;
    }();
    // The first letters of a case-insensitive prefix, as upper case.
    static bool starts_with(const char* p, const char* const end, std::string_view k) {
        if (static_cast<std::size_t>(end - p) < k.size()) return false;
        for (std::size_t i = 0; i < k.size(); ++i)
            if (static_cast<char>(p[i] & ~0x20) != k[i]) return false;
        return true;
    }
    // A necessary condition of scan_word_token's tokens at the letter p: ENTIRE TEXT or an END closer (ENT, END), a
    // classifier mention (CLA, DERIVED), an aside opener (its word, or a lead word and its word).
    static bool word_may_start_token(const char* p, const char* const end) {
        switch (*p & ~0x20) {
            case 'E': return starts_with(p, end, "ENT") || starts_with(p, end, "END") || aside_opener_word_ahead::ahead(p, end);
            case 'C': return starts_with(p, end, "CLA") || aside_opener_word_ahead::ahead(p, end);
            case 'D': return starts_with(p, end, "DERIVED") || aside_opener_word_ahead::ahead(p, end);
            case 'A': case 'B': case 'M': case 'N': case 'P': case 'S': case 'U': return aside_opener_word_ahead::ahead(p, end);
            default: return false;
        }
    }
    // After a sentence (". ; : )"), a marked number needs white space and then a digit.
    static bool number_after(const char* p, const char* const end) {
        const char* q = p + 1;
        while (q != end && (*q == ' ' || *q == '\t')) ++q;
        return q != p + 1 && q != end && *q >= '0' && *q <= '9';
    }
    // The first three letters of the words at which word_may_start_token may hold, in any case: ENT END EMB, CLA COM
    // CON, DER DEP, AND, BEG, MIS, NOT, POS, SUM, USD USU USE USN. Most words start with none.
    static constexpr std::string_view token_trigrams[] = {"ENT", "END", "EMB", "CLA", "COM", "CON", "DER", "DEP", "AND",
                                                          "BEG", "MIS", "NOT", "POS", "SUM", "USD", "USU", "USE", "USN"};
    // Those trigrams as bits, indexed by the low five bits of each of the three bytes (those of a letter in either
    // case are its place in the alphabet, from 1).
    static constexpr std::array<std::uint64_t, 32 * 32 * 32 / 64> trigram_bits = [] {
        std::array<std::uint64_t, 32 * 32 * 32 / 64> t{};
        for (std::string_view w : token_trigrams) {
            const unsigned i = ((w[0] & 31U) << 10) | ((w[1] & 31U) << 5) | (w[2] & 31U);
            t[i / 64] |= std::uint64_t{1} << (i % 64);
        }
        return t;
    }();
    // A necessary condition of word_may_start_token at the letter p (p[1] and p[2] are readable): the low five bits
    // of the three bytes are those of a trigram. (A non-letter may share a letter's: word_may_start_token decides.)
    static bool may_start_token(const char* p) {
        const unsigned i = ((static_cast<unsigned>(p[0]) & 31U) << 10) | ((static_cast<unsigned>(p[1]) & 31U) << 5) |
                           (static_cast<unsigned>(p[2]) & 31U);
        return ((trigram_bits[i / 64] >> (i % 64)) & 1U) != 0;
    }
    // Where the run stops: a letter starting a word that may start a token, a sentence's end before a number, a line
    // end, "(" or "[". Sixteen bytes at a time: the masks of word starts and of those characters, then each in turn
    // (a word start by its first three letters first).
    static const char* stop(const char* p, const char* const end) {
        namespace bs = byte_scan;
        bool in_word = false;   // the byte before p is a letter or digit of a word already passed
        for (; end - p >= 18; p += 16) {   // (the two bytes after the sixteen are read as second and third letters)
            const bs::bytes16 v = bs::load16(p);
            const bs::mask16 letter = bs::in_range(v | bs::splat(0x20), 'a', 'z');
            const std::uint32_t alnum = bs::bits(letter | bs::in_range(v, '0', '9'));
            const std::uint32_t starts = bs::bits(letter) & ~((alnum << 1) | (in_word ? 1U : 0U));
            const std::uint32_t breaks =
                bs::bits((v == bs::splat('\n')) | (v == bs::splat('\r')) | (v == bs::splat('(')) | (v == bs::splat('[')));
            const std::uint32_t ends =
                bs::bits((v == bs::splat('.')) | (v == bs::splat(';')) | (v == bs::splat(':')) | (v == bs::splat(')')));
            for (std::uint32_t m = starts | breaks | ends; m != 0; m &= m - 1) {
                const std::uint32_t bit = m & -m;
                const char* const q = p + __builtin_ctz(m);
                if ((breaks & bit) != 0) return q;
                if ((ends & bit) != 0 ? number_after(q, end) : may_start_token(q) && word_may_start_token(q, end))
                    return q;
            }
            in_word = (alnum >> 15) != 0;
        }
        if (in_word) {
            while (p != end && alnum_table[static_cast<unsigned char>(*p)]) ++p;
        }
        while (p != end) {
            const char c = *p;
            if (ascii_alnum(c)) {
                if (ascii_letter(c) && word_may_start_token(p, end)) break;
                while (++p != end && alnum_table[static_cast<unsigned char>(*p)]) {
                }
                continue;
            }
            if (c == '.' || c == ';' || c == ':' || c == ')') {
                if (number_after(p, end)) break;
            } else if (c == '\n' || c == '\r' || c == '(' || c == '[') {
                break;
            }
            ++p;
        }
        return p;
    }
    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) {
        const char* const start = in.current();
        const char* const p = stop(start, in.end());
        if (p == start) return false;
        in.bump(static_cast<std::size_t>(p - start));
        return true;
    }
};
// Only an END closer or an ENTIRE TEXT note runs on across a line end ("END\nCOMMENT"): the line it ends on gets its own
// look for a serial, and page markers are tried on the rest of the scan's line when it has one.
// Token, then Then… when Token ran across a line end (and only then: asked after every token of a long line, the
// look to the line's end would be quadratic in its length).
template <typename Token, typename... Then>
struct then_if_onto_next_line {
    using rule_t = then_if_onto_next_line;
    using subs_t = type_list<Token, opt<Then...>>;
    template <apply_mode A, rewind_mode M, template <typename...> class Action, template <typename...> class Control,
              typename ParseInput, typename... States>
    [[nodiscard]] static bool match(ParseInput& in, States&&... st) {
        const char* const start = in.current();
        if (!Control<Token>::template match<A, M, Action, Control>(in, st...)) return false;
        if (std::memchr(start, '\n', static_cast<std::size_t>(in.current() - start)) != nullptr)
            (void)Control<opt<Then...>>::template match<A, M, Action, Control>(in, st...);
        return true;
    }
};
// (A token on a line whose serial was looked for already: the rest of it has none.)
struct scan_token_fast : sor<scan_inert_run,
                             seq<at<one<'E', 'e'>>, then_if_onto_next_line<sor<entire_text_note, aside_closer>,
                                                                           serial_on_line, star<scan_token_or_marker>>>,
                             scan_token> {};
struct scan_line : seq<opt<sor<seq<plus<one<' ', '\t'>>, sor<marked_number, indented_number>>, marked_number>>,
                       opt<aside_line_opener>, sor<seq<serial_on_line, star<scan_token_or_marker>>, star<scan_token_fast>>,
                       line_end> {};
struct text_scan : until<eof, scan_line> {};

}  // namespace cablelint::grammar

// For PEGTL's analyzer: the peek may succeed without consuming input.
template <typename Name>
struct tao::pegtl::analyze_traits<Name, cablelint::grammar::serial_on_line> : analyze_opt_traits<> {};
template <typename Name>
struct tao::pegtl::analyze_traits<Name, cablelint::grammar::scan_inert_run> : analyze_any_traits<> {};
template <typename Name, typename Token, typename... Then>
struct tao::pegtl::analyze_traits<Name, cablelint::grammar::then_if_onto_next_line<Token, Then...>>
    : analyze_seq_traits<Token, tao::pegtl::opt<Then...>> {};
