// The input layer (src/decode.hpp): encodings, byte-order marks and line ends are read once, before the grammar; the
// text is UTF-8 with LF line ends and every position maps back to the file's own bytes and lines.
#include <catch2/catch.hpp>

#include <algorithm>

#include "helpers.hpp"

using namespace cablelint;

namespace {

std::string seed() { return testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"); }

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
    for (std::size_t i = s.find(from); i != std::string::npos; i = s.find(from, i + to.size())) s.replace(i, from.size(), to);
    return s;
}

std::vector<Finding> lint(const std::string& bytes) { return testing::lint_text(bytes); }

std::vector<Finding> of(const std::vector<Finding>& fs, const char* code) {
    std::vector<Finding> out;
    std::copy_if(fs.begin(), fs.end(), std::back_inserter(out), [&](const Finding& f) { return f.code == code; });
    return out;
}

// The seed's UTF-8 no-break spaces as Windows-1252 bytes.
std::string seed_1252() { return replace_all(seed(), "\xC2\xA0", "\xA0"); }

}  // namespace

TEST_CASE("decode: UTF-8 with LF is its own text") {
    const std::string s = seed();
    Source src("s", s);
    CHECK(src.text() == s);
    CHECK(src.decoding().encoding == Encoding::utf8);
    CHECK_FALSE(src.decoding().bom);
    CHECK(src.file_offset(100) == 100);
}

TEST_CASE("decode: a UTF-8 byte-order mark is skipped, and offsets stay the file's") {
    Source src("s", "\xEF\xBB\xBF" "Identifier\nCreated\n");
    CHECK(src.text() == "Identifier\nCreated\n");
    CHECK(src.decoding().bom);
    const Position p = src.position(11);   // "Created"
    CHECK(p.line == 2);
    CHECK(p.column == 1);
    CHECK(p.offset == 14);
    CHECK(src.position(0).column == 1);
    CHECK(src.position(0).offset == 3);
}

TEST_CASE("decode: CRLF is read as LF, and a CRLF line end maps to its two bytes") {
    Source src("s", "AB\r\nCD\r\nE");
    CHECK(src.text() == "AB\nCD\nE");
    CHECK(src.decoding().ends.crlf == 2);
    CHECK(src.line_count() == 3);
    CHECK(src.position(3).line == 2);
    CHECK(src.position(3).offset == 4);
    CHECK(src.file_offset(2) == 2);   // the line end starts at the CR
    CHECK(src.file_offset(7) == 9);
    CHECK(src.line_text(2) == "CD");
}

TEST_CASE("decode: bare CRs are line ends only in a file without LF") {
    Source mac("s", "AB\rCD\r");
    CHECK(mac.text() == "AB\nCD\n");
    CHECK(mac.decoding().cr_lines);
    CHECK(mac.line_count() == 2);
    Source stray("s", "AB\rCD\nEF\n");
    CHECK(stray.text() == "AB\rCD\nEF\n");
    CHECK(stray.decoding().ends.cr == 1);
    CHECK(stray.line_count() == 2);
}

TEST_CASE("decode: Windows-1252 is transcoded, and columns count the file's characters") {
    Source src("s", "A\xB6" "4. (C) \x93Yes\x94\nB\xA0" "C\n");
    CHECK(src.decoding().encoding == Encoding::windows_1252);
    CHECK(src.text() == "A\xC2\xB6" "4. (C) \xE2\x80\x9CYes\xE2\x80\x9D\nB\xC2\xA0" "C\n");
    CHECK(src.decoding().converted == 4);
    CHECK(src.decoding().first_converted == 1);
    CHECK(src.decoding().first_byte == 0xB6);
    const auto text = src.text();
    const auto yes = static_cast<std::uint32_t>(text.find("Yes"));
    CHECK(src.position(yes).column == 11);
    CHECK(src.position(yes).offset == 10);
    const auto c = static_cast<std::uint32_t>(text.find("C\n"));
    CHECK(src.position(c).line == 2);
    CHECK(src.position(c).column == 3);
    CHECK(src.position(c).offset == 17);
}

TEST_CASE("decode: a UTF-8 file with a few damaged bytes is not transcoded") {
    Source src("s", "Caf\xC3\xA9 \xE2\x80\x9Cyes\xE2\x80\x9D m\xE9" "eting\n");
    CHECK(src.decoding().encoding == Encoding::utf8);
    const auto f = of(lint("Caf\xC3\xA9 \xE2\x80\x9Cyes\xE2\x80\x9D m\xE9" "eting\n"), "F901");
    REQUIRE(f.size() == 1);
    CHECK(f[0].message.find("byte 0xE9 is not valid UTF-8") == 0);
}

