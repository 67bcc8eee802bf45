// What a rule reports: one finding with its located span and related locations.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source.hpp"

namespace cablelint {

enum class Severity { off = 0, info = 1, warning = 2, error = 3 };
const char* severity_name(Severity s);
std::optional<Severity> parse_severity(std::string_view s);

struct Related {
    std::string message;
    Span span;
};

// One replacement of the text [span) by `text` (text coordinates; the fixer maps them to the file's bytes and writes
// `text` in the file's encoding and line-end style, or verbatim when `raw`: F904 rewrites the line ends themselves).
struct Edit {
    Span span;
    std::string text;
    bool raw = false;
};

// How a finding can be fixed: all its edits together. `safe` fixes are applied by --fix; the others (they change a
// value a human should confirm) only with --unsafe-fixes. The catalogue entry's `fix:` sets the default.
struct Fix {
    std::vector<Edit> edits;
    bool safe = true;
    std::string title;   // the catalogue's `fix_title`: what it does
};

struct Finding;
// Whether a finding has a fix that --fix applies (safe), or with --unsafe-fixes (`unsafe`) any fix.
bool has_fix(const Finding& f, bool unsafe);

struct Finding {
    std::string code;   // "D302"
    std::string name;   // "dtg-invalid"
    Severity severity = Severity::error;
    std::string message;
    Span span;
    std::vector<Related> related;
    std::optional<Fix> fix;
};

inline bool has_fix(const Finding& f, bool unsafe) { return f.fix && (f.fix->safe || unsafe); }

}  // namespace cablelint
