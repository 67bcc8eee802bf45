// Metamorphic tests on the real corpus (fixtures/corpus): a change to a cable's bytes that the format allows — CRLF
// or CR line ends, Windows-1252 or UTF-16, a byte-order mark, no page wrapper, trailing spaces — gives the findings
// of the original plus only the finding that names the change, at the same lines and columns (issue 7 §4, §5).
// Where a transformation changes another finding, the code is wrong, not this test.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <optional>

#include "decode.hpp"
#include "helpers.hpp"

using namespace cablelint;

namespace {

// A finding as a reader sees it: code, severity, message, and where (lines shifted by `line_shift`).
std::string seen(const Source& src, const Finding& f, long line_shift = 0) {
    const Position b = src.position(f.span.begin), e = src.position(std::max(f.span.begin, f.span.end));
    return f.code + " " + severity_name(f.severity) + " " + std::to_string(b.line + line_shift) + ":" +
           std::to_string(b.column) + "-" + std::to_string(e.line + line_shift) + ":" + std::to_string(e.column) + " " +
           f.message;
}

struct Linted {
    std::unique_ptr<Source> src;
    std::vector<Finding> findings;
};

Linted lint(std::string bytes, const Selection& sel = {}) {
    Linted l{std::make_unique<Source>("cable.txt", std::move(bytes)), {}};
    l.findings = cablelint::lint(*l.src, *Config::defaults(), sel);
    return l;
}

std::vector<std::string> seen_all(const Linted& l, const std::function<bool(const Finding&)>& keep = nullptr,
                                  long line_shift = 0) {
    std::vector<std::string> out;
    for (const Finding& f : l.findings) {
        if (!keep || keep(f)) out.push_back(seen(*l.src, f, line_shift));
    }
    std::sort(out.begin(), out.end());
    return out;
}

// ---- transformations ------------------------------------------------------------------------------------------

std::string replace_lf(const std::string& s, const char* with) {
    std::string out;
    out.reserve(s.size() + s.size() / 16);
    for (char c : s) {
        if (c == '\n') out += with;
        else out += c;
    }
    return out;
}

// Code points of valid UTF-8 text.
std::vector<char32_t> code_points(std::string_view s) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < s.size();) {
        const char* why = "";
        std::size_t skip = 1;
        const std::size_t n = utf8_sequence(s, i, why, skip);
        if (n == 0) throw std::runtime_error("the corpus is UTF-8");
        const auto c = static_cast<unsigned char>(s[i]);
        char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += n;
    }
    return out;
}

// The cable saved as Windows-1252, or nothing when a character has no byte there.
std::optional<std::string> to_1252(const std::string& s) {
    static const char32_t high[32] = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                                      0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                                      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    std::string out;
    for (char32_t cp : code_points(s)) {
        if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) {
            out += static_cast<char>(cp);
            continue;
        }
        const auto it = std::find(std::begin(high), std::end(high), cp);
        if (cp == 0 || it == std::end(high)) return std::nullopt;
        out += static_cast<char>(0x80 + (it - std::begin(high)));
    }
    return out;
}

std::string to_utf16le(const std::string& s) {
    std::string out = "\xFF\xFE";
    auto unit = [&](char32_t u) {
        out += static_cast<char>(u & 0xFF);
        out += static_cast<char>(u >> 8);
    };
    for (char32_t cp : code_points(s)) {
        if (cp >= 0x10000) {
            unit(0xD800 + ((cp - 0x10000) >> 10));
            unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
            unit(cp);
        }
    }
    return out;
}

std::string with_trailing_spaces(const std::string& s) {
    std::string out = replace_lf(s, " \n");
    if (!s.empty() && s.back() != '\n') out += ' ';
    return out;
}

// ---- the corpus -----------------------------------------------------------------------------------------------

// Every `stride`-th cable of each folder, in name order (1: all of them, about 5 s of CPU in a Debug -O1 build).
constexpr std::size_t kStride = 1;

