// Parsing: runs the grammar (grammar/cable.hpp) over the file's bytes and fills the located document model.
// Actions only take views into the bytes; the few decisions that need context (which block a line belongs to, the
// duplicated head block) are made here, not in the grammar.
#include <cstring>

#include "../grammar/cable.hpp"
#include "engine.hpp"
#include "util.hpp"

namespace cablelint {

namespace pegtl = tao::pegtl;
namespace g = grammar;

namespace {

struct State {
    State(const Source& s, Document& d) : src(s), doc(d), base(s.base()) {}
    const Source& src;
    Document& doc;
    const char* base;

    // Set by control::raise just before a strict field's failure unwinds to its try_catch.
    std::uint32_t err_at = 0;
    const char* err_message = "";

    // Scratch values of the field being matched; committed by the field's line action.
    Fl1 fl1;
    RoutingLine routing;
    DeLine de;
    SecurityLine security;
    DtgLine dtg_line;
    Address address;
    Banner banner;
    EoLine eo;
    std::vector<Field> tags;
    Field tags_label;
    PageMarker marker;
    Field mark;
    Field number;

    enum class Phase { header, head, body } phase = Phase::header;
    bool head_field_since_banner = false;   // an E.O./TAGS/SUBJECT line since the banner: captions are over
    bool after_for_line = false;            // the previous caption-block line was an addressee line
    Field last_nonblank;
    bool blank_since = false;

    std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - base); }
};

// The line an input lies on ends before its CR/LF.
Field strip_eol(Field f) {
    while (!f.empty() && (f.back() == '\n' || f.back() == '\r')) f.remove_suffix(1);
    return f;
}

template <typename ActionInput>
Field view(const ActionInput& in) {
    return Field(in.begin(), in.size());
}
template <typename ActionInput>
Field line(const ActionInput& in) {
    return strip_eol(view(in));
}

// Split a multi-line match into its lines (without line ends).
std::vector<Field> lines_of(Field block) {
    std::vector<Field> out;
    while (!block.empty()) {
        const auto nl = block.find('\n');
        Field l = block.substr(0, nl);
        out.push_back(strip_eol(l));
        if (nl == Field::npos) break;
        block.remove_prefix(nl + 1);
    }
    return out;
}

// The whole line that contains p.
Field line_around(const State& st, const char* p) {
    const std::uint32_t ln = st.src.position(st.offset(p)).line;
    return st.src.line_text(ln);
}

void syntax_error(State& st, SyntaxError::Kind kind, Field whole_line, const char* what) {
    SyntaxError e;
    e.kind = kind;
    e.line = strip_eol(whole_line);
    const Span span = st.src.span_of(e.line);
    if (st.err_at >= span.begin && st.err_at <= span.end) {
        e.at = st.err_at;
        e.message = st.err_message;
    } else {
        // The line failed without reaching a must<> part: it fits the field's lead, not its grammar.
        e.at = span.begin;
        e.message = std::string("this line does not follow the grammar of the ") + what;
    }
    st.err_at = 0;
    e.what = what;
    st.doc.errors.push_back(std::move(e));
}

