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
    st.doc.wrapper.values.push_back({kind, l, false});
    if (!present(member)) member = l;
}

// The identifier's parts, kept when the whole identifier matches. (Not PEGTL change_states: the must<> parts
// record where they fail in the State, which change_states would not pass down.)
ON(id_year) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.id_parts = IdentifierParts{};
        st.id_parts.yy = view(in);
    }
};
ON(id_origin) {
    template <typename In>
    static void apply(const In& in, State& st) { st.id_parts.origin = view(in); }
};
ON(id_serial) {
    template <typename In>
    static void apply(const In& in, State& st) { st.id_parts.serial = view(in); }
};
ON(identifier_value) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.wrapper.identifier)) st.doc.wrapper.id = st.id_parts;
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
#define PAGE_LEVEL(rule, r)                                                              \
    ON(rule) {                                                                           \
        template <typename In>                                                           \
        static void apply(const In& in, State& st) { st.page_class = {r, view(in), {}, false, false}; } \
    };
PAGE_LEVEL(page_level_unclassified, 0)
PAGE_LEVEL(page_level_confidential, 1)
PAGE_LEVEL(page_level_secret, 2)
PAGE_LEVEL(page_level_top_secret, 3)
#undef PAGE_LEVEL
ON(page_level) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (st.page_class.base.data() != in.begin()) st.page_class = {-1, view(in), {}, false, false};
    }
};
ON(page_noforn) {
    template <typename In>
    static void apply(const In&, State& st) { st.page_class.noforn = true; }
};
ON(page_fouo) {
    template <typename In>
    static void apply(const In&, State& st) { st.page_class.fouo = true; }
};
ON(page_fouo_short) {
    template <typename In>
    static void apply(const In&, State& st) { st.page_class.fouo = true; }
};
ON(page_level_rest) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!trim(view(in)).empty()) st.page_class.rank = -1;
    }
};
ON(page_controls) {
    template <typename In>
    static void apply(const In& in, State& st) { st.page_class.suffix = trim(view(in)); }
};
ON(classification_value) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.wrapper.classification) && st.page_class.rank >= 0) st.doc.wrapper.page_class = st.page_class;
        wrapper_value(st, Wrapper::ValueKind::classification, line(in), st.doc.wrapper.classification);
        st.doc.wrapper.values.back().has_level = st.page_class.rank >= 0;
    }
};
ON(origin_value) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.wrapper.origin)) st.doc.wrapper.origin_post = st.post;
        st.post = {};
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
