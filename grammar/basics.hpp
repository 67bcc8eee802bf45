// Characters, spaces and lines: the pieces every region of a cable is built from.
// Grammar files hold productions only; actions live in src/parse.cpp.
#pragma once

#include <array>
#include <cstdint>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "byte_scan.hpp"   // src/: sixteen bytes at a time

namespace cablelint::grammar {

using namespace tao::pegtl;

// Thrown by a strict field's must<> (see src/parse.cpp control::raise) and caught by try_catch_type: the field is
// then taken as malformed, and the rest of the document is still parsed.
struct field_error {};

// A no-break space (U+00A0), as the page wrapper writes between its tags. (Byte by byte: `string<>` calls memcmp,
// and white space is tested at nearly every character.)
struct nbsp : seq<one<'\xC2'>, one<'\xA0'>> {};
// Horizontal white space: space, tab, no-break space.
struct ws : sor<one<' ', '\t'>, nbsp> {};
struct ws_star : star<ws> {};
struct ws_plus : plus<ws> {};
struct sp : one<' '> {};

// ASCII letters and digits, for the custom rules (peeks) that read characters directly.
constexpr bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool ascii_alnum(char c) { return ascii_letter(c) || (c >= '0' && c <= '9'); }

// Rule, matched by a function of its own that is never inlined: a branch tried at every word but rarely taken would
// otherwise grow the loop it sits in until the compiler stops inlining the common path.
template <typename Rule>
struct out_of_line : seq<Rule> {
    template <apply_mode A, rewind_mode M, template <typename...> class Action, template <typename...> class Control,
              typename ParseInput, typename... States>
    [[nodiscard]] [[gnu::noinline]] static bool match(ParseInput& in, States&&... st) {
        return seq<Rule>::template match<A, M, Action, Control>(in, st...);
    }
};

// LF or CRLF, or the end of a file without a final newline.
struct line_end : eolf {};
// Anything up to the line end (a lone CR inside a line is text).
struct line_char : sor<not_one<'\r', '\n'>, seq<one<'\r'>, not_at<one<'\n'>>>> {};
// `XXXXXXXXXXXX`: a run of at least six capital X's (Cablegate writes 10–24) is a redaction, a token of its own
// wherever a line's text is read, even run onto a word (`XXXXXXXXXXXXtold`). Lower-cased cables write it in lower
// case (`xxxxxxxxxxxx`, `xxxxx`): a run of at least five lower-case x's that ends a word is one too; a shorter run,
// or one running into letters (`xxxxxxi`), is text.
struct redaction : sor<rep_min<6, one<'X'>>, seq<rep_min<5, one<'x'>>, not_at<alnum>>> {};
// A redaction where one may start: tried at nearly every character of a line, so its first letter is peeked at
// before the production (and its action) is entered.
using maybe_redaction = seq<at<one<'X', 'x'>>, redaction>;
// Runs of characters that start nothing (no line end, no X or x; for `plain_word_run` no white space either, whose
// no-break space starts with 0xC2), taken in one tight loop where the productions read a line character by character.
// (plus<not_one<…>> by a table, in one loop: PEGTL's own reads and tests the input a character at a time.)
template <char... Stops>
struct run_without {
    using rule_t = run_without;
    using subs_t = type_list<>;
    static constexpr std::array<bool, 256> stops = [] {
        std::array<bool, 256> t{};
        ((t[static_cast<unsigned char>(Stops)] = true), ...);
        return t;
    }();
    template <typename ParseInput>
    [[nodiscard]] static bool match(ParseInput& in) {
        const char* const p = in.current();
        const char* const end = in.end();
        const char* q = p;
        // Sixteen bytes at a time, then one at a time.
        for (; end - q >= 16; q += 16) {
            const byte_scan::bytes16 v = byte_scan::load16(q);
            const std::uint32_t hit = byte_scan::bits(((v == byte_scan::splat(static_cast<unsigned char>(Stops))) | ...));
            if (hit != 0) {
                q += __builtin_ctz(hit);
                break;
            }
        }
        while (q != end && !stops[static_cast<unsigned char>(*q)]) ++q;
        if (q == p) return false;
        in.bump(static_cast<std::size_t>(q - p));
        return true;
    }
};
struct plain_run : run_without<'\r', '\n', 'X', 'x'> {};
struct plain_word_run : run_without<' ', '\t', '\xC2', '\r', '\n', 'X', 'x'> {};
struct rest : star<sor<maybe_redaction, plain_run, line_char>> {};
struct non_ws_char : sor<maybe_redaction, seq<not_at<ws>, line_char>> {};
// Line text up to a run of white space that `Stop` follows (the run is not taken), in one pass: each run is matched
// once and `Stop` tried once after it. (`star<not_at<ws_plus, Stop>, line_char>` says the same, but tries the run
// again from each of its characters: quadratic in the run's length.)
template <typename Stop>
struct text_before_ws_and : star<sor<plus<sor<plain_word_run, non_ws_char>>, seq<ws_plus, not_at<Stop>>>> {};
// One whole line of any content. It always consumes input (a last line without newline has content), so that
// repetitions of lines end at the end of the file.
struct any_line : sor<seq<rest, eol>, seq<plus<line_char>, eof>> {};
struct blank_line : sor<seq<ws_star, eol>, seq<ws_plus, eof>> {};

struct digit2 : rep<2, digit> {};
struct digit3 : rep<3, digit> {};
struct digit4 : rep<4, digit> {};

// The end of a field line: optional trailing white space, then the line end.
struct field_end : seq<ws_star, line_end> {};

}  // namespace cablelint::grammar

// For PEGTL's analyzer: a run consumes at least one character when it succeeds.
template <typename Name, char... Stops>
struct tao::pegtl::analyze_traits<Name, cablelint::grammar::run_without<Stops...>> : analyze_any_traits<> {};
