// Actions of the e-mail/database wrapper (grammar/mail.hpp). Included only by src/parse.cpp.
#pragma once

#include "state.hpp"

namespace cablelint::parsing {

ON(mail_value) {
    template <typename In>
    static void apply(const In& in, State& st) { st.mail_value = trim(view(in)); }
};
ON(mail_subject) {
    template <typename In>
    static void apply(const In&, State& st) {
        if (!present(st.doc.mail.subject)) st.doc.mail.subject = st.mail_value;
    }
};
ON(mail_tags) {
    template <typename In>
    static void apply(const In&, State& st) {
        if (!present(st.doc.mail.tags)) st.doc.mail.tags = st.mail_value;
    }
};
ON(mail_wrapper) {
    template <typename In>
    static void apply(const In& in, State& st) {
        Field block = view(in);
        while (!block.empty() && (block.front() == '\n' || block.front() == '\r' || block.front() == ' ')) block.remove_prefix(1);
        block = strip_eol(block);
        if (block.empty()) return;
        st.doc.mail.block = block;
        st.doc.mail.lines = lines_of(block);
    }
};

}  // namespace cablelint::parsing
