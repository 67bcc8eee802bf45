// The grammar itself: no rule that can loop without consuming input, and the fields it locates in known cables.
#include <catch2/catch.hpp>

#include <tao/pegtl/contrib/analyze.hpp>

#include "../grammar/cable.hpp"
#include "engine.hpp"
#include "helpers.hpp"

using namespace cablelint;

TEST_CASE("the grammar has no problems PEGTL's analyzer can find") {
    CHECK(tao::pegtl::analyze<grammar::cable>(1) == 0);
}

namespace {
std::string at(const Source& src, Field f) {
    if (!present(f)) return "(absent)";
    const Position p = src.position(src.span_of(f).begin);
    return std::string(f) + "@" + std::to_string(p.line) + ":" + std::to_string(p.column);
}
}  // namespace

TEST_CASE("the seed cable is located field by field") {
    Source src("seed", testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"));
    const Document d = parse_document(src);
    CHECK(d.wrapper.present);
    CHECK(at(src, d.wrapper.identifier) == "09ASTANA1366@5:1");
    CHECK(at(src, d.wrapper.created) == "2009-08-10 14:02:00@6:1");
    CHECK(d.wrapper.tags.size() == 6);
    CHECK(d.header.family == HeaderFamily::relay);
    CHECK(at(src, d.header.fl1.number) == "8832@15:9");
    CHECK(d.header.routing.ris.size() == 13);
    CHECK(at(src, d.header.de.ssn) == "1366@18:12");
    CHECK(at(src, d.header.de.section) == "01@18:17");
    CHECK(at(src, d.header.de.julian) == "222@18:20");
    CHECK(at(src, d.header.security.letters) == "CCCCC@19:5");
    CHECK(at(src, d.header.dtg.dtg.whole) == "101402Z AUG 09@20:3");
    CHECK(at(src, d.header.dtg.signals) == "ZDK@20:18");
    CHECK(at(src, d.header.fm) == "AMEMBASSY ASTANA@21:4");
    REQUIRE(d.header.to.size() == 1);
    CHECK(at(src, d.header.to[0].mcn) == "5993@22:26");
    CHECK(d.header.info.size() == 14);
    CHECK(at(src, d.text.banner.section_m) == "03@37:39");
    CHECK(at(src, d.text.banner.serial) == "001366@37:49");
    CHECK(d.level() == Level::confidential);
    CHECK(d.text.captions.size() == 1);   // SIPDIS once: the duplicated head block is folded
    CHECK(at(src, d.text.eo.decl_date) == "08/10/2019@43:19");
    CHECK(d.text.tags.tags.size() == 6);
    CHECK(d.text.subject.lines.size() == 2);
    CHECK(at(src, d.text.classified_by.reasons_section) == "1.4@48:48");
    CHECK(present(d.text.duplicate_head));
    CHECK_FALSE(d.text.duplicate_head_differs);
    CHECK(d.text.paragraphs.size() == 10);
    CHECK(at(src, d.text.paragraphs[2].number) == "7@100:1");
    CHECK(d.text.markers.size() == 2);
    CHECK(at(src, d.text.signature.line) == "HOAGLAND@281:1");
    CHECK(std::string(d.text.signature.name) == "HOAGLAND");
    CHECK(d.errors.empty());
}

TEST_CASE("a malformed field is reported at its first wrong character") {
    Source src("t", "R 101402Z AUGUST 09\nFM AMEMBASSY X\nC O N F I D E N T I A L X 000001\n");
    const Document d = parse_document(src);
    REQUIRE(d.errors.size() == 1);
    CHECK(d.errors[0].kind == SyntaxError::Kind::dtg);
    CHECK(src.position(d.errors[0].at).column == 14);
    CHECK(d.errors[0].message == "expected one space between the parts of the date-time group");
}

TEST_CASE("CRLF line ends parse like LF") {
    std::string text = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    std::string crlf;
    for (char c : text) {
        if (c == '\n') crlf += '\r';
        crlf += c;
    }
    Source src("crlf", crlf);
    const Document d = parse_document(src);
    CHECK(d.errors.empty());
    CHECK(std::string(d.header.de.ssn) == "1366");
    CHECK(d.text.paragraphs.size() == 10);
    CHECK(std::string(d.text.signature.line) == "HOAGLAND");
}

TEST_CASE("every real cable parses without a crash") {
    std::size_t n = 0;
    for (const char* dir : {"cablegate", "bare", "seed"}) {
        for (const auto& e : std::filesystem::directory_iterator(testing::corpus() / dir)) {
            if (e.path().extension() != ".txt") continue;
            Source src(e.path().string(), testing::read_file(e.path()));
            (void)parse_document(src);
            ++n;
        }
    }
    CHECK(n == 848);
}

// ---- The first-character dispatch of the text's lines (grammar::led_by) ------------------------------------------
// The characters a production's match can start with, computed from the production itself: through sequences as far
// as their parts may match nothing, through alternatives, repetitions and must/try_catch, down to characters,
// ranges and strings. Look-aheads (at, not_at) only narrow a match, so they count as matching nothing.
namespace first_characters {

namespace pi = tao::pegtl::internal;

struct First {
    std::uint64_t chars[4] = {};
    bool empty = false;   // may match consuming nothing: then any character may follow
    constexpr void add(unsigned char c) { chars[c >> 6] |= std::uint64_t{1} << (c & 63); }
    constexpr void add_range(unsigned char lo, unsigned char hi) {
        for (unsigned c = lo; c <= hi; ++c) add(static_cast<unsigned char>(c));
    }
    constexpr void add_all_but(std::initializer_list<unsigned char> cs) {
        for (unsigned c = 0; c < 256; ++c)
            if (std::find(cs.begin(), cs.end(), static_cast<unsigned char>(c)) == cs.end()) add(static_cast<unsigned char>(c));
    }
    constexpr void merge(const First& o) {
        for (int i = 0; i < 4; ++i) chars[i] |= o.chars[i];
    }
    constexpr bool has(unsigned char c) const { return (chars[c >> 6] >> (c & 63) & 1) != 0; }
};

constexpr unsigned char byte(char c) { return static_cast<unsigned char>(c); }
constexpr First nothing() {
    First f;
    f.empty = true;
    return f;
}

// By the production's rule_t. A rule type not below is a compile error naming it.
template <typename RuleT>
struct of {
    static_assert(sizeof(RuleT) == 0, "first_characters: no case for this rule");
};
template <typename Rule>
constexpr First first() { return of<typename Rule::rule_t>::get(); }

template <typename... Rules>
constexpr First first_seq() {
    if constexpr (sizeof...(Rules) == 0) {
        return nothing();
    } else {
        return []<typename R, typename... Rest>(tao::pegtl::type_list<R, Rest...>) {
            constexpr First head = first<R>();
            if constexpr (head.empty && sizeof...(Rest) > 0) {
                First f = first_seq<Rest...>();
                f.merge(head);
                return f;
            } else {
                return head;
            }
        }(tao::pegtl::type_list<Rules...>{});
    }
}
template <typename... Rules>
constexpr First optional() {
    First f = first_seq<Rules...>();
    f.empty = true;
    return f;
}

template <typename... R> struct of<pi::seq<R...>> { static constexpr First get() { return first_seq<R...>(); } };
template <typename... R> struct of<pi::must<R...>> { static constexpr First get() { return first_seq<R...>(); } };
template <typename E, typename... R> struct of<pi::try_catch_type<E, R...>> { static constexpr First get() { return first_seq<R...>(); } };
template <typename... R> struct of<pi::plus<R...>> { static constexpr First get() { return first_seq<R...>(); } };
template <typename... R> struct of<pi::opt<R...>> { static constexpr First get() { return optional<R...>(); } };
template <typename... R> struct of<pi::star<R...>> { static constexpr First get() { return optional<R...>(); } };
template <unsigned Min, unsigned Max, typename... R>
struct of<pi::rep_min_max<Min, Max, R...>> {
    static constexpr First get() { return Min == 0 ? optional<R...>() : first_seq<R...>(); }
};
template <unsigned N, typename... R>
struct of<pi::rep<N, R...>> { static constexpr First get() { return N == 0 ? nothing() : first_seq<R...>(); } };
template <typename... R>
struct of<pi::sor<R...>> {
    static constexpr First get() {
        First f;
        ((f.merge(first<R>()), f.empty = f.empty || first<R>().empty), ...);
        return f;
    }
};
template <typename... R> struct of<pi::at<R...>> { static constexpr First get() { return nothing(); } };
template <typename... R> struct of<pi::not_at<R...>> { static constexpr First get() { return nothing(); } };
template <> struct of<pi::success> { static constexpr First get() { return nothing(); } };
template <> struct of<pi::eof> { static constexpr First get() { return nothing(); } };
template <tao::pegtl::internal::result_on_found R, typename Peek, char... Cs>
struct of<pi::one<R, Peek, Cs...>> {
    static constexpr First get() {
        First f;
        if constexpr (R == pi::result_on_found::success) (f.add(byte(Cs)), ...);
        else f.add_all_but({byte(Cs)...});
        return f;
    }
};
template <tao::pegtl::internal::result_on_found R, typename Peek, char Lo, char Hi>
struct of<pi::range<R, Peek, Lo, Hi>> {
    static constexpr First get() {
        First f;
        if constexpr (R == pi::result_on_found::success) {
            f.add_range(byte(Lo), byte(Hi));
        } else {
            for (unsigned c = 0; c < 256; ++c)
                if (c < byte(Lo) || c > byte(Hi)) f.add(static_cast<unsigned char>(c));
        }
        return f;
    }
};
template <typename Peek, char... Cs>
struct of<pi::ranges<Peek, Cs...>> {
    static constexpr First get() {
        First f;
        const char cs[] = {Cs...};
        std::size_t i = 0;
        for (; i + 1 < sizeof...(Cs); i += 2) f.add_range(byte(cs[i]), byte(cs[i + 1]));
        if (i < sizeof...(Cs)) f.add(byte(cs[i]));
        return f;
    }
};
template <typename Peek> struct of<pi::any<Peek>> { static constexpr First get() { First f; f.add_range(0, 255); return f; } };
template <char C, char... Cs> struct of<pi::string<C, Cs...>> { static constexpr First get() { First f; f.add(byte(C)); return f; } };
template <char C, char... Cs>
struct of<pi::istring<C, Cs...>> {
    static constexpr First get() {
        First f;
        f.add(byte(C));
        if (C >= 'a' && C <= 'z') f.add(byte(static_cast<char>(C - 'a' + 'A')));
        if (C >= 'A' && C <= 'Z') f.add(byte(static_cast<char>(C - 'A' + 'a')));
        return f;
    }
};

// Each led_by<Rule, Cs...> of the text's line alternatives: its characters are exactly Rule's first ones.
template <typename Alternative>
struct dispatch {
    static bool check() { return false; }   // not led by characters
};
template <typename Rule, char... Cs>
struct dispatch<grammar::led_by<Rule, Cs...>> {
    static bool check() {
        constexpr First computed = first<Rule>();
        First led;
        (led.add(byte(Cs)), ...);
        INFO(tao::pegtl::demangle<Rule>());
        CHECK_FALSE(computed.empty);
        for (unsigned c = 0; c < 256; ++c) {
            INFO("character " << c);
            CHECK(led.has(static_cast<unsigned char>(c)) == computed.has(static_cast<unsigned char>(c)));
        }
        return true;
    }
};

}  // namespace first_characters

TEST_CASE("each line production led by characters is led by exactly those it can start with") {
    std::size_t led = 0;
    [&]<typename... Alternatives>(tao::pegtl::type_list<Alternatives...>) {
        ((led += first_characters::dispatch<Alternatives>::check() ? 1 : 0), ...);
    }(grammar::text_line::subs_t{});
    CHECK(led == 9);
}
