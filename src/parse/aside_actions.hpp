// Actions of the asides (grammar/asides.hpp): SUMMARY/COMMENT/NOTE openers and closers, classifier mentions.
// Included only by src/parse.cpp.
#pragma once

#include "state.hpp"

namespace cablelint::parsing {

// What one opener or closer read; kept only when the whole token matches (PEGTL change_states), so that a word
// read by a token that then fails leaves nothing behind.
struct AsideParts {
    const char* start = nullptr;
    std::vector<Field> words;     // SUMMARY, COMMENT, NOTE (any case), in order
    bool begin = false;           // led by "BEGIN"
};

inline Aside::Kind aside_kind_of(Field w) {
    const char c = static_cast<char>(w.front() & ~0x20);
    return c == 'S' ? Aside::Kind::summary : c == 'C' ? Aside::Kind::comment : Aside::Kind::note;
}

template <Aside::Role Role>
struct aside_token : pegtl::change_states<AsideParts> {
    template <typename ParseInput>
    static void success(const ParseInput& in, AsideParts& p, State& st) {
        const Field at(p.start, static_cast<std::size_t>(in.current() - p.start));
        for (Field w : p.words) st.doc.text.asides.push_back(Aside{aside_kind_of(w), Role, trim(at), w, p.begin});
    }
};
ON(aside_closer) : aside_token<Aside::Role::closes> {};
ON(aside_led) : aside_token<Aside::Role::opens> {};
ON(aside_heading) : aside_token<Aside::Role::opens> {};
ON(aside_line_opener) : aside_token<Aside::Role::opens> {};

ON(aside_start) {
    template <typename In>
    static void apply(const In& in, AsideParts& p) { p.start = in.begin(); }
};
ON(aside_word) {
    template <typename In>
    static void apply(const In& in, AsideParts& p) { p.words.push_back(view(in)); }
};
ON(aside_begin) {
    template <typename In>
    static void apply(const In&, AsideParts& p) { p.begin = true; }
};

ON(classifier_mention) {
    template <typename In>
    static void apply(const In& in, State& st) { st.doc.text.classifier_mentions.push_back(view(in)); }
};

}  // namespace cablelint::parsing
