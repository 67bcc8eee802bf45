#include "json_writer.hpp"

#include <charconv>

#include <nlohmann/json.hpp>

namespace cablelint {

namespace {

// Whether nlohmann-json's dump (ensure_ascii off) writes s as it is between quotes: no control character, quote or
// backslash (escaped), and no byte above 0x7F (UTF-8 checked, invalid sequences replaced).
bool written_as_is(std::string_view s) {
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == '"' || c == '\\' || c >= 0x80) return false;
    }
    return true;
}

}  // namespace

JsonWriter& JsonWriter::string(std::string_view s) {
    separate();
    if (written_as_is(s)) {
        out_ += '"';
        out_ += s;
        out_ += '"';
    } else {
        out_ += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    comma_ = true;
    return *this;
}

template <typename Integer>
JsonWriter& JsonWriter::integer(Integer n) {
    separate();
    char digits[24];
    out_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
    comma_ = true;
    return *this;
}

JsonWriter& JsonWriter::number(std::uint64_t n) { return integer(n); }
JsonWriter& JsonWriter::number(std::int64_t n) { return integer(n); }

}  // namespace cablelint