Level level_of(Field level_text) {
    std::string up;
    for (char c : level_text) {
        if (c != ' ') up.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    if (up == "TOPSECRET") return Level::top_secret;
    if (up == "SECRET") return Level::secret;
    if (up == "CONFIDENTIAL") return Level::confidential;
    if (up == "UNCLASEFTO") return Level::efto;
    if (up == "LIMITEDOFFICIALUSE") return Level::lou;
    return Level::unclassified;
}

// The level a garbled banner's letters spell ("SS E C R E T" → SECRET, "O N F I D E N T I A L" → CONFIDENTIAL).
Level garbled_level_of(Field l) {
    std::string letters;
    for (char c : l) {
        if (std::isdigit(static_cast<unsigned char>(c))) break;
        if (std::isalpha(static_cast<unsigned char>(c))) letters.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    if (letters.find("ONFIDENTIAL") != std::string::npos) return Level::confidential;
    if (letters.find("TOPSECRET") != std::string::npos) return Level::top_secret;
    if (letters.find("ECRET") != std::string::npos) return Level::secret;
    if (letters.find("NCLAS") != std::string::npos) return Level::unclassified;
    return Level::none;
}

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

// ---- control: records where a strict field failed, then unwinds to its try_catch --------------------------------
template <typename Rule>
struct control : pegtl::normal<Rule> {
    template <typename ParseInput>
    [[noreturn]] static void raise(const ParseInput& in, State& st) {
        static_assert(g::error_message<Rule> != nullptr, "every must<> part needs a message in grammar/messages.hpp");
        st.err_at = st.offset(in.current());
        st.err_message = g::error_message<Rule>;
        throw g::field_error{};
    }
};

#define ON(rule) \
    template <>  \
    struct action<g::rule>

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

void wrapper_value(State& st, Wrapper::ValueKind kind, Field l, Field& member) {
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
        wrapper_value(st, Wrapper::ValueKind::created, line(in), st.doc.wrapper.created);
    }
};
ON(malformed_created) {
    template <typename In>
    static void apply(const In& in, State& st) {
        wrapper_value(st, Wrapper::ValueKind::created, line(in), st.doc.wrapper.created);
        syntax_error(st, SyntaxError::Kind::created, view(in), "Created");
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

// ---- Layer 2: header ----------------------------------------------------------------------------------------------
void set_family(State& st, HeaderFamily f) {
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
ON(security_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.security.line = line(in);
        if (!present(st.doc.header.security.line)) st.doc.header.security = st.security;
        st.security = {};
    }
};

#define DTG_PART(rule, member)                                                                   \
    ON(rule) {                                                                                   \
        template <typename In>                                                                   \
        static void apply(const In& in, State& st) { st.dtg_line.dtg.member = view(in); }      \
    };
DTG_PART(dtg_day, day)
DTG_PART(dtg_hour, hour)
DTG_PART(dtg_minute, minute)
DTG_PART(dtg_zone, zone)
DTG_PART(dtg_month, month)
DTG_PART(dtg_year, year)
DTG_PART(dtg, whole)
#undef DTG_PART
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
void commit_dtg(State& st, Field l, HeaderFamily family) {
    st.dtg_line.line = l;
    if (!present(st.doc.header.dtg.line)) {
        st.doc.header.dtg = st.dtg_line;
        set_family(st, family);
    }
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

#define MALFORMED(rule, kind, what)                                            \
    ON(rule) {                                                                 \
        template <typename In>                                                 \
        static void apply(const In& in, State& st) {                           \
            syntax_error(st, SyntaxError::Kind::kind, view(in), what);         \
            st.fl1 = {};                                                       \
            st.routing = {};                                                   \
            st.de = {};                                                        \
            st.security = {};                                                  \
            st.dtg_line = {};                                                  \
        }                                                                      \
    };
MALFORMED(malformed_fl1, header_line, "transmission identification (VZCZC line)")
MALFORMED(malformed_routing, header_line, "routing line")
MALFORMED(malformed_de, header_line, "DE line")
MALFORMED(malformed_security, header_line, "security line")
MALFORMED(malformed_dtg_line, dtg, "date-time group")
MALFORMED(malformed_bare_dtg, dtg, "date-time group")
#undef MALFORMED

ON(fm_pla) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.header.fm)) st.doc.header.fm = trim(view(in));
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

// ---- Layer 3: text ------------------------------------------------------------------------------------------------
ON(banner_level) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.banner = {};
        st.banner.level = view(in);
        st.banner.level_id = level_of(view(in));
        st.banner.spaced = in.size() > 2 && view(in)[1] == ' ';
    }
};
ON(banner_section) {
    template <typename In>
    static void apply(const In& in, State& st) { st.banner.section = view(in); }
};
ON(section_n) {
    template <typename In>
    static void apply(const In& in, State& st) { st.banner.section_n = view(in); }
};
ON(section_m) {
    template <typename In>
    static void apply(const In& in, State& st) { st.banner.section_m = view(in); }
};
ON(banner_origin) {
    template <typename In>
    static void apply(const In& in, State& st) { st.banner.origin = view(in); }
};
ON(banner_serial) {
    template <typename In>
    static void apply(const In& in, State& st) { st.banner.serial = view(in); }
};
void note_line(State& st, Field l) {
    st.last_nonblank = l;
    st.blank_since = false;
}
ON(first_banner) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.banner.line = line(in);
        st.doc.text.banner = st.banner;
        st.phase = State::Phase::head;
        st.head_field_since_banner = false;
        note_line(st, line(in));
    }
};
ON(later_banner) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.banner.line = line(in);
        if (!present(st.doc.text.banner.line)) {
            st.doc.text.banner = st.banner;
            st.head_field_since_banner = false;
            st.phase = State::Phase::head;
        } else {
            st.doc.text.later_banners.push_back(st.banner);
        }
        if (st.phase == State::Phase::header) st.phase = State::Phase::head;
        note_line(st, line(in));
    }
};
ON(garbled_level) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.banner = {};
        st.banner.level = view(in);
        st.banner.level_id = garbled_level_of(view(in));
    }
};
ON(garbled_banner_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.err_at = st.offset(in.begin());
        st.err_message = "the classification banner is garbled";
        syntax_error(st, SyntaxError::Kind::banner, view(in), "banner");
        // Keep what can be read of it (the level its letters spell, section, origin, serial) for the other rules.
        if (!present(st.doc.text.banner.line)) {
            st.banner.line = line(in);
            st.doc.text.banner = st.banner;
        }
        st.phase = State::Phase::head;
        note_line(st, line(in));
    }
};

