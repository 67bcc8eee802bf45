// A pasted cable (spec §0): an optional page wrapper, a transmission header of any family (or none), the text, and
// the page chrome that may end it.
//
//   cable := wrapper? mail? header text          (mail: an e-mail/database printout around it, family G)
//
// The grammar accepts every input: what fits no construct is kept as a line of its region, so that rules can
// report on it. Strict sub-grammars of single fields live in fields.hpp; their error messages in messages.hpp.
#pragma once

#include "basics.hpp"
#include "fields.hpp"
#include "header.hpp"
#include "mail.hpp"
#include "messages.hpp"
#include "text.hpp"
#include "wrapper.hpp"

namespace cablelint::grammar {

struct cable : seq<opt<wrapper>, opt<mail_wrapper>, header, text, eof> {};

}  // namespace cablelint::grammar
