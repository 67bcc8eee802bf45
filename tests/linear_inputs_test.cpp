// Inputs that once took quadratic time (issue 13): a long run of white space inside a field made the grammar try
// the run again from each of its characters. Here each is linted at a size where that would take minutes, and must
// read as the seed does (same rules, same lines). The full sizes are in bench/. No timing is asserted: a regression
// shows as a test that runs for minutes.
#include <catch2/catch.hpp>

#include "helpers.hpp"

using namespace cablelint;

namespace {

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
    return s;
}

std::vector<std::string> codes_and_lines(const std::string& text) {
    Source src("", text);
    std::vector<std::string> out;
    for (const Finding& f : lint(src, *Config::defaults())) out.push_back(f.code + ":" + std::to_string(src.position(f.span.begin).line));
    return out;
}

}  // namespace

TEST_CASE("a long run of spaces inside a field is read in linear time") {
    const std::string seed = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    const std::string spaces(200000, ' ');
    const auto expected = codes_and_lines(seed);
    REQUIRE_FALSE(expected.empty());
    struct Case {
        const char* where;
        std::string text;
    };
    const Case cases[] = {
        {"TO address", replace_all(seed, "TO RUEHC/SECSTATE WASHDC", "TO RUEHC/SECSTATE" + spaces + "WASHDC")},
        {"E.O. line", replace_all(seed, "DECL: 08/10/2019", "DECL: 08/10/2019 X" + spaces + "Y")},
        {"SUBJECT", replace_all(seed, "SUBJECT: KAZAKHSTAN:", "SUBJECT: KAZAKHSTAN:" + spaces)},
        {"text line", replace_all(seed, "The Ambassador congratulated", "The" + spaces + "Ambassador congratulated")},
    };
    for (const Case& c : cases) {
        INFO(c.where);
        REQUIRE(c.text.size() > seed.size());
        CHECK(codes_and_lines(c.text) == expected);
    }
}

namespace {

// Columns counted from the line's start, one code point at a time (an offset inside a character is that character),
// and UTF-16 units of the characters that start before the offset: what Source must give, whatever it calls before.
std::pair<std::uint32_t, std::uint32_t> columns_from_line_start(const std::string& text, std::uint32_t offset) {
    const std::size_t nl = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
    const std::size_t start = nl == std::string::npos ? 0 : nl + 1;
    std::uint32_t column = 1, units = 0;
    for (std::size_t i = start; i < offset;) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        units += n == 4 ? 2 : 1;
        if (i + n > offset) break;
        i += n;
        ++column;
    }
    return {column, units};
}

}  // namespace

TEST_CASE("positions are the same in any order of asking (the column cursor continues only forward on a line)") {
    const std::string text = "ab\xC3\xA9" "cd \xF0\x9F\x98\x80 x\xE2\x80\x9Cy\nsecond \xC3\xA9 line\n\nlast";
    Source src("", text);
    std::vector<std::uint32_t> offsets;
    for (std::uint32_t o = 0; o <= text.size(); ++o) offsets.push_back(o);
    // Forward, backward, and a fixed shuffle that jumps between lines and inside characters.
    std::vector<std::vector<std::uint32_t>> orders{offsets, {offsets.rbegin(), offsets.rend()}, {}};
    for (std::uint32_t k = 0; k < offsets.size(); ++k) orders[2].push_back(offsets[(k * 7) % offsets.size()]);
    for (const auto& order : orders) {
        for (const std::uint32_t o : order) {
            INFO("offset " << o);
            const auto [column, units] = columns_from_line_start(text, o);
            CHECK(src.position(o).column == column);
            CHECK(src.utf16_column(o) == units);
        }
    }
}

TEST_CASE("thousands of findings on one line are located in linear time") {
    // 20,000 unknown tags on the TAGS line: each is a T703 finding, located by its column on that one line.
    const std::string seed = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    std::string tags;
    for (int i = 0; i < 20000; ++i) tags += " Q" + std::to_string(1000 + i % 9000);
    const std::string text = replace_all(seed, "TAGS: PGOV PREL PINR MARR RS KZ", "TAGS: PGOV PREL" + tags);
    Source src("", text);
    std::size_t t703 = 0;
    std::uint32_t last_column = 0;
    for (const Finding& f : lint(src, *Config::defaults())) {
        if (f.code != "T703") continue;
        ++t703;
        const std::uint32_t column = src.position(f.span.begin).column;
        CHECK(column > last_column);
        last_column = column;
    }
    CHECK(t703 >= 20000);
}

TEST_CASE("tens of thousands of page markers are read and judged in linear time") {
    const std::string seed = testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt");
    constexpr int n = 50000;
    std::string markers;
    for (int i = 0; i < n; ++i) markers += "\nASTANA 00009999 002 OF 003\n";   // another serial than the banner's
    const std::string text = replace_all(seed, "\n2. (C)", markers + "\n2. (C)");
    Source src("", text);
    const Document doc = parse_document(src);
    CHECK(doc.text.markers.size() == n + 2);   // and the seed's own two
    std::size_t s604 = 0;
    for (const Finding& f : lint(src, *Config::defaults())) s604 += f.code == "S604";
    CHECK(s604 == n);   // the identifier, DE line and banner agree: each odd marker is reported
}

TEST_CASE("a UTF-16 column is turned back into the offset it was taken from") {
    // The language server's positions: what utf16_column says of an offset, offset_at_utf16 reads back.
    const std::string text = "AB\n"
                             "caf\xc3\xa9 \xe2\x82\xac 5 \xf0\x9f\x98\x80 end\r\n"
                             "\n"
                             "last";
    Source src("", text);
    const std::string_view t = src.text();   // the CRLF read as a line end
    for (std::uint32_t o = 0; o <= t.size(); ++o) {
        const auto c = static_cast<unsigned char>(o < t.size() ? t[o] : 0);
        if (c >= 0x80 && c < 0xC0) continue;   // inside a character
        if (c == '\n' || c == '\r') continue;   // a line end is no column of the line
        INFO("offset " << o);
        CHECK(src.offset_at_utf16(src.line_of(o), src.utf16_column(o)) == o);
    }
    const std::uint32_t emoji = static_cast<std::uint32_t>(t.find("\xf0\x9f"));
    CHECK(src.offset_at_utf16(2, src.utf16_column(emoji) + 1) == emoji);   // inside the surrogate pair: before it
    CHECK(src.offset_at_utf16(2, src.utf16_column(emoji) + 2) == emoji + 4);
    CHECK(src.offset_at_utf16(2, 1000) == t.find(" end") + 4);   // past the end of the line: its end
    CHECK(src.offset_at_utf16(3, 5) == t.find("\n\nlast") + 1);   // an empty line
    CHECK(src.offset_at_utf16(4, 0) == t.find("last"));
    CHECK(src.offset_at_utf16(4, 99) == t.size());
}
