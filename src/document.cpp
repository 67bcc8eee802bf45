#include "document.hpp"

#include <cctype>

#include "util.hpp"
#include "vocabulary.hpp"

namespace cablelint {

int level_rank(Level l) {
    switch (l) {
        case Level::none: return -1;
        case Level::unclassified:
        case Level::sbu:
        case Level::efto:
        case Level::lou: return 0;
        case Level::confidential: return 1;
        case Level::secret: return 2;
        case Level::top_secret: return 3;
    }
    return -1;
}

const char* level_name(Level l) {
    switch (l) {
        case Level::none: return "none";
        case Level::unclassified: return "UNCLASSIFIED";
        case Level::sbu: return "SENSITIVE BUT UNCLASSIFIED";
        case Level::efto: return "UNCLAS EFTO";
        case Level::lou: return "LIMITED OFFICIAL USE";
        case Level::confidential: return "CONFIDENTIAL";
        case Level::secret: return "SECRET";
        case Level::top_secret: return "TOP SECRET";
    }
    return "?";
}

const char* family_name(HeaderFamily f) {
    switch (f) {
        case HeaderFamily::none: return "none";
        case HeaderFamily::relay: return "relay copy";
        case HeaderFamily::web: return "web copy";
        case HeaderFamily::other_vzczc: return "VZCZC copy";
        case HeaderFamily::abbreviated: return "abbreviated";
        case HeaderFamily::distribution: return "distribution header";
        case HeaderFamily::partial_extract: return "partial extract";
        case HeaderFamily::printout: return "archive printout";
        case HeaderFamily::email: return "e-mail wrapper";
        case HeaderFamily::banner_first: return "banner-first";
    }
    return "?";
}

std::vector<Field> Document::caption_block_lines() const {
    std::vector<Field> out = text.captions;
    out.insert(out.end(), text.for_lines.begin(), text.for_lines.end());
    if (present(text.banner.line)) out.push_back(text.banner.line);
    if (text.duplicate_head_differs) out.insert(out.end(), text.duplicate_captions.begin(), text.duplicate_captions.end());
    return out;
}

Field Document::caption_line_with(std::string_view word) const {
    const auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (Field line : caption_block_lines()) {
        int depth = 0;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '(') ++depth;
            else if (line[i] == ')' && depth > 0) --depth;
            if (depth > 0 || i + word.size() > line.size() || !iequals(line.substr(i, word.size()), word)) continue;
            const bool before = i == 0 || !alnum(line[i - 1]);
            const bool after = i + word.size() >= line.size() || !alnum(line[i + word.size()]);
            if (before && after) return line;
        }
    }
    return {};
}

bool Document::redacted(Field value) const {
    if (!present(value)) return false;
    const char* b = value.data();
    const char* e = b + value.size();
    for (Field r : text.redactions) {
        if (r.data() < e && b < r.data() + r.size()) return true;
    }
    return false;
}


}  // namespace cablelint
