// What identifies a finding across edits that do not touch it — the SARIF `partialFingerprints` and the baseline's
// key: the rule code and the text it points at (white space collapsed; for a finding that points at nothing, the text
// of its first related location), not its line or the rest of the line, so that lines inserted above and edits beside
// it do not change it. Identical findings share one; their consumers count occurrences.
#pragma once

#include <string>

#include "finding.hpp"
#include "source.hpp"

namespace cablelint {

std::string fingerprint(const Source& src, const Finding& f);   // 16 hex digits

}  // namespace cablelint
