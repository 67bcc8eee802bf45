// Actions of layer 2, the transmission header (grammar/header.hpp). Included only by src/parse.cpp.
#pragma once

#include "date_actions.hpp"
#include "state.hpp"

namespace cablelint::parsing {

// ---- Layer 2: header ----------------------------------------------------------------------------------------------
inline void set_family(State& st, HeaderFamily f) {
    if (st.doc.header.family == HeaderFamily::none) st.doc.header.family = f;
}

ON(fl1_channel) {
    template <typename In>
    static void apply(const In& in, State& st) { st.fl1.channel = view(in); }
};
ON(fl1_number) {
    template <typename In>
    static void apply(const In& in, State& st) { st.fl1.number = view(in); }
};
ON(fl1_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.fl1.line = line(in);
        if (!present(st.doc.header.fl1.line)) {
            st.doc.header.fl1 = st.fl1;
            set_family(st, st.fl1.channel == "XRO"   ? HeaderFamily::relay
                           : st.fl1.channel == "XYZ" ? HeaderFamily::web
                                                     : HeaderFamily::other_vzczc);
        }
        st.fl1 = {};
    }
};
ON(prosign) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.routing = {};
        st.routing.prosign = view(in);
    }
};
ON(routing_ri) {
    template <typename In>
    static void apply(const In& in, State& st) { st.routing.ris.push_back(view(in)); }
};
ON(routing_line) {
    template <typename In>
    static void apply(const In& in, State& st) { st.routing.line = line(in); }
};
ON(routing_block) {
    template <typename In>
    static void apply(const In&, State& st) {
        if (!present(st.doc.header.routing.line)) st.doc.header.routing = st.routing;
        st.routing = {};
    }
};
ON(de_ri) {
    template <typename In>
    static void apply(const In& in, State& st) { st.de.ri = view(in); }
};
ON(de_ssn) {
    template <typename In>
    static void apply(const In& in, State& st) { st.de.ssn = view(in); }
};
ON(de_section) {
    template <typename In>
    static void apply(const In& in, State& st) { st.de.section = view(in); }
};
ON(de_julian) {
    template <typename In>
    static void apply(const In& in, State& st) { st.de.julian = view(in); }
};
ON(de_time) {
    template <typename In>
    static void apply(const In& in, State& st) { st.de.time = view(in); }
};
ON(de_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.de.line = line(in);
        st.de.filed = filing_time(st.de.julian, st.de.time);
        if (!present(st.doc.header.de.line)) st.doc.header.de = st.de;
        st.de = {};
    }
};
ON(security_prefix) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.security = {};
        st.security.prefix = view(in);
    }
};
ON(security_letters) {
    template <typename In>
    static void apply(const In& in, State& st) { st.security.letters = view(in); }
};
ON(security_specat) {
    template <typename In>
    static void apply(const In& in, State& st) { st.security.specat = view(in); }
};
ON(security_signal) {
    template <typename In>
    static void apply(const In& in, State& st) { st.security.signals.push_back(view(in)); }
};
ON(copy_signal_word) {
    template <typename In>
    static void apply(const In& in, State& st) {
        const Field w = view(in);
        const CopySignal::Kind k = w == "ZDK" ? CopySignal::Kind::zdk : w == "ZDS" ? CopySignal::Kind::zds
                                 : w == "ZFD" ? CopySignal::Kind::zfd : CopySignal::Kind::ccy;
        st.line_signals.push_back({k, w});
    }
};
// The signals of the format line `l` that the model keeps (its first FL4, its first FL5); signals left from a line
// that failed its grammar lie outside `l` and are dropped.
inline void commit_signals(State& st, Field l, bool keep) {
    if (keep) {
        for (const CopySignal& s : st.line_signals)
            if (s.at.data() >= l.data() && s.at.data() < l.data() + l.size()) st.doc.copy_signals.push_back(s);
    }
    st.line_signals.clear();
}
ON(security_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.security.line = line(in);
        const bool first = !present(st.doc.header.security.line);
        if (first) st.doc.header.security = st.security;
        commit_signals(st, line(in), first);
        st.security = {};
    }
};

ON(dtg_precedence) {
    template <typename In>
    static void apply(const In& in, State& st) { st.dtg_line.precedence.push_back(view(in)); }
};
ON(dtg_signals) {
    template <typename In>
    static void apply(const In& in, State& st) {
        const Field s = trim(view(in));
        st.dtg_line.signals = s.empty() ? Field() : s;
    }
};
inline void commit_dtg(State& st, Field l, HeaderFamily family) {
    st.dtg_line.line = l;
    const bool first = !present(st.doc.header.dtg.line);
    if (first) {
        st.doc.header.dtg = st.dtg_line;
        set_family(st, family);
    }
    commit_signals(st, l, first);
    st.dtg_line = {};
}
ON(dtg_line) {
    template <typename In>
    static void apply(const In& in, State& st) { commit_dtg(st, line(in), HeaderFamily::abbreviated); }
};
ON(bare_dtg_line) {
    template <typename In>
    static void apply(const In& in, State& st) { commit_dtg(st, line(in), HeaderFamily::partial_extract); }
};

