#include "rules_listing.hpp"

#include <algorithm>
#include <iomanip>
#include <sstream>

#include <nlohmann/json.hpp>

#include "catalogue.hpp"

namespace cablelint {

namespace fs = std::filesystem;

namespace {

using json = nlohmann::ordered_json;

// A YAML value as JSON: maps, lists, and scalars (whole numbers as numbers, true/false as booleans).
json to_json(const YAML::Node& n) {
    if (!n || n.IsNull()) return nullptr;
    if (n.IsMap()) {
        json o = json::object();
        for (const auto& kv : n) o[kv.first.as<std::string>()] = to_json(kv.second);
        return o;
    }
    if (n.IsSequence()) {
        json a = json::array();
        for (const auto& x : n) a.push_back(to_json(x));
        return a;
    }
    const std::string s = n.Scalar();
    if (s == "true" || s == "false") return s == "true";
    if (!s.empty() && s.find_first_not_of("-0123456789") == std::string::npos && s != "-") {
        try {
            return std::stol(s);
        } catch (const std::exception&) {
        }
    }
    return s;
}

// A YAML value on one line ("{max_years: 10}").
std::string flow(const YAML::Node& n) {
    if (!n || n.IsNull() || (n.IsMap() && n.size() == 0)) return "none";
    YAML::Emitter e;
    e << YAML::Flow << n;
    return e.c_str();
}

const char* fix_name(const RuleInfo& r) {
    return r.fix == RuleInfo::FixKind::safe ? "safe" : r.fix == RuleInfo::FixKind::unsafe ? "unsafe" : nullptr;
}
const char* fix_mark(const RuleInfo& r) {
    return r.fix == RuleInfo::FixKind::safe ? "*" : r.fix == RuleInfo::FixKind::unsafe ? "(*)" : "";
}

json rule_json(const Config& config, const RuleInfo& r) {
    const RuleSetting& s = config.setting(r);
    json j = {{"code", r.code},         {"name", r.name},
              {"severity", severity_name(s.severity)}, {"defaultSeverity", severity_name(r.severity)},
              {"options", to_json(s.options)},          {"summary", r.summary},
              {"relation", r.relation.empty() ? json(nullptr) : json(r.relation)},
              {"kind", r.kind},         {"fix", fix_name(r) ? json(fix_name(r)) : json(nullptr)},
              {"fixUnsafeWhen", r.fix_unsafe_when.empty() ? json(nullptr) : json(r.fix_unsafe_when)},
              {"custom", r.custom}};
    if (j["options"].is_null()) j["options"] = json::object();
    return j;
}

// The catalogue's `explains:` data for one rule, both ways: what its findings stand down, and what stands it down.
void print_explains(const Catalogue& cat, const RuleInfo& r, std::ostream& out) {
    std::ostringstream stands, stood;
    for (const Explains& ex : r.explains) {
        stands << "- " << when_name(ex.when) << ":";
        for (const auto& [code, field] : ex.rules) stands << " " << code << (field.empty() ? "" : " (" + field + ")");
        if (!ex.why.empty()) stands << " — " << ex.why;
        stands << "\n";
    }
    for (const RuleInfo& other : cat.rules()) {
        for (const Explains& ex : other.explains) {
            for (const auto& [code, field] : ex.rules) {
                if (code != r.code) continue;
                stood << "- " << other.code << " " << other.name << " (" << when_name(ex.when)
                      << (field.empty() ? "" : ", field " + field) << ")" << (ex.why.empty() ? "" : ": " + ex.why) << "\n";
            }
        }
    }
    if (stands.tellp() > 0) out << "\n## Stands down (catalogue `explains:`)\n\n" << stands.str();
    if (stood.tellp() > 0) out << "\n## Stood down by (catalogue `explains:`)\n\n" << stood.str();
}


}  // namespace

int list_rules(const Config& config, bool as_json, std::ostream& out) {
    const Catalogue& cat = config.catalogue();
    if (as_json) {
        json rules = json::array();
        for (const auto& r : cat.rules()) rules.push_back(rule_json(config, r));
        out << json{{"configFiles", config.files()}, {"rules", rules}}.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
        return 0;
    }
    std::size_t name_w = 4;
    for (const auto& r : cat.rules()) name_w = std::max(name_w, r.name.size());
    out << std::left << std::setw(6) << "CODE" << std::setw(static_cast<int>(name_w) + 2) << "NAME" << std::setw(9)
        << "SEVERITY" << std::setw(4) << "FIX" << "SUMMARY\n";
    for (const auto& r : cat.rules()) {
        const Severity now = config.setting(r).severity;
        // A severity the configuration changed is marked with `*` (the default is in `cablelint rule CODE`).
        const std::string severity = std::string(severity_name(now)) + (now != r.severity ? "*" : "");
        out << std::left << std::setw(6) << r.code << std::setw(static_cast<int>(name_w) + 2) << r.name << std::setw(9)
            << severity << std::setw(4) << fix_mark(r) << r.summary << "\n";
    }
    out << "\nFIX: * a safe fix (--fix), (*) an unsafe one (--unsafe-fixes).\n";
    // A safe fix that is unsafe in some cases says which.
    for (const auto& r : cat.rules())
        if (!r.fix_unsafe_when.empty()) out << "     " << r.code << "'s fix is unsafe when " << r.fix_unsafe_when << ".\n";
    if (!config.files().empty()) {
        out << "SEVERITY: * set by the configuration:";
        for (const auto& f : config.files()) out << " " << f;
        out << "\n";
    }
    return 0;
}

int explain_rule(const Config& config, const std::string& key, std::ostream& out, std::ostream& err) {
    const Catalogue& cat = config.catalogue();
    const RuleInfo* r = cat.find(key);
    if (r == nullptr) {
        const std::string s = cat.suggest(key);
        err << "cablelint: unknown rule `" << key << "`" << (s.empty() ? "" : " (did you mean " + s + "?)") << "\n";
        return 2;
    }
    if (!r->docs.empty()) {
        out << r->docs;
        if (r->docs.back() != '\n') out << "\n";
        print_explains(cat, *r, out);
        const RuleSetting& s = config.setting(*r);
        if (s.severity != r->severity || !config.files().empty())
            out << "\n## In this configuration\n\nSeverity " << severity_name(s.severity) << "; options "
                << flow(s.options) << (config.files().empty() ? "" : " (" + config.files().back() + ")") << ".\n";
    } else {
        // A custom rule: its definition is its explanation.
        out << "# " << r->code << " " << r->name << "\n\n**Default severity:** " << severity_name(r->severity)
            << " · **Kind:** " << r->kind << (r->custom ? " (custom rule)" : "") << "\n\n";
        if (!r->summary.empty()) out << r->summary << "\n\n";
        out << "```yaml\n" << YAML::Dump(r->spec) << "\n```\n";
    }
    return 0;
}


int show_settings(const Config& config, const fs::path& file, const std::string& walk, bool as_json, std::ostream& out) {
    std::vector<std::string> ignored;
    for (const RuleInfo& r : config.catalogue().rules())
        if (config.ignored(r.code, file)) ignored.push_back(r.code);
    const bool included = walk == "yes";
    if (as_json) {
        json rules = json::array();
        for (const auto& r : config.catalogue().rules()) rules.push_back(rule_json(config, r));
        const json j = {{"file", file.string()},         {"configFiles", config.files()},
                        {"included", included},          {"walk", walk},
                        {"include", config.include_globs()},
                        {"exclude", config.exclude_globs()}, {"ignoredRules", ignored},
                        {"rules", rules}};
        out << j.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
        return 0;
    }
    out << "Settings for " << file.string() << "\n\nConfig files (a later one overrides an earlier one):\n";
    if (config.files().empty()) out << "  none: the built-in defaults\n";
    for (const auto& f : config.files()) out << "  " << f << "\n";
    auto globs = [](const std::vector<std::string>& g) {
        std::string s;
        for (const auto& x : g) s += (s.empty() ? "" : ", ") + x;
        return s.empty() ? std::string("none") : s;
    };
    out << "\nLinted in a directory walk: " << walk << " (include " << globs(config.include_globs())
        << "; exclude " << globs(config.exclude_globs()) << ")\n";
    out << "Rules ignored for this file (per-file-ignores): " << globs(ignored) << "\n\n";
    std::size_t name_w = 4;
    for (const auto& r : config.catalogue().rules()) name_w = std::max(name_w, r.name.size());
    out << std::left << std::setw(6) << "CODE" << std::setw(static_cast<int>(name_w) + 2) << "NAME" << std::setw(9)
        << "SEVERITY" << std::setw(9) << "DEFAULT" << "OPTIONS\n";
    for (const auto& r : config.catalogue().rules()) {
        const RuleSetting& s = config.setting(r);
        out << std::left << std::setw(6) << r.code << std::setw(static_cast<int>(name_w) + 2) << r.name << std::setw(9)
            << severity_name(s.severity) << std::setw(9) << (r.custom ? "custom" : severity_name(r.severity))
            << flow(s.options) << "\n";
    }
    return 0;
}

}  // namespace cablelint
