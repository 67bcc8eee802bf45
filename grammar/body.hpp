// Tokens of the body and of the copy's history (issue 7 §1): redaction runs, corrected-copy captions, the operating
// signals of a retransmission or corrected copy. Included by fields.hpp (FL4/FL5 signals) and text.hpp.
#pragma once

#include "basics.hpp"

namespace cablelint::grammar {

// (The redaction token, `XXXXXXXXXXXX`, is in basics.hpp: every line's text reads it.)

// Operating signals that mark a retransmission (ZDK, ZDS, ZFD) or a corrected copy (`(CCY AD6CB6C9 MSI1033-695)`)
// on FL4 or FL5, as whole words.
struct copy_signal_word : seq<sor<TAO_PEGTL_STRING("ZDK"), TAO_PEGTL_STRING("ZDS"), TAO_PEGTL_STRING("ZFD"),
                                  TAO_PEGTL_STRING("CCY")>,
                              not_at<alnum>> {};
// Signal text: words, with the signal words located.
struct signal_text : star<sor<copy_signal_word, plus<alnum>, line_char>> {};

// The caption `C O R R E C T E D C O P Y (TEXT)`, `C O R R E C T E D  C O P Y`, `C O R R E C T E D COPY`,
// `C O R R E C T E D C O PY`, `CORRECTED COPY -TEXT`: the letters of CORRECTED COPY with any spaces between them, at
// the start of a line, and what follows.
template <char... Letters>
struct spaced_word;
template <char First, char... Rest>
struct spaced_word<First, Rest...> : seq<one<First>, seq<ws_star, one<Rest>>...> {};
struct corrected_copy_words : seq<spaced_word<'C', 'O', 'R', 'R', 'E', 'C', 'T', 'E', 'D'>, ws_star,
                                  spaced_word<'C', 'O', 'P', 'Y'>, not_at<alnum>> {};
struct corrected_copy_caption : seq<ws_star, corrected_copy_words, rest, line_end> {};

}  // namespace cablelint::grammar
