#include "finding.hpp"

#include "util.hpp"

namespace cablelint {

const char* severity_name(Severity s) {
    switch (s) {
        case Severity::off: return "off";
        case Severity::info: return "info";
        case Severity::warning: return "warning";
        case Severity::error: return "error";
    }
    return "?";
}

std::optional<Severity> parse_severity(std::string_view s) {
    for (Severity v : {Severity::off, Severity::info, Severity::warning, Severity::error}) {
        if (iequals(s, severity_name(v))) return v;
    }
    return std::nullopt;
}

}  // namespace cablelint
