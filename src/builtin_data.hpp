// The built-in catalogue and vocabularies as compiled code: written at build time by cmake/builtin_data.cpp from
// rules/catalogue/*.yaml and rules/data/*.yaml (the source of truth), so that no YAML is parsed at start-up.
#pragma once

#include "catalogue.hpp"
#include "vocabulary.hpp"

namespace cablelint {

void add_builtin_rules(Catalogue& c);              // every entry of rules/catalogue/*.yaml, in file order
void add_builtin_vocabularies(Vocabularies& v);    // every file of rules/data/*.yaml, in name order

}  // namespace cablelint
