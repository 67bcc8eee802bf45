// The loops that read sixteen bytes at a time, against the plain loops they replace, on random text made of the
// bytes each one looks for (so that runs cross the sixteen-byte blocks and the last bytes in every way).
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "../grammar/markings.hpp"
#include "../grammar/text.hpp"
#include "byte_scan.hpp"
#include "source.hpp"

using namespace cablelint;

namespace {

std::string random_text(std::mt19937& rng, std::string_view alphabet, std::size_t max_len) {
    std::uniform_int_distribution<std::size_t> len(0, max_len), pick(0, alphabet.size() - 1);
    std::string s(len(rng), ' ');
    for (char& c : s) c = alphabet[pick(rng)];
    return s;
}

// The loop scan_inert_run ran before it read sixteen bytes at a time.
const char* inert_stop_reference(const char* p, const char* end) {
    using grammar::scan_inert_run;
    while (p != end) {
        const char c = *p;
        if (grammar::ascii_alnum(c)) {
            if (grammar::ascii_letter(c) && scan_inert_run::word_may_start_token(p, end)) break;
            while (++p != end && grammar::ascii_alnum(*p)) {
            }
            continue;
        }
        if (c == '.' || c == ';' || c == ':' || c == ')') {
            if (scan_inert_run::number_after(p, end)) break;
        } else if (c == '\n' || c == '\r' || c == '(' || c == '[') {
            break;
        }
        ++p;
    }
    return p;
}

}  // namespace

