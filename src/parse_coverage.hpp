// The parse of parse_document, run under PEGTL's coverage control (tao/pegtl/contrib/coverage.hpp): counts, per
// production of grammar::cable, how often it was tried and matched. For tests/grammar_coverage_test.cpp.
#pragma once

#include <tao/pegtl/contrib/coverage.hpp>

#include "source.hpp"
#include "vocabulary.hpp"

namespace cablelint {

// Adds the counts of one file's parse to `result` (which accumulates over calls).
void parse_coverage(const Source& src, tao::pegtl::coverage_result& result,
                    const Vocabularies& vocab = builtin_vocabularies());

}  // namespace cablelint
