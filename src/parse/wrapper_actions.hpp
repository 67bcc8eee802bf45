// Actions of layer 1, the page wrapper (grammar/wrapper.hpp). Included only by src/parse.cpp.
#pragma once

#include "date_actions.hpp"
#include "state.hpp"

namespace cablelint::parsing {

// ---- Layer 1: wrapper ---------------------------------------------------------------------------------------------
#define LABEL(rule, member)                                              \
    ON(rule) {                                                           \
        template <typename In>                                           \
        static void apply(const In& in, State& st) {                     \
            const Field l = trim(line(in));                              \
            if (!present(st.doc.wrapper.member)) st.doc.wrapper.member = l; \
            st.doc.wrapper.labels.push_back(l);                          \
        }                                                                \
    };
LABEL(label_identifier, label_identifier)
LABEL(label_created, label_created)
LABEL(label_classification, label_classification)
LABEL(label_origin, label_origin)
#undef LABEL

inline void wrapper_value(State& st, Wrapper::ValueKind kind, Field l, Field& member) {
    l = trim(l);
    st.doc.wrapper.values.push_back({kind, l});
    if (!present(member)) member = l;
}

ON(identifier_value) {
    template <typename In>
    static void apply(const In& in, State& st) {
        wrapper_value(st, Wrapper::ValueKind::identifier, line(in), st.doc.wrapper.identifier);
    }
};
ON(malformed_identifier) {
    template <typename In>
    static void apply(const In& in, State& st) {
        wrapper_value(st, Wrapper::ValueKind::identifier, line(in), st.doc.wrapper.identifier);
        syntax_error(st, SyntaxError::Kind::identifier, view(in), "identifier");
    }
};
ON(created_value) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.wrapper.created)) st.doc.wrapper.created_value = created_value_of(st.created);
        wrapper_value(st, Wrapper::ValueKind::created, line(in), st.doc.wrapper.created);
        st.created = {};
    }
};
ON(malformed_created) {
    template <typename In>
    static void apply(const In& in, State& st) {
        wrapper_value(st, Wrapper::ValueKind::created, line(in), st.doc.wrapper.created);
        syntax_error(st, SyntaxError::Kind::created, view(in), "Created");
        st.created = {};
    }
};
ON(classification_value) {
    template <typename In>
    static void apply(const In& in, State& st) {
        wrapper_value(st, Wrapper::ValueKind::classification, line(in), st.doc.wrapper.classification);
    }
};
ON(origin_value) {
    template <typename In>
    static void apply(const In& in, State& st) {
        wrapper_value(st, Wrapper::ValueKind::origin, line(in), st.doc.wrapper.origin);
    }
};
ON(title_label) {
    template <typename In>
    static void apply(const In& in, State& st) { st.doc.wrapper.title_label = trim(line(in)); }
};
ON(title_value) {
    template <typename In>
    static void apply(const In& in, State& st) { st.doc.wrapper.title = trim(line(in)); }
};
ON(page_tag) {
    template <typename In>
    static void apply(const In& in, State& st) { st.doc.wrapper.tags.push_back(view(in)); }
};
ON(page_tags_line) {
    template <typename In>
    static void apply(const In& in, State& st) { st.doc.wrapper.tags_line = line(in); }
};
ON(chrome_pdf) {
    template <typename In>
    static void apply(const In& in, State& st) { st.doc.wrapper.chrome = line(in); }
};
ON(wrapper) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.doc.wrapper.present = true;
        st.doc.wrapper.block = strip_eol(view(in));
    }
};

}  // namespace cablelint::parsing