TEST_CASE("byte scans sixteen at a time find what a byte-by-byte loop finds") {
    std::mt19937 rng(20261203);
    SECTION("the next non-ASCII byte and the next control character") {
        for (int n = 0; n < 20000; ++n) {
            const std::string s = random_text(rng, "ab \t\n\r\f\x01\x1f\x7f\xc2\x85\xc3\xa9", 70);
            for (std::size_t from = 0; from <= s.size(); from += 1 + from % 7) {
                std::size_t ascii = from, control = from;
                while (ascii < s.size() && static_cast<unsigned char>(s[ascii]) < 0x80) ++ascii;
                auto is_control = [](unsigned char c) {
                    return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F || c == 0xC2;
                };
                while (control < s.size() && !is_control(static_cast<unsigned char>(s[control]))) ++control;
                REQUIRE(byte_scan::next_non_ascii(s, from) == ascii);
                REQUIRE(byte_scan::next_control(s, from) == control);
            }
        }
    }
    SECTION("the survey of a text: line starts and the bytes it has") {
        // Mostly plain letters, so that a text often lacks each byte looked for (the flags' false side is what lets
        // a check skip its scan).
        for (int n = 0; n < 20000; ++n) {
            const std::string alphabet = n % 3 == 0 ? std::string("abcdefgh \n") : std::string("ab \t\n\r\f\x01\x7f\xc2\x85\xc3\xa0", 12) + '\0';
            const std::string s = random_text(rng, alphabet, 70);
            std::vector<std::uint32_t> starts{0}, got;
            byte_scan::Survey expected;
            for (std::size_t i = 0; i < s.size(); ++i) {
                const auto c = static_cast<unsigned char>(s[i]);
                if (c == '\n') starts.push_back(static_cast<std::uint32_t>(i + 1));
                expected.nul = expected.nul || c == 0;
                expected.cr = expected.cr || c == '\r';
                expected.non_ascii = expected.non_ascii || c >= 0x80;
            }
            // What F907 reports: next_control's bytes, but a 0xC2 only before 0x80-0x9F (a C1 control).
            for (std::size_t i = byte_scan::next_control(s, 0); i < s.size(); i = byte_scan::next_control(s, i + 1)) {
                const bool c1_lead = static_cast<unsigned char>(s[i]) == 0xC2;
                expected.control = expected.control || !c1_lead ||
                                   (i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                                    static_cast<unsigned char>(s[i + 1]) <= 0x9F);
            }
            byte_scan::HighBytes high;
            high.at.push_back(12345);   // a list left from another text is replaced
            const byte_scan::Survey found = byte_scan::survey(s, got, high);
            REQUIRE(got == starts);
            std::vector<std::uint32_t> high_at;
            for (std::size_t i = 0; i < s.size(); ++i)
                if (static_cast<unsigned char>(s[i]) >= 0x80) high_at.push_back(static_cast<std::uint32_t>(i));
            REQUIRE(high.at == high_at);
            REQUIRE(high.complete);
            REQUIRE(found.nul == expected.nul);
            REQUIRE(found.cr == expected.cr);
            REQUIRE(found.non_ascii == expected.non_ascii);
            REQUIRE(found.control == expected.control);
        }
    }
    SECTION("the bytes above ASCII visited from the survey's list or by scanning") {
        // A cursor walks as F902 and the UTF-8 check do: from each byte found, on past a character's length.
        const auto walk = [](std::string_view s, const byte_scan::HighBytes* listed, std::size_t step) {
            byte_scan::NonAsciiCursor cursor(s, listed);
            std::vector<std::size_t> seen;
            for (std::size_t i = cursor.next(0); i < s.size(); i = cursor.next(i + step)) seen.push_back(i);
            return seen;
        };
        for (int n = 0; n < 5000; ++n) {
            const std::string s = random_text(rng, std::string("ab \n\xc3\xa9\xe2\x80\x9d\xff"), 90);
            std::vector<std::uint32_t> starts;
            byte_scan::HighBytes high;
            (void)byte_scan::survey(s, starts, high);
            for (const std::size_t step : {1, 2, 3}) REQUIRE(walk(s, &high, step) == walk(s, nullptr, step));
        }
        // A text of more such bytes than the list holds is not listed whole: the source says so, and F902 scans.
        std::string many;
        for (std::size_t i = 0; i < byte_scan::HighBytes::max; ++i) many += "\xc3\xa9 ";
        std::vector<std::uint32_t> starts;
        byte_scan::HighBytes high;
        (void)byte_scan::survey(many, starts, high);
        REQUIRE(!high.complete);
        REQUIRE(high.at.size() == byte_scan::HighBytes::max);
        REQUIRE(Source("many.txt", many).high_bytes() == nullptr);
        REQUIRE(Source("few.txt", "caf\xc3\xa9\n").high_bytes() != nullptr);
        REQUIRE(Source("few.txt", "caf\xc3\xa9\n").high_bytes()->at == std::vector<std::uint32_t>{3, 4});
    }
    SECTION("eight digits in a row before the line's end") {
        for (int n = 0; n < 50000; ++n) {
            const std::string s = random_text(rng, "0123456789012345678901234567890123456789a \n", 60);
            int run = 0;
            bool expected = false;
            for (std::size_t i = 0; i < s.size() && s[i] != '\n' && !expected; ++i) {
                run = s[i] >= '0' && s[i] <= '9' ? run + 1 : 0;
                expected = run == 8;
            }
            INFO(s);
            REQUIRE(grammar::serial_on_line::ahead(s.data(), s.data() + s.size()) == expected);
        }
    }
    SECTION("an E.O. label later on the line") {
        for (int n = 0; n < 50000; ++n) {
            const std::string s = random_text(rng, "EeOo.. \t\xA0x\n", 50);
            const char* const end = s.data() + s.size();
            for (std::size_t from = 0; from <= s.size(); ++from) {
                const char* const p = s.data() + from;
                bool expected = false;   // from the line's second character to its last, before its end
                if (p != end && *p != '\n') {
                    for (const char* q = p + 1; end - q >= 2 && *q != '\n' && !expected; ++q)
                        expected = grammar::eo_label_later_on_line::label_at(q);
                }
                INFO(s << " from " << from);
                REQUIRE(grammar::eo_label_later_on_line::ahead(p, end) == expected);
            }
        }
    }
    SECTION("where the markings scan's run of inert text stops") {
        // Words that start tokens (END, ENTIRE, CLASSIFIED, DERIVED, an opener after a lead word) among others.
        const std::string_view words[] = {"END ", "ENTIRE ", "CLASSIFIED ", "DERIVED ", "EMBASSY COMMENT", "and note ",
                                          "the ", "x", "ENDX ", "Cla", "9", "12. 3", "; 4", ") 5", ".x", "(", "[", "\n",
                                          "\r", "  ", "\t", "\xc3\xa9", "WORDS ", "Summary", "ab1c ",
                                          // each lead word of an opener, and the opener words alone
                                          "begin summary ", "Mission comment", "POST NOTE", "usdel Comment",
                                          "USUN summary", "USEU note", "USNATO COMMENT", "Consulate note",
                                          "CONGEN summary", "Department comment", "dept note", "NOTE ", "comment ",
                                          // words that share the first two letters of those
                                          "USA ", "any ", "BEEN ", "now ", "Could ", "deal ", "POLICY ", "support ",
                                          "Minister ", "close ", "EMPLOY ", "energy ", "nobody "};
        std::uniform_int_distribution<std::size_t> count(0, 12), pick(0, std::size(words) - 1);
        for (int n = 0; n < 30000; ++n) {
            std::string s;
            for (std::size_t k = count(rng); k > 0; --k) s += words[pick(rng)];
            const char* const end = s.data() + s.size();
            for (std::size_t from = 0; from <= s.size(); from += 1 + from % 5) {
                INFO(s << " from " << from);
                REQUIRE(grammar::scan_inert_run::stop(s.data() + from, end) == inert_stop_reference(s.data() + from, end));
            }
        }
    }
}