std::vector<std::filesystem::path> sample() {
    std::vector<std::filesystem::path> out;
    for (const char* dir : {"cablegate", "bare", "seed"}) {
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::directory_iterator(testing::corpus() / dir)) {
            if (e.path().extension() == ".txt") files.push_back(e.path());
        }
        std::sort(files.begin(), files.end());
        for (std::size_t i = 0; i < files.size(); i += kStride) out.push_back(files[i]);
    }
    return out;
}

bool is(const Finding& f, const char* code) { return f.code == code; }

}  // namespace

TEST_CASE("metamorphic: CRLF and CR line ends add only F904") {
    for (const auto& path : sample()) {
        const std::string text = testing::read_file(path);
        const Linted original = lint(text);
        const auto not_f904 = [](const Finding& f) { return !is(f, "F904"); };
        const auto f904 = [](const Linted& l) { return std::count_if(l.findings.begin(), l.findings.end(), [](const Finding& f) { return is(f, "F904"); }); };
        for (const char* eol : {"\r\n", "\r"}) {
            INFO(path.filename().string() << (eol[1] ? " as CRLF" : " as CR"));
            const Linted changed = lint(replace_lf(text, eol));
            CHECK(seen_all(changed, not_f904) == seen_all(original, not_f904));
            CHECK(f904(changed) == f904(original) + 1);   // a tab is F904's too
        }
    }
}

TEST_CASE("metamorphic: a UTF-8 byte-order mark changes nothing") {
    for (const auto& path : sample()) {
        INFO(path.filename().string());
        const std::string text = testing::read_file(path);
        CHECK(seen_all(lint("\xEF\xBB\xBF" + text)) == seen_all(lint(text)));
    }
}

TEST_CASE("metamorphic: Windows-1252 and UTF-16 add only F901") {
    std::size_t converted = 0;
    for (const auto& path : sample()) {
        INFO(path.filename().string());
        const std::string text = testing::read_file(path);
        const auto before = seen_all(lint(text));
        const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (const auto cp1252 = to_1252(text)) {
            ++converted;
            const Linted changed = lint(*cp1252);
            CHECK(seen_all(changed, [](const Finding& f) { return !is(f, "F901"); }) == before);
            const auto f901 = std::count_if(changed.findings.begin(), changed.findings.end(), [](const Finding& f) { return is(f, "F901"); });
            CHECK(f901 == (ascii ? 0 : 1));   // an ASCII cable is the same bytes in Windows-1252
        }
        const Linted utf16 = lint(to_utf16le(text));
        CHECK(seen_all(utf16, [](const Finding& f) { return !is(f, "F901"); }) == before);
        CHECK(std::count_if(utf16.findings.begin(), utf16.findings.end(), [](const Finding& f) { return is(f, "F901"); }) == 1);
    }
    CHECK(converted * 10 >= sample().size() * 9);   // nearly every cable has a Windows-1252 form
}

TEST_CASE("metamorphic: trailing spaces add only F905, one per line") {
    // The default rules and F905 (off by default).
    Selection sel;
    for (const RuleInfo& r : Config::defaults()->catalogue().rules()) {
        if (Config::defaults()->setting(r).severity != Severity::off) sel.select.insert(r.code);
    }
    sel.select.insert("F905");
    for (const auto& path : sample()) {
        INFO(path.filename().string());
        const std::string text = testing::read_file(path);
        const Linted original = lint(text, sel);
        const Linted changed = lint(with_trailing_spaces(text), sel);
        const auto not_f905 = [](const Finding& f) { return !is(f, "F905"); };
        CHECK(seen_all(changed, not_f905) == seen_all(original, not_f905));
        std::vector<std::uint32_t> lines;
        for (const Finding& f : changed.findings) {
            if (is(f, "F905")) lines.push_back(changed.src->position(f.span.begin).line);
        }
        std::vector<std::uint32_t> every(changed.src->line_count());
        for (std::uint32_t n = 0; n < every.size(); ++n) every[n] = n + 1;
        CHECK(lines == every);
    }
}

