// The parser's state and the pieces every action uses: views into the bytes, syntax errors, the control that
// records where a strict field failed. Included by the units of the parse: src/parse.cpp, src/parse/*.cpp and
// src/parse_coverage.cpp (actions are specialisations of one template).
#pragma once

#include <cctype>
#include <cstring>

#include "../../grammar/cable.hpp"
#include "../engine.hpp"
#include "../util.hpp"
#include "../vocabulary.hpp"

namespace cablelint::parsing {

namespace pegtl = tao::pegtl;
namespace g = grammar;

// The groups of a DECL date being matched (src/parse/date_actions.hpp).
struct DateParts {
    DeclDate::Order order = DeclDate::Order::mdy;
    Field groups[3];
    char sep[2] = {0, 0};
    int seps = 0;
};

struct State {
    State(const Source& s, Document& d, const Vocabularies& v) : src(s), doc(d), vocab(v), base(s.base()) {}
    const Source& src;
    Document& doc;
    const Vocabularies& vocab;   // the captions vocabulary types caption words
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
    CreatedValue created;
    DateParts date;
    Address address;
    PostName post;
    Banner banner;
    EoLine eo;
    std::vector<Field> tags;
    Field tags_label;
    TagsLabelForm tags_label_form = TagsLabelForm::tags;
    bool tags_label_colon = false;
    EoLabelForm eo_label_form = EoLabelForm::canonical;
    Field subject_label;
    SubjectLabelForm subject_label_form = SubjectLabelForm::subject;
    LabelEnd subject_label_end = LabelEnd::colon;
    const char* subject_runon_at = nullptr;   // where a SUBJECT run onto the TAGS line starts
    const char* clby_label_end = nullptr;     // end of the last Classified By label
    Field banner_runon;                       // captions run onto the last banner line
    PageMarker marker;
    PortionMark pm;                 // the portion mark being read (markings.hpp)
    Field pm_sep;                   // the separator before its next control
    PortionMark mark, late;         // a paragraph's or sub-item's mark; a paragraph's late mark
    Field number;
    std::vector<CopySignal> line_signals;
    Field mail_value;                       // the value of the e-mail wrapper's Subject:/TAGS: line being matched   // ZDK/ZDS/ZFD/CCY words of the FL4/FL5 line being matched
    int text_lines_since_paragraph = 0;   // lines of text since the last paragraph line (underlines not counted)

    enum class Phase { header, head, body } phase = Phase::header;
    bool head_field_since_banner = false;   // an E.O./TAGS/SUBJECT line since the banner: captions are over
    bool after_for_line = false;            // the previous caption-block line was an addressee line
    bool second_head_open = false;          // in the caption block of a second banner before paragraph 1
    Field last_nonblank;
    bool blank_since = false;
    // The run of blank lines being read (TextBreak), and what the text line just matched was.
    IdentifierParts id_parts;       // the page identifier's parts being read
    PageClassification page_class;  // the page Classification being read
    TextBreak pending_break;
    // The page markers of marker lines (the first `line_markers`, in text order) and how far the scan of the text
    // has passed them.
    std::size_t line_markers = 0, line_marker_cursor = 0;
    // The lines after the TAGS line, up to a blank line (TagsLine::following).
    const char* tags_follow_from = nullptr;
    int tags_follow_left = 0;
    enum class LineWas { text, blank, marker } line_was = LineWas::text;

    std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - base); }
};

// The line an input lies on ends before its CR/LF.
inline Field strip_eol(Field f) {
    while (!f.empty() && (f.back() == '\n' || f.back() == '\r')) f.remove_suffix(1);
    return f;
}

template <typename ActionInput>
inline Field view(const ActionInput& in) {
    return Field(in.begin(), in.size());
}
template <typename ActionInput>
inline Field line(const ActionInput& in) {
    return strip_eol(view(in));
}

// Split a multi-line match into its lines (without line ends).
inline std::vector<Field> lines_of(Field block) {
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

// The first and the last line of a match (without line ends), without splitting it into all its lines.
inline Field first_line_of(Field block) { return strip_eol(block.substr(0, block.find('\n'))); }
inline Field last_line_of(Field block) {
    block = strip_eol(block);
    // memrchr, not string_view::rfind: libstdc++'s rfind compares a byte at a time, and this runs for every line.
    const void* const nl = block.empty() ? nullptr : ::memrchr(block.data(), '\n', block.size());
    if (nl == nullptr) return block;
    return strip_eol(block.substr(static_cast<std::size_t>(static_cast<const char*>(nl) - block.data()) + 1));
}

// The lines of a block as lines_of gives them, from the last one up, while `more(line)` says to go on (without
// splitting the whole block: a caller that wants the last few lines of the text reads only those).
template <typename More>
void lines_from_last(Field block, More&& more) {
    if (block.empty()) return;
    if (block.back() == '\n') block.remove_suffix(1);   // the last line's end: no line follows it
    for (;;) {
        const void* const nl = block.empty() ? nullptr : ::memrchr(block.data(), '\n', block.size());
        if (nl == nullptr) {
            (void)more(strip_eol(block));
            return;
        }
        const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - block.data());
        if (!more(strip_eol(block.substr(at + 1)))) return;
        block = block.substr(0, at);
    }
}

