// JSON written as it goes into a string, for the JSON and SARIF reporters' per-finding output: the same bytes as
// nlohmann-json's compact dump (`dump(-1)` with invalid UTF-8 replaced) of the document they would otherwise build,
// without building it. nlohmann-json has no streaming writer, and its document cost 46 allocations a finding and
// its dump ~47 instructions a byte (it decodes every string as UTF-8): the whole cost of JSON over `-q`. Strings
// of printable ASCII without `"` or `\` are written as they are; every other string is escaped by nlohmann-json.
// tests/json_writer_test.cpp holds the writer to nlohmann-json's dump of the same values.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace cablelint {

class JsonWriter {
public:
    explicit JsonWriter(std::string& out) : out_(out) {}

    JsonWriter& begin_object() { return open('{'); }
    JsonWriter& end_object() { return close('}'); }
    JsonWriter& begin_array() { return open('['); }
    JsonWriter& end_array() { return close(']'); }

    // A member's name; its value follows.
    JsonWriter& key(std::string_view name) {
        string(name);
        out_ += ':';
        comma_ = false;
        return *this;
    }

    JsonWriter& string(std::string_view s);
    JsonWriter& number(std::uint64_t n);
    JsonWriter& number(std::int64_t n);
    JsonWriter& boolean(bool b) {
        separate();
        out_ += b ? "true" : "false";
        comma_ = true;
        return *this;
    }

    // Members written in one call: `"name":value`.
    JsonWriter& member(std::string_view name, std::string_view s) { return key(name).string(s); }
    JsonWriter& member(std::string_view name, const char* s) { return key(name).string(s); }   // not the bool one
    JsonWriter& member(std::string_view name, std::uint64_t n) { return key(name).number(n); }
    JsonWriter& member(std::string_view name, std::uint32_t n) { return key(name).number(std::uint64_t{n}); }
    JsonWriter& member(std::string_view name, int n) { return key(name).number(std::int64_t{n}); }
    JsonWriter& member(std::string_view name, bool b) { return key(name).boolean(b); }

private:
    template <typename Integer>
    JsonWriter& integer(Integer n);
    void separate() {
        if (comma_) out_ += ',';
    }
    JsonWriter& open(char c) {
        separate();
        out_ += c;
        comma_ = false;
        return *this;
    }
    JsonWriter& close(char c) {
        out_ += c;
        comma_ = true;
        return *this;
    }

    std::string& out_;
    bool comma_ = false;   // a value was written at this level: the next one is preceded by a comma
};

}  // namespace cablelint