ON(eo_label) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.eo = {};
        st.eo.label = view(in);
    }
};
ON(eo_number) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.number = view(in); }
};
ON(eo_instruction) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.instruction = trim(view(in)); }
};
ON(eo_na) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.na = view(in); }
};
ON(decl_label) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.decl_label = view(in); }
};
ON(decl_value) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.decl = trim(view(in)); }
};
ON(decl_date) {
    template <typename In>
    static void apply(const In& in, State& st) { st.eo.decl_date = view(in); }
};
ON(tags_label) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.tags.clear();
        st.tags_label = view(in);
    }
};
ON(tag) {
    template <typename In>
    static void apply(const In& in, State& st) { st.tags.push_back(view(in)); }
};
void commit_tags(State& st, Field whole) {
    if (!present(st.doc.text.tags.line)) {
        TagsLine t;
        t.lines = lines_of(whole);
        t.line = t.lines.empty() ? whole : t.lines.front();
        t.label = st.tags_label;
        t.tags = st.tags;
        st.doc.text.tags = std::move(t);
    }
    st.tags.clear();
}
ON(tags_runon) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.eo.tags_runon = view(in);
        commit_tags(st, view(in));
    }
};
ON(eo_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.head_field_since_banner = true;
        st.eo.line = line(in);
        if (!present(st.doc.text.eo.line)) st.doc.text.eo = st.eo;
        st.eo = {};
        note_line(st, line(in));
    }
};
ON(malformed_eo_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        syntax_error(st, SyntaxError::Kind::decl, view(in), "E.O. line");
        if (!present(st.doc.text.eo.line)) {
            st.eo.line = line(in);
            st.eo.decl = Field();
            st.eo.decl_date = Field();
            st.doc.text.eo = st.eo;
        }
        st.eo = {};
        note_line(st, line(in));
    }
};
ON(tags_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.head_field_since_banner = true;
        commit_tags(st, strip_eol(view(in)));
        note_line(st, lines_of(view(in)).back());
    }
};
ON(subject_label) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.text.subject.label)) st.doc.text.subject.label = view(in);
    }
};
ON(subject_block) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.head_field_since_banner = true;
        Subject& s = st.doc.text.subject;
        if (!present(s.line)) {
            s.lines = lines_of(view(in));
            s.line = s.lines.front();
            s.first = trim(s.line.substr(s.label.data() + s.label.size() - s.line.data()));
        }
        note_line(st, lines_of(view(in)).back());
    }
};
ON(ref_label) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.text.ref.label)) st.doc.text.ref.label = view(in);
    }
};
ON(ref_block) {
    template <typename In>
    static void apply(const In& in, State& st) {
        RefBlock& r = st.doc.text.ref;
        if (!present(r.line)) {
            r.lines = lines_of(view(in));
            r.line = r.lines.front();
        }
        note_line(st, lines_of(view(in)).back());
    }
};

// A line of the caption block is an addressee line ("STATE FOR SCA/CEN", "PASS TO USAID", or the wrapped rest of
// one) unless it starts with a caption word ("NOFORN, SIPDIS, FOR DCMS AND ALL CABLE DRAFTERS" is captions).
bool is_addressee_line(Field l, bool after_addressee) {
    static constexpr const char* captions[] = {"SIPDIS", "NOFORN", "SENSITIVE", "NOT FOR", "NODIS", "EXDIS", "LIMDIS",
                                               "STADIS", "CHEROKEE", "CODEL", "AIDAC", "C O R R E C T E D", "SECRET//",
                                               "CONFIDENTIAL//", "UNCLASSIFIED//", "FOR OFFICIAL USE", "EFTO"};
    const Field t = trim(l);
    for (const char* c : captions) {
        if (istarts_with(t, c)) return false;
    }
    const std::string up = to_upper(t);
    if (up.find(" FOR ") != std::string::npos || istarts_with(t, "FOR ") || istarts_with(t, "PASS ") ||
        up.find(" PASS TO ") != std::string::npos) {
        return true;
    }
    return after_addressee;   // the wrapped rest of an addressee line
}