// The whole line that contains p.
inline Field line_around(const State& st, const char* p) {
    const std::uint32_t ln = st.src.position(st.offset(p)).line;
    return st.src.line_text(ln);
}

inline void syntax_error(State& st, SyntaxError::Kind kind, Field whole_line, const char* what) {
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

inline Level level_of(Field level_text) {
    std::string up;
    for (char c : level_text) {
        if (c != ' ') up.push_back(ascii_upper(c));
    }
    if (up == "TOPSECRET") return Level::top_secret;
    if (up == "SECRET") return Level::secret;
    if (up == "CONFIDENTIAL") return Level::confidential;
    if (up == "UNCLASEFTO") return Level::efto;
    if (up == "LIMITEDOFFICIALUSE") return Level::lou;
    return Level::unclassified;
}

// The level a garbled banner's letters spell ("SS E C R E T" → SECRET, "O N F I D E N T I A L" → CONFIDENTIAL).
inline Level garbled_level_of(Field l) {
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

// The input every parse of a cable's bytes reads.
using CableInput = pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf>;

// Productions whose matching is compiled in a translation unit of their own (src/parse/*.cpp, parse/apart.hpp):
// one unit for the whole grammar took six minutes to compile, on one core. Each list is one unit's.
#define CABLELINT_APART_WRAPPER(X) X(wrapper) X(mail_wrapper)   // src/parse/wrapper.cpp
#define CABLELINT_APART_HEADER(X) X(header)                     // src/parse/header.cpp
// src/parse/head.cpp, src/parse/body.cpp:
#define CABLELINT_APART_HEAD(X) X(eo_line) X(tags_line) X(subject_block) X(ref_block) X(classified_by_block)
#define CABLELINT_APART_BODY(X) X(first_banner) X(later_banner) X(paragraph_line) X(subitem_line) X(page_marker_line)

template <typename Rule>
inline constexpr bool compiled_apart = false;
#define CABLELINT_MARK_APART(RULE) template <> inline constexpr bool compiled_apart<g::RULE> = true;
CABLELINT_APART_WRAPPER(CABLELINT_MARK_APART)
CABLELINT_APART_HEADER(CABLELINT_MARK_APART)
CABLELINT_APART_HEAD(CABLELINT_MARK_APART)
CABLELINT_APART_BODY(CABLELINT_MARK_APART)
#undef CABLELINT_MARK_APART

// Defined in parse/apart.hpp and instantiated, for each such production, in the unit that compiles it.
template <typename Rule, pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
          template <typename...> class Control>
bool match_apart(CableInput& in, State& st);

// ---- control: records where a strict field failed, then unwinds to its try_catch --------------------------------
template <typename Rule>
struct control : pegtl::normal<Rule> {
    // A production compiled apart is matched by its unit when the parse is the cable's own. The single-field parses
    // and the grammar's coverage (src/parse_coverage.cpp) match it here: coverage instantiates every production with
    // its name computed at compile time, which costs less in one unit than spread over several.
    template <pegtl::apply_mode A, pegtl::rewind_mode M, template <typename...> class Action,
              template <typename...> class Control, typename ParseInput, typename... States>
    [[nodiscard]] static bool match(ParseInput& in, States&&... st) {
        if constexpr (compiled_apart<Rule> && A == pegtl::apply_mode::action && std::is_same_v<ParseInput, CableInput> &&
                      std::is_same_v<Action<Rule>, action<Rule>> && std::is_same_v<Control<Rule>, control<Rule>> &&
                      std::is_same_v<pegtl::type_list<std::remove_cvref_t<States>...>, pegtl::type_list<State>>) {
            return match_apart<Rule, A, M, Action, Control>(in, st...);
        } else {
            return pegtl::normal<Rule>::template match<A, M, Action, Control>(in, st...);
        }
    }

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
}  // namespace cablelint::parsing
