// Helpers private to the W (page wrapper) and H (transmission header) checks: parsing the few values the located
// model keeps as text (the identifier, precedence words, page classification strings) and picking sub-spans of
// fields. Created and the DTG are typed in the model (src/date_values.hpp).
#pragma once

#include <optional>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "document.hpp"
#include "util.hpp"
#include "vocabulary.hpp"

namespace cablelint::wrapper_header {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
inline char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// Width of a separator (space, tab, no-break space, comma when `commas`) at s[i], 0 if none.
inline std::size_t sep_width(std::string_view s, std::size_t i, bool commas) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || (commas && c == ',')) return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
    return 0;
}

// The tokens of a field, split on white space (and commas): views into the field.
inline std::vector<Field> tokens(Field f, bool commas = true) {
    std::vector<Field> out;
    if (!present(f)) return out;
    std::size_t i = 0;
    while (i < f.size()) {
        if (const std::size_t w = sep_width(f, i, commas)) {
            i += w;
            continue;
        }
        std::size_t j = i;
        while (j < f.size() && sep_width(f, j, commas) == 0) ++j;
        out.push_back(f.substr(i, j - i));
        i = j;
    }
    return out;
}

// A field trimmed of white space at both ends, still a view into the source (absent stays absent).
inline Field trimmed(Field f) {
    if (!present(f)) return f;
    const std::string_view t = trim(f);
    return t.data() == nullptr ? f.substr(0, 0) : t;
}

// Zero-width span at a byte offset (an insertion point).
inline Span at_offset(std::uint32_t off) { return Span{off, off}; }

// ---------------------------------------------------------------------------------------------------------------
// Origins (spec §4); the reference id's parts are in the model (Wrapper::id, read by grammar/fields.hpp).

// An origin as the id spells it: letters and digits only, upper case ("BUENOS AIRES" → "BUENOSAIRES").
inline std::string origin_token(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (is_alpha(c) || is_digit(c)) out.push_back(upper(c));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Precedence (spec §2.3, §2.8): rank of a letter, higher = more urgent; 0 = unknown.

inline int precedence_rank(char letter) {
    switch (upper(letter)) {
        case 'R': return 1;
        case 'P': return 2;
        case 'O': return 3;
        case 'Z': return 4;
        case 'Y': return 5;
        default: return 0;
    }
}

inline char precedence_letter(int rank) {
    static constexpr char letters[] = {'?', 'R', 'P', 'O', 'Z', 'Y'};
    return rank >= 0 && rank <= 5 ? letters[rank] : '?';
}

inline const char* precedence_word(int rank) {
    switch (rank) {
        case 1: return "ROUTINE";
        case 2: return "PRIORITY";
        case 3: return "IMMEDIATE";
        case 4: return "FLASH";
        case 5: return "EMERGENCY COMMAND";
        default: return "?";
    }
}

// Rank of a precedence word on an address line ("NIACT IMMEDIATE" = IMMEDIATE); absent/empty = ROUTINE; 0 unknown.
inline int precedence_word_rank(Field word) {
    if (!present(word)) return 1;
    const std::string w = collapse_spaces(word);
    if (w.empty() || iequals(w, "ROUTINE")) return 1;
    if (iequals(w, "PRIORITY")) return 2;
    if (iequals(w, "IMMEDIATE") || iequals(w, "NIACT IMMEDIATE") || iequals(w, "NIACT")) return 3;
    if (iequals(w, "FLASH")) return 4;
    return 0;
}

// Classification level of an FL4 letter (U, E, C, S, T); Level::none when unknown.
inline Level fl4_level(char letter) {
    switch (upper(letter)) {
        case 'U': return Level::unclassified;
        case 'E': return Level::efto;
        case 'C': return Level::confidential;
        case 'S': return Level::secret;
        case 'T': return Level::top_secret;
        default: return Level::none;
    }
}

// Text for a message: the field collapsed to single spaces, cut to `max` characters.
inline std::string shown(Field f, std::size_t max = 60) {
    std::string s = collapse_spaces(f);
    if (s.size() > max) s = s.substr(0, max) + "…";
    return s;
}

}  // namespace cablelint::wrapper_header