// The reason section and letters of a Classified By block: "1.4 (b/d)", "1.5 (B) AND (D)", "1.4(b), (d)".
void find_reasons(ClassifiedBy& c, Field block) {
    auto is_digit = [&](std::size_t k) { return k < block.size() && std::isdigit(static_cast<unsigned char>(block[k])); };
    for (std::size_t i = 0; i + 2 < block.size(); ++i) {
        if (block[i] != '1' || block[i + 1] != '.' || (i > 0 && is_digit(i - 1))) continue;
        std::size_t k = i + 2;
        while (k < block.size() && (block[k] == '\n' || block[k] == '\r' || block[k] == ' ')) ++k;   // "1.\n4"
        if (k >= block.size() || (block[k] != '4' && block[k] != '5') || is_digit(k + 1)) continue;
        c.reasons_section = block.substr(i, k + 1 - i);
        // Letters: single letters a–h, joined by spaces, commas, slashes, parentheses, "and", "&".
        std::size_t j = k + 1;
        const std::size_t start = j;
        std::size_t last = j;
        while (j < block.size()) {
            const char ch = block[j];
            if (std::strchr(" \t\r\n(),/&.:;", ch) != nullptr) {
                if (ch == ')') last = j + 1;
                ++j;
            } else if (istarts_with(block.substr(j), "and") &&
                       (j + 3 >= block.size() || !std::isalpha(static_cast<unsigned char>(block[j + 3])))) {
                j += 3;
            } else if (std::strchr("abcdefghABCDEFGH", ch) != nullptr &&
                       (j + 1 >= block.size() || !std::isalpha(static_cast<unsigned char>(block[j + 1])))) {
                last = ++j;
            } else {
                break;
            }
        }
        Field letters = trim(block.substr(start, last - start));
        if (!letters.empty()) c.reasons_letters = letters;
        return;
    }
}
ON(classified_by_runon) {
    template <typename In>
    static void apply(const In& in, State& st) {
        ClassifiedBy& c = st.doc.text.classified_by;
        if (!present(c.line)) {
            c.line = strip_eol(view(in));
            c.lines = {c.line};
            find_reasons(c, c.line);
        }
    }
};
ON(classified_by_block) {
    template <typename In>
    static void apply(const In& in, State& st) {
        ClassifiedBy& c = st.doc.text.classified_by;
        if (!present(c.line)) {
            c.lines = lines_of(view(in));
            c.line = c.lines.front();
            find_reasons(c, strip_eol(view(in)));
        }
        note_line(st, lines_of(view(in)).back());
    }
};

ON(paragraph_number) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.number = view(in);
        st.mark = Field();
    }
};
ON(paragraph_mark) {
    template <typename In>
    static void apply(const In& in, State& st) { st.mark = view(in); }
};
ON(paragraph_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        Paragraph p;
        p.line = line(in);
        p.number = st.number;
        p.mark = st.mark;
        p.previous = st.last_nonblank;
        p.after_blank = st.blank_since;
        st.doc.text.paragraphs.push_back(p);
        st.phase = State::Phase::body;
        note_line(st, line(in));
    }
};

#define MARKER_PART(rule, member)                                                          \
    ON(rule) {                                                                             \
        template <typename In>                                                             \
        static void apply(const In& in, State& st) { st.marker.member = view(in); }      \
    };
MARKER_PART(marker_serial, serial)
MARKER_PART(marker_page, page)
MARKER_PART(marker_sub, sub)
MARKER_PART(marker_total, total)
ON(marker_runon) {
    template <typename In>
    static void apply(const In& in, State& st) { st.marker.runon = trim(view(in)); }
};
#undef MARKER_PART
ON(marker_origin) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.marker = {};
        st.marker.origin = view(in);
    }
};
ON(page_marker_line) {
    template <typename In>
    static void apply(const In& in, State& st) {
        st.marker.line = line(in);
        st.doc.text.markers.push_back(st.marker);
        st.marker = {};
        st.blank_since = true;   // a page marker stands for a page break, like a blank line
    }
};
ON(malformed_page_marker) {
    template <typename In>
    static void apply(const In& in, State& st) {
        syntax_error(st, SyntaxError::Kind::page_marker, view(in), "page marker");
        st.marker = {};
    }
};
ON(text_other) {
    template <typename In>
    static void apply(const In& in, State& st) {
        const Field l = line(in);
        Text& t = st.doc.text;
        if (st.phase == State::Phase::head) {
            if (!st.head_field_since_banner) {
                const bool addressee = is_addressee_line(l, st.after_for_line);
                (addressee ? t.for_lines : t.captions).push_back(trim(l));
                st.after_for_line = addressee;
            } else {
                st.phase = State::Phase::body;
            }
        } else if (st.phase == State::Phase::header) {
            st.phase = State::Phase::body;
        }
        note_line(st, l);
    }
};
ON(text_blank) {
    template <typename In>
    static void apply(const In&, State& st) {
        st.blank_since = true;
        st.after_for_line = false;
    }
};
ON(share_chrome) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.ending)) st.doc.ending = strip_eol(view(in));
    }
};
ON(end_of_message) {
    template <typename In>
    static void apply(const In& in, State& st) {
        if (!present(st.doc.ending)) st.doc.ending = line(in);
    }
};
ON(text) {
    template <typename In>
    static void apply(const In& in, State& st) { st.doc.text.region = strip_eol(view(in)); }
};