TEST_CASE("decode: UTF-16 with a byte-order mark, and without one when it is unmistakable") {
    const std::string le = std::string("\xFF\xFE" "A\0B\0\r\0\n\0\x3D\xD8\x00\xDE", 14);   // "AB\r\n😀"
    Source src("s", le);
    CHECK(src.decoding().encoding == Encoding::utf16le);
    CHECK(src.text() == "AB\n\xF0\x9F\x98\x80");
    CHECK(src.position(3).line == 2);
    CHECK(src.position(3).offset == 10);
    const std::string be = std::string("\xFE\xFF\0A\0B", 6);
    CHECK(Source("s", be).text() == "AB");
    CHECK(Source("s", be).decoding().encoding == Encoding::utf16be);
    const std::string no_bom = std::string("S\0E\0C\0R\0E\0T\0\n\0", 14);
    Source nb("s", no_bom);
    CHECK(nb.decoding().encoding == Encoding::utf16le);
    CHECK_FALSE(nb.decoding().bom);
    CHECK(nb.text() == "SECRET\n");
    // Not text-like: binary, as before.
    const std::string binary = std::string("\x01\x02\0\0\xFF\x10", 6);
    CHECK(Source("s", binary).text() == binary);
    const auto f = lint(binary);
    REQUIRE(f.size() == 1);
    CHECK(f[0].code == "F907");
}

TEST_CASE("a Windows-1252 cable gets one F901 and is linted like its UTF-8 copy") {
    const std::string cp1252 = seed_1252();
    const auto findings = lint(cp1252);
    const auto f901 = of(findings, "F901");
    REQUIRE(f901.size() == 1);
    Source src("s", cp1252);
    const std::size_t nbsp = std::count(cp1252.begin(), cp1252.end(), '\xA0');
    const std::size_t first = cp1252.find('\xA0');
    CHECK(f901[0].message == "the file is not UTF-8 but Windows-1252: " + std::to_string(nbsp) +
                                 " bytes above 0x7F, the first (0xA0, `\xC2\xA0`) at byte " + std::to_string(first) +
                                 "; it was read as Windows-1252; re-save it as UTF-8");
    CHECK(src.position(f901[0].span.begin).offset == first);
    // Everything else as in the UTF-8 seed: the wrapper, paragraphs and portion marks were read.
    auto rest = [](std::vector<Finding> fs) {
        std::erase_if(fs, [](const Finding& f) { return f.code == "F901"; });
        std::vector<std::string> out;
        for (const auto& f : fs) out.push_back(f.code + " " + f.message);
        return out;
    };
    CHECK(rest(findings) == rest(lint(seed())));
    const Document d = parse_document(src);
    CHECK(d.wrapper.present);
    CHECK(d.text.paragraphs.size() == 10);
}

TEST_CASE("a UTF-16 cable gets one F901 naming it, not a NUL finding") {
    std::string utf16 = "\xFF\xFE";
    for (unsigned char c : replace_all(seed(), "\xC2\xA0", " ")) {
        utf16 += static_cast<char>(c);
        utf16 += '\0';
    }
    const auto findings = lint(utf16);
    CHECK(of(findings, "F907").empty());
    const auto f901 = of(findings, "F901");
    REQUIRE(f901.size() == 1);
    CHECK(f901[0].message == "the file is UTF-16LE with a byte-order mark, not UTF-8: " + std::to_string(utf16.size() - 2) +
                                 " bytes from byte 2, read as UTF-16LE; re-save it as UTF-8");
}

TEST_CASE("empty, white-space-only and CR-only files get a clear finding") {
    for (const std::string& empty : {std::string(), std::string("\xEF\xBB\xBF"), std::string("\xFF\xFE")}) {
        const auto f = lint(empty);
        REQUIRE(f.size() == (empty.size() == 2 ? 2u : 1u));   // UTF-16: F901 too
        CHECK(of(f, "F908").size() == 1);
        CHECK(of(f, "F908")[0].message == "not a cable: the file is empty");
    }
    for (const std::string& blank : {std::string(" \n\n\t \n"), std::string("\r\n\r\n"), std::string("\r\r")}) {
        const auto f = of(lint(blank), "F908");
        REQUIRE(f.size() == 1);
        CHECK(f[0].message == "not a cable: the file contains only white space");
    }
    // The seed with CR line ends: one F904, otherwise as with LF.
    const std::string cr = replace_all(seed(), "\n", "\r");
    const auto f = lint(cr);
    const auto f904 = of(f, "F904");
    REQUIRE(f904.size() == 1);
    CHECK(f904[0].message.find("bare CR line endings") != std::string::npos);
    CHECK(f.size() == lint(seed()).size() + 1);
}

TEST_CASE("a Windows-1252 cable with CRLF line ends (another conversion pipeline) is linted like the UTF-8 one") {
    const std::string both = replace_all(seed_1252(), "\n", "\r\n");
    auto rest = [](std::vector<Finding> fs) {
        std::erase_if(fs, [](const Finding& f) { return f.code == "F901" || f.code == "F904"; });
        std::vector<std::string> out;
        for (const auto& f : fs) out.push_back(f.code + " " + f.message);
        return out;
    };
    const auto findings = lint(both);
    CHECK(of(findings, "F901").size() == 1);
    CHECK(of(findings, "F904").size() == 1);
    CHECK(rest(findings) == rest(lint(seed())));
    // Positions: the same lines and columns as the UTF-8 seed, offsets in the file's bytes.
    Source src("s", both), utf8("s", seed());
    const auto p = static_cast<std::uint32_t>(src.text().find("E.O. 12958"));
    const auto q = static_cast<std::uint32_t>(utf8.text().find("E.O. 12958"));
    CHECK(src.position(p).line == utf8.position(q).line);
    CHECK(src.position(p).column == utf8.position(q).column);
    CHECK(both.substr(src.position(p).offset, 10) == "E.O. 12958");
}