// The wrapper's values are witnesses in cross-field checks (the page Identifier, Classification, Created): without
// them a majority may fall the other way, or a message no longer cites them. So a finding that cites the wrapper (a
// related location in it) may go, and a header family finding (H) of a cable whose page Identifier decided a vote
// (W108) is not compared; every other finding stays, message and all, and none is gained.
TEST_CASE("metamorphic: without the page wrapper, only the wrapper's findings go") {
    std::size_t stripped = 0;
    for (const auto& path : sample()) {
        INFO(path.filename().string());
        const std::string text = testing::read_file(path);
        const Linted original = lint(text);
        const Document doc = parse_document(*original.src);
        if (!doc.wrapper.present) continue;
        // The wrapper's lines (to the chrome line's end) and the page chrome after the text ("Share this cable …").
        const Span head = original.src->span_of(doc.wrapper.block);
        std::uint32_t head_end = head.end;
        while (head_end < text.size() && text[head_end - 1] != '\n') ++head_end;
        std::uint32_t tail = static_cast<std::uint32_t>(text.size());
        if (present(doc.ending)) tail = original.src->span_of(doc.ending).begin;
        const std::string bare = text.substr(0, head.begin) + text.substr(head_end, tail - head_end);
        const long removed_lines = std::count(text.begin() + head.begin, text.begin() + head_end, '\n');
        ++stripped;
        const bool identifier_voted = std::any_of(original.findings.begin(), original.findings.end(),
                                                  [](const Finding& f) { return is(f, "W108"); });
        const auto compared = [&](const Finding& f) {
            if (f.code[0] == 'W' || (identifier_voted && f.code[0] == 'H')) return false;
            // The page layout's no-break spaces (F902's "layout" finding) go with the wrapper.
            return !(is(f, "F902") && f.message.find("page wrapper") != std::string::npos);
        };
        // A finding that rests on a wrapper value alone (C509's date of a cable without a DTG) may go.
        const auto rests_on_wrapper = [&](const Finding& f) {
            return std::any_of(f.related.begin(), f.related.end(), [&](const Related& r) {
                return r.span.begin >= head.begin && r.span.begin < head_end;
            });
        };
        const Linted changed = lint(bare);
        const auto place = [](const Source& src, const Finding& f, long shift) {
            const Position b = src.position(f.span.begin), e = src.position(std::max(f.span.begin, f.span.end));
            return f.code + " " + severity_name(f.severity) + " " + std::to_string(b.line + shift) + ":" +
                   std::to_string(b.column) + "-" + std::to_string(e.line + shift) + ":" + std::to_string(e.column);
        };
        std::vector<std::string> before, after;
        for (const Finding& f : original.findings) {
            if (compared(f)) before.push_back(place(*original.src, f, -removed_lines));
        }
        for (const Finding& f : changed.findings) {
            if (compared(f)) after.push_back(place(*changed.src, f, 0));
        }
        std::sort(before.begin(), before.end());
        std::sort(after.begin(), after.end());
        std::vector<std::string> lost, gained;
        std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(lost));
        std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(gained));
        CHECK(gained.empty());
        for (const Finding& f : original.findings) {
            if (compared(f) && std::find(lost.begin(), lost.end(), place(*original.src, f, -removed_lines)) != lost.end()) {
                INFO(f.code << " " << f.message);
                CHECK(rests_on_wrapper(f));
            }
        }
        // A finding that does not rest on the wrapper stays as it was, message and all.
        std::vector<std::string> after_seen;
        for (const Finding& f : changed.findings) {
            if (compared(f)) after_seen.push_back(seen(*changed.src, f));
        }
        for (const Finding& f : original.findings) {
            if (!compared(f) || rests_on_wrapper(f)) continue;
            const std::string s = seen(*original.src, f, -removed_lines);
            INFO(s);
            CHECK(std::find(after_seen.begin(), after_seen.end(), s) != after_seen.end());
        }
    }
    CHECK(stripped > 0);
}