#undef ON

// ---- after the parse ------------------------------------------------------------------------------------------

bool same_banner(const Banner& a, const Banner& b) {
    return collapse_spaces(a.line) == collapse_spaces(b.line);
}

// The page layout prints banner … Classified By twice (spec §1, R45): keep the first copy, note the second.
void fold_duplicate_head(const Source& src, Document& doc) {
    Text& t = doc.text;
    if (!present(t.banner.line) || t.later_banners.empty()) return;
    const Banner& second = t.later_banners.front();
    const std::uint32_t first_para = t.paragraphs.empty() ? static_cast<std::uint32_t>(src.size())
                                                          : src.span_of(t.paragraphs.front().line).begin;
    const Span s2 = src.span_of(second.line);
    if (s2.begin > first_para || !same_banner(t.banner, second)) return;
    const Span s1 = src.span_of(t.banner.line);
    // A first "copy" without the E.O. line is no head block (a repeated cable's banner, a banner cut short).
    if (!present(t.eo.line) || src.span_of(t.eo.line).begin >= s2.begin) return;
    // The second copy runs as long as the first (to the end of that line), but not into paragraph 1.
    std::uint32_t end2 = first_para;
    const std::string_view bytes = src.text();
    const std::uint32_t copy_len = s2.begin - s1.begin;
    if (s2.begin + copy_len < end2) {
        const auto nl = bytes.find('\n', s2.begin + copy_len - 1);
        end2 = std::min<std::uint32_t>(end2, nl == std::string_view::npos ? static_cast<std::uint32_t>(bytes.size())
                                                                         : static_cast<std::uint32_t>(nl));
    }
    auto norm = [&](std::uint32_t b, std::uint32_t e) { return collapse_spaces(bytes.substr(b, e - b)); };
    doc.text.duplicate_head = trim(bytes.substr(s2.begin, end2 - s2.begin));
    doc.text.duplicate_head_differs = norm(s1.begin, s2.begin) != norm(s2.begin, end2);
    t.later_banners.erase(t.later_banners.begin());
    const Span dup = src.span_of(doc.text.duplicate_head);
    auto inside = [&](Field f) {
        const Span s = src.span_of(f);
        return s.begin >= dup.begin && s.begin < dup.end;
    };
    std::erase_if(t.captions, inside);
    std::erase_if(t.for_lines, inside);
    std::erase_if(doc.errors, [&](const SyntaxError& e) { return e.at >= dup.begin && e.at < dup.end; });
}

// The signature: the last non-blank line of the text, before any page chrome.
void find_signature(const Source& src, Document& doc) {
    if (!present(doc.text.region)) return;
    Field region = doc.text.region;
    if (present(doc.ending)) {
        const Span e = src.span_of(doc.ending);
        const Span r = src.span_of(region);
        if (e.begin > r.begin) region = region.substr(0, e.begin - r.begin);
    }
    // Skipped: NNNN (end of message), lines without a letter, left-over markup.
    const auto lines = lines_of(region);
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        const Field l = trim(*it);
        const bool letters = std::any_of(l.begin(), l.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
        if (!letters || l == "NNNN" || l.front() == '<') continue;
        doc.text.signature = l;
        return;
    }
}

}  // namespace

Document parse_document(const Source& src) {
    Document doc;
    if (std::memchr(src.base(), '\0', src.size()) != nullptr) {
        doc.binary = true;
        return doc;
    }
    State st(src, doc);
    pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> in(src.base(), src.size(), src.path());
    pegtl::parse<g::cable, action, control>(in, st);
    fold_duplicate_head(src, doc);
    find_signature(src, doc);
    return doc;
}

}  // namespace cablelint
