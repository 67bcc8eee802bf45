// Autofix: a file's bytes with its findings' fixes applied, in rounds (as ruff does) until no fix applies: fixes that
// overlap one taken in a round wait for the next, where they are found again on the fixed text.
//
// Edits are made on the file's own bytes (Source::file_offset maps the text's offsets back), so that everything a fix
// does not touch keeps its bytes: the encoding, the byte-order mark, the line ends. A replacement is written in the
// file's encoding and line-end style.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine.hpp"

namespace cablelint {

// Fixes --fix applies (safe ones), or with --unsafe-fixes all of them.
enum class FixLevel { safe, unsafe };
bool applies(const Finding& f, FixLevel level);

// `bytes` with the given fixes applied; fixes that overlap an earlier one (in text order) are left for a later
// round. `applied` counts the fixes taken.
std::string apply_fixes(const Source& src, std::string_view bytes, const std::vector<const Fix*>& fixes,
                        std::size_t& applied);

struct FixOutcome {
    std::string bytes;                 // the fixed file
    bool changed = false;
    std::size_t fixed = 0;             // findings fixed
    std::unique_ptr<Source> source;    // the fixed text
    std::vector<Finding> remaining;    // its findings
};
// Lint and fix `bytes` in rounds (at most max_fix_rounds) until no fix applies.
inline constexpr int max_fix_rounds = 16;
FixOutcome fix_source(const std::string& path, std::string bytes, const Config& config, const Selection& selection,
                      FixLevel level, LintInfo* info = nullptr);

}  // namespace cablelint
