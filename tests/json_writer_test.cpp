// The JSON and SARIF reporters write their per-finding JSON with JsonWriter instead of dumping a document: it must
// give the bytes nlohmann-json's compact dump gives for the same values (what the reporters wrote before, and what
// users' tools and the expected fixtures hold).
#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "report/json_writer.hpp"

using namespace cablelint;
using json = nlohmann::ordered_json;

namespace {

std::string dumped(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string written_string(std::string_view s) {
    std::string out;
    JsonWriter(out).string(s);
    return out;
}

}  // namespace

TEST_CASE("a string is written as nlohmann-json dumps it", "[json-writer]") {
    const std::string cases[] = {
        "",
        "plain ASCII text: 1. (C) SECTION 1 OF 2",
        "a \"quoted\" word",
        "back\\slash",
        std::string("nul\0byte", 8),
        "tab\tnewline\ncarriage\rform\fbell\x07",
        "escape \x1b and unit separator \x1f",
        "delete \x7f stays",
        "caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x80\xa6 \xf0\x9f\x93\x9c",
        "invalid \xff\xfe bytes",
        "truncated \xe2\x80",
        "overlong \xc0\xaf and lone continuation \x80",
        "surrogate \xed\xa0\x80 encoded",
    };
    for (const std::string& s : cases) {
        INFO(s);
        CHECK(written_string(s) == dumped(json(s)));
    }
}

TEST_CASE("random bytes are written as nlohmann-json dumps them", "[json-writer]") {
    std::mt19937 rng(20261205);
    std::uniform_int_distribution<int> byte(0, 255), length(0, 24);
    for (int i = 0; i < 5000; ++i) {
        std::string s(static_cast<std::size_t>(length(rng)), ' ');
        for (char& c : s) c = static_cast<char>(byte(rng));
        INFO(json(s).dump(-1, ' ', true, json::error_handler_t::replace));
        REQUIRE(written_string(s) == dumped(json(s)));
    }
}

TEST_CASE("numbers and booleans are written as nlohmann-json dumps them", "[json-writer]") {
    std::string out;
    JsonWriter w(out);
    const auto max_u64 = std::numeric_limits<std::uint64_t>::max();
    const auto min_i64 = std::numeric_limits<std::int64_t>::min();
    w.begin_array().number(std::uint64_t{0}).number(max_u64).number(std::int64_t{-42}).number(min_i64);
    w.boolean(true).boolean(false).end_array();
    CHECK(out == dumped(json::array({0U, max_u64, -42, min_i64, true, false})));
}

TEST_CASE("nested objects and arrays are written as nlohmann-json dumps them", "[json-writer]") {
    std::string out;
    JsonWriter w(out);
    w.begin_object().member("path", "a.txt").key("findings").begin_array();
    w.begin_object().member("code", "P801").member("line", std::uint32_t{100}).member("column", 1);
    w.key("related").begin_array().end_array();
    w.key("fix").begin_object().member("safe", true).member("title", "Renumber");
    w.key("edits").begin_array().begin_object().member("text", "3.").end_object();
    w.begin_object().member("text", "").end_object().end_array().end_object();
    w.end_object();
    w.begin_object().member("code", "F907").key("related").begin_array().end_array().end_object();
    w.end_array().key("empty").begin_object().end_object().end_object();

    json expected = json::object();
    expected["path"] = "a.txt";
    json first = json::object();
    first["code"] = "P801";
    first["line"] = 100;
    first["column"] = 1;
    first["related"] = json::array();
    first["fix"] = {{"safe", true}, {"title", "Renumber"}, {"edits", json::array({{{"text", "3."}}, {{"text", ""}}})}};
    json second = json::object();
    second["code"] = "F907";
    second["related"] = json::array();
    expected["findings"] = json::array({first, second});
    expected["empty"] = json::object();
    CHECK(out == dumped(expected));
}

TEST_CASE("a writer appends to what the string holds", "[json-writer]") {
    std::string out = "prefix ";
    JsonWriter(out).begin_object().member("a", 1).end_object();
    JsonWriter(out).begin_array().end_array();
    CHECK(out == "prefix {\"a\":1}[]");
}
