// The matching of a production compiled apart (compiled_apart in parse/state.hpp): each src/parse/*.cpp includes
// this and instantiates match_apart for its productions. Only these units see the definition, so no other unit
// compiles the matching again.
#pragma once

#include "actions.hpp"

namespace cablelint::parsing {

// What control<Rule>::match would do for a production not compiled apart.
template <typename Rule, pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
          template <typename...> class Control>
bool match_apart(CableInput& in, State& st) {
    return pegtl::normal<Rule>::template match<A, M, Action, Control>(in, st);
}

}  // namespace cablelint::parsing

// Instantiates the matching of grammar::RULE for the parse, for each rewind mode its callers use.
#define CABLELINT_INSTANTIATE_APART(RULE, MODE)                                                                   \
    template bool cablelint::parsing::match_apart<cablelint::grammar::RULE, tao::pegtl::apply_mode::action,        \
                                                  tao::pegtl::rewind_mode::MODE, cablelint::parsing::action,        \
                                                  cablelint::parsing::control>(cablelint::parsing::CableInput&,     \
                                                                               cablelint::parsing::State&);
#define CABLELINT_COMPILE_APART(RULE)           \
    CABLELINT_INSTANTIATE_APART(RULE, active)   \
    CABLELINT_INSTANTIATE_APART(RULE, required) \
    CABLELINT_INSTANTIATE_APART(RULE, dontcare)