namespace {

// The words of the case-insensitive strings a production is made of (TAO_PEGTL_ISTRING), read off its type.
template <typename... Rules>
void add_words(std::vector<std::string>& out, tao::pegtl::type_list<Rules...>*);
template <char... Cs>
void add_words_of(std::vector<std::string>& out, tao::pegtl::ascii::istring<Cs...>*) {
    out.push_back(std::string{Cs...});
}
template <typename Rule>
void add_words_of(std::vector<std::string>& out, Rule*) {
    add_words(out, static_cast<typename Rule::subs_t*>(nullptr));
}
template <typename... Rules>
void add_words(std::vector<std::string>& out, tao::pegtl::type_list<Rules...>*) {
    (add_words_of(out, static_cast<Rules*>(nullptr)), ...);
}
template <typename Rule>
std::vector<std::string> words_of() {
    std::vector<std::string> out;
    add_words_of(out, static_cast<Rule*>(nullptr));
    return out;
}

}  // namespace

// The scan's filters (aside_opener_word_ahead's switches, scan_inert_run's first three letters) repeat the opener's
// words for speed; a word added to the grammar's productions and not to them would be passed over unseen.
TEST_CASE("the markings scan stops at every opener word and lead word of the grammar in any case") {
    const auto lead_words = words_of<grammar::aside_lead_word>();
    const auto opener_words = words_of<grammar::aside_any_case>();
    REQUIRE(lead_words.size() >= 14);   // BEGIN, EMBASSY, …, AND
    REQUIRE(opener_words == std::vector<std::string>{"SUMMARY", "COMMENT", "NOTE"});
    auto cased = [](const std::string& upper) {   // SUMMARY, summary, Summary
        std::string lower = upper;
        for (char& c : lower) c = static_cast<char>(c | 0x20);
        return std::vector<std::string>{upper, lower, upper.substr(0, 1) + lower.substr(1)};
    };
    std::vector<std::string> openers;   // "SUMMARY", "Embassy comment", "and NOTE", …
    for (const std::string& o : opener_words)
        for (const std::string& oc : cased(o)) {
            openers.push_back(oc);
            for (const std::string& l : lead_words)
                for (const std::string& lc : cased(l)) openers.push_back(lc + " " + oc);
        }
    for (const std::string& opener : openers) {
        for (std::size_t gap = 0; gap < 20; ++gap) {   // the opener at every place of a sixteen-byte block
            const std::string text = "The text " + std::string(gap, 'x') + " " + opener + ": the words that follow it.";
            const std::size_t at = text.find(opener);
            const char* const end = text.data() + text.size();
            INFO(text);
            REQUIRE(grammar::aside_opener_word_ahead::ahead(text.data() + at, end));
            REQUIRE(grammar::scan_inert_run::stop(text.data(), end) == text.data() + at);
        }
    }
}
