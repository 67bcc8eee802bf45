#include "baseline.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "fingerprint.hpp"

namespace cablelint {

namespace fs = std::filesystem;

Baseline::Baseline(const fs::path& file) {
    std::error_code ec;
    const fs::path abs = fs::absolute(file, ec);
    dir_ = (ec ? file : abs).lexically_normal().parent_path();
}

Baseline Baseline::load(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw BaselineError(std::string("cannot read the baseline ").append(file.string()).append(": ").append(std::strerror(errno)));
    std::stringstream text;
    text << in.rdbuf();
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::exception& e) {   // parse_error, or out_of_range for a number too large
        // e.what() is "[json.exception.parse_error.101] parse error at line 1, column 2: …": keep what follows.
        std::string why = e.what();
        if (const auto at = why.find("parse error"); at != std::string::npos) why = why.substr(at);
        throw BaselineError(file.string() + ": not a baseline: invalid JSON (" + why + "); write one with --write-baseline");
    }
    if (!j.is_object() || j.value("version", 0) != 1 || !j.contains("findings") || !j["findings"].is_array())
        throw BaselineError(file.string() + ": not a baseline of this cablelint (expected {\"version\": 1, \"findings\": [...]}; "
                            "write one with --write-baseline)");
    Baseline b(file);
    for (const auto& e : j["findings"]) {
        if (!e.is_object() || !e.contains("file") || !e.contains("code") || !e.contains("fingerprint") ||
            !e["file"].is_string() || !e["code"].is_string() || !e["fingerprint"].is_string())
            throw BaselineError(file.string() + ": a baseline entry needs file, code and fingerprint: " + e.dump());
        const long count = e.contains("count") && e["count"].is_number_integer() ? e["count"].get<long>() : 1;
        Entry& x = b.entries_[{e["file"].get<std::string>(), e["code"].get<std::string>(), e["fingerprint"].get<std::string>()}];
        x.count += std::max(1L, count);
    }
    return b;
}

std::string Baseline::key_of(const fs::path& file) const {
    std::error_code ec;
    const fs::path abs = fs::absolute(file, ec).lexically_normal();
    const fs::path rel = abs.lexically_relative(dir_);
    return (rel.empty() ? abs : rel).generic_string();
}

std::size_t Baseline::filter(const std::string& key, const Source& src, std::vector<Finding>& findings) {
    filtered_files_.insert(key);
    std::size_t n = 0;
    std::erase_if(findings, [&](const Finding& f) {
        auto it = entries_.find({key, f.code, fingerprint(src, f)});
        if (it == entries_.end() || it->second.count == 0) return false;
        --it->second.count;
        ++n;
        return true;
    });
    return n;
}

std::size_t Baseline::unmatched() const {
    std::size_t n = 0;
    for (const auto& [key, e] : entries_)
        if (filtered_files_.count(std::get<0>(key))) n += static_cast<std::size_t>(e.count);
    return n;
}

void Baseline::record(const std::string& key, const Source& src, const std::vector<Finding>& findings) {
    for (const Finding& f : findings) {
        Entry& e = entries_[{key, f.code, fingerprint(src, f)}];
        if (e.count++ == 0) e.message = f.message;
    }
}

std::size_t Baseline::recorded() const {
    std::size_t n = 0;
    for (const auto& [key, e] : entries_) n += static_cast<std::size_t>(e.count);
    return n;
}

std::string Baseline::dump() const {
    std::string out = "{\"version\": 1, \"findings\": [";
    bool first = true;
    for (const auto& [key, e] : entries_) {
        const nlohmann::ordered_json j = {{"file", std::get<0>(key)}, {"code", std::get<1>(key)},
                                          {"fingerprint", std::get<2>(key)}, {"count", e.count}, {"message", e.message}};
        out += first ? "\n" : ",\n";
        out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        first = false;
    }
    out += "\n]}\n";
    return out;
}

}  // namespace cablelint
