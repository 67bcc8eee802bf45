#include "fingerprint.hpp"

#include <cstdint>
#include <cstdio>

#include "util.hpp"

namespace cablelint {

namespace {
std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}
}  // namespace

std::string fingerprint(const Source& src, const Finding& f) {
    // The pointed-at text, at most a line's worth: a span over a whole section would make the key depend on it all.
    std::string_view pointed = src.view(Span{f.span.begin, std::max(f.span.begin, f.span.end)});
    if (pointed.size() > 200) pointed = pointed.substr(0, 200);
    std::uint64_t h = fnv1a(f.code);
    h = fnv1a(std::string_view("\0", 1), h);
    h = fnv1a(collapse_spaces(pointed), h);
    // A finding that points at nothing (P802 at a blank line) is told apart by what it relates to.
    if (!f.related.empty() && trim(pointed).empty()) {
        std::string_view rel = src.view(f.related.front().span);
        if (rel.size() > 200) rel = rel.substr(0, 200);
        h = fnv1a(std::string_view("\0", 1), h);
        h = fnv1a(collapse_spaces(rel), h);
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

}  // namespace cablelint
