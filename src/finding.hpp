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

struct Finding {
    std::string code;   // "D302"
    std::string name;   // "dtg-invalid"
    Severity severity = Severity::error;
    std::string message;
    Span span;
    std::vector<Related> related;
};

}  // namespace cablelint
