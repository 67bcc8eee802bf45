// What the generic rule kinds share: reading their parameters, `when:` conditions, where to point when a field is
// absent, and compiled regular expressions (RE2, linear time: safe for patterns from a user's config).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "catalogue.hpp"
#include "check.hpp"
#include "fields.hpp"

namespace cablelint::kinds {

std::string param(const CheckContext& ctx, const char* key, std::string fallback = "");
std::vector<std::string> param_list(const CheckContext& ctx, const char* key);
// All `when:` conditions hold (none given: true).
bool applies(const CheckContext& ctx);
// Where to report something that is missing: the start of the text, else the start of the file (zero-length).
Span missing_at(const CheckContext& ctx);
// A compiled pattern, cached for the process; nullptr when the pattern does not compile.
const RE2* regex(const std::string& pattern);

}  // namespace cablelint::kinds