#define MALFORMED(rule, kind, line_id, what)                                    \
    ON(rule) {                                                                 \
        template <typename In>                                                 \
        static void apply(const In& in, State& st) {                           \
            syntax_error(st, SyntaxError::Kind::kind, view(in), what);         \
            st.doc.errors.back().format_line = SyntaxError::FormatLine::line_id; \
            st.fl1 = {};                                                       \
            st.routing = {};                                                   \
            st.de = {};                                                        \
            st.security = {};                                                  \
            st.dtg_line = {};                                                  \
        }                                                                      \
    };
MALFORMED(malformed_fl1, header_line, fl1, "transmission identification (VZCZC line)")
MALFORMED(malformed_routing, header_line, routing, "routing line")
MALFORMED(malformed_de, header_line, de, "DE line")
MALFORMED(malformed_security, header_line, security, "security line")
MALFORMED(malformed_dtg_line, dtg, none, "date-time group")
MALFORMED(malformed_bare_dtg, dtg, none, "date-time group")
#undef MALFORMED

// The post an FM line or page Origin names, gathered in State::post for the fm_pla or origin_value action that
// owns it (a post_name that matches always ends its owner's match, so nothing stale is left). read_post_name
// (src/parse.cpp) reads a vocabulary spelling with the same actions into a PostName of its own. (Not
// change_states: PEGTL's coverage control, which the grammar test runs, cannot pass through it.)
inline PostName& post_of(State& st) { return st.post; }
inline PostName& post_of(PostName& p) { return p; }
ON(post_prefix) {
    template <typename In, typename S>
    static void apply(const In& in, S& s) { post_of(s).prefix = trim(view(in)); }
};
ON(post) {
    template <typename In, typename S>
    static void apply(const In& in, S& s) {
        PostName& p = post_of(s);
        p.post = view(in);
        const char* from = present(p.prefix) ? p.prefix.data() : p.post.data();
        p.name = Field(from, static_cast<std::size_t>(p.post.data() + p.post.size() - from));
    }
};
ON(post_office) {
    template <typename In, typename S>
    static void apply(const In& in, S& s) { post_of(s).office = trim(view(in)); }
};
ON(fm_pla) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.header.fm)) {
            st.doc.header.fm = trim(view(in));
            st.doc.header.fm_post = st.post;
        }
        st.post = {};
    }
};
ON(fm_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.header.fm_line)) st.doc.header.fm_line = line(in);
    }
};
ON(address_ri) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.address = {};
        st.address.ri = view(in);
    }
};
ON(pla) {
    template <typename In>
    static void apply(const In& in, State& st) { st.address.pla = trim(view(in)); }
};
ON(address_precedence) {
    template <typename In>
    static void apply(const In& in, State& st) { st.address.precedence = view(in); }
};
ON(address_mcn) {
    template <typename In>
    static void apply(const In& in, State& st) { st.address.mcn = view(in); }
};
ON(to_address) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.address.line = line(in);
        st.doc.header.to.push_back(st.address);
        st.address = {};
    }
};
ON(info_address) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.address.line = line(in);
        st.doc.header.info.push_back(st.address);
        st.address = {};
    }
};
ON(to_keyword) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.address = {};
        if (!present(st.doc.header.to_line)) st.doc.header.to_line = line_around(st, in.begin());
    }
};
ON(info_keyword) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.address = {};
        if (!present(st.doc.header.info_line)) st.doc.header.info_line = line_around(st, in.begin());
    }
};
ON(distribution_line) {
    template <typename In>
    static void apply(const In&, State& st) { set_family(st, HeaderFamily::distribution); }
};
ON(partial_extract_notice) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.doc.header.partial_extract = line(in);
        set_family(st, HeaderFamily::partial_extract);
    }
};
ON(banner_copy) {
    template <typename In>
    static void apply(const In&, State& st) { set_family(st, HeaderFamily::banner_first); }
};
ON(header) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (in.size() > 0) st.doc.header.region = strip_eol(view(in));
        if (st.doc.header.family == HeaderFamily::none && in.size() > 0 && !trim(view(in)).empty()) {
            // Lines before the text that fit no family: an archive printout or an e-mail wrapper.
            const Field h = view(in);
            st.doc.header.family = h.find("PAGE 01") != Field::npos ? HeaderFamily::printout : HeaderFamily::email;
        }
    }
};

}  // namespace cablelint::parsing
