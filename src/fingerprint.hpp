// What identifies a finding across edits that do not touch it — the SARIF `partialFingerprints` and the baseline's
// key: the rule code, the text of the line it starts on and the text it points at (white space collapsed), not the
// line number, so that lines inserted above do not change it (on a blank line, also the text of its first related
// location). Identical findings share one; their consumers count
// occurrences.
#pragma once

#include <string>

#include "finding.hpp"
#include "source.hpp"

namespace cablelint {

std::string fingerprint(const Source& src, const Finding& f);   // 16 hex digits

}  // namespace cablelint
