// Line noise ending a text (spec §6: transmission garble, `The mo~97@Q5OQg`): one token of at least six characters
// that mixes letters and digits with a character prose does not use inside a word (~ ^ { } | \ `), and is no
// address (no '.', '/', ':'). Matched against the last token of the text (document_kind.cpp), not per line.
#pragma once

#include "basics.hpp"

namespace cablelint::grammar::noise {

struct token_char : not_one<' ', '\t', '\r', '\n'> {};
struct symbol : one<'~', '^', '{', '}', '|', '\\', '`'> {};
struct address_char : one<'.', '/', ':'> {};
template <typename Wanted>
struct somewhere : at<star<not_at<Wanted>, token_char>, Wanted> {};
struct token : seq<somewhere<symbol>, somewhere<digit>, somewhere<alpha>, not_at<somewhere<address_char>>,
                   rep_min<6, token_char>, eof> {};

}  // namespace cablelint::grammar::noise
