#include "config.hpp"

#include <fnmatch.h>

#include <fstream>
#include <mutex>
#include <sstream>

#include <re2/re2.h>

#include "check.hpp"
#include "fields.hpp"
#include "util.hpp"

namespace cablelint {

namespace fs = std::filesystem;

ConfigError::ConfigError(std::string f, int l, int c, const std::string& message)
    : std::runtime_error(message), file(std::move(f)), line(l), column(c) {}

namespace {

ConfigError at(const std::string& file, const YAML::Node& n, const std::string& message) {
    const YAML::Mark m = n.Mark();
    return ConfigError(file, m.is_null() ? 0 : m.line + 1, m.is_null() ? 0 : m.column + 1, message);
}

YAML::Node load_yaml(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ConfigError(file.string(), 0, 0, "cannot read the config file");
    std::ostringstream ss;
    ss << in.rdbuf();
    try {
        return YAML::Load(ss.str());
    } catch (const YAML::ParserException& e) {
        throw ConfigError(file.string(), e.mark.line + 1, e.mark.column + 1, e.msg);
    }
}

std::vector<YAML::Node> as_list(const YAML::Node& n) {
    std::vector<YAML::Node> out;
    if (!n) return out;
    if (n.IsSequence()) {
        for (const auto& e : n) out.push_back(e);
    } else {
        out.push_back(n);
    }
    return out;
}

// Merge b's keys into a (options maps).
YAML::Node merged(const YAML::Node& a, const YAML::Node& b) {
    YAML::Node out = YAML::Clone(a ? a : YAML::Node(YAML::NodeType::Map));
    if (b && b.IsMap()) {
        for (const auto& kv : b) out[kv.first.as<std::string>()] = YAML::Clone(kv.second);
    }
    return out;
}

bool glob_match(const std::string& pattern, const fs::path& path) {
    const std::string p = path.generic_string();
    if (fnmatch(pattern.c_str(), p.c_str(), 0) == 0) return true;
    // A pattern without a slash also matches the file name alone.
    return pattern.find('/') == std::string::npos && fnmatch(pattern.c_str(), path.filename().c_str(), 0) == 0;
}

// A custom rule's parameters must fit its kind: fail at load time, not while linting.
void validate_custom_rule(const std::string& file, const YAML::Node& e) {
    const std::string kind = e["kind"] ? e["kind"].as<std::string>() : "";
    if (kind.empty() || kind == "builtin") throw at(file, e, "a custom rule needs a `kind` (required, pattern, forbidden, vocabulary or equal)");
    if (find_kind(kind) == nullptr) {
        throw at(file, e["kind"], "unknown rule kind `" + kind + "` (use required, pattern, forbidden, vocabulary or equal)");
    }
    for (const char* key : {"field", "other"}) {
        if (e[key]) {
            const std::string f = e[key].as<std::string>();
            if (!known_field(f)) throw at(file, e[key], "unknown field `" + f + "` (docs/configuration.md lists the fields)");
        }
    }
    if (!e["field"] && kind != "forbidden") throw at(file, e, "a `" + kind + "` rule needs a `field`");
    if (kind == "equal" && !e["other"]) throw at(file, e, "an `equal` rule needs an `other` field");
    if ((kind == "pattern" || kind == "forbidden") && !e["pattern"]) throw at(file, e, "a `" + kind + "` rule needs a `pattern`");
    if (e["pattern"]) {
        RE2 re(e["pattern"].as<std::string>(), RE2::Quiet);
        if (!re.ok()) throw at(file, e["pattern"], "invalid regular expression: " + re.error());
    }
    if (kind == "vocabulary" && !e["list"] && !e["values"]) throw at(file, e, "a `vocabulary` rule needs `list` or `values`");
    if (e["when"]) {
        for (const auto& w : as_list(e["when"])) {
            if (!known_condition(w.as<std::string>()))
                throw at(file, w, "unknown condition `" + w.as<std::string>() + "` (docs/configuration.md lists them)");
        }
    }
}

}  // namespace

std::shared_ptr<const Config> Config::defaults() {
    static const std::shared_ptr<const Config> d = [] {
        auto c = std::make_shared<Config>();
        c->catalogue_ = builtin_catalogue();
        c->vocab_ = builtin_vocabularies();
        for (const RuleInfo& r : c->catalogue_.rules()) c->settings_[r.code] = RuleSetting{r.severity, r.options};
        return c;
    }();
    return d;
}

std::shared_ptr<const Config> Config::load(const fs::path& file) {
    const YAML::Node root = load_yaml(file);
    auto c = std::make_shared<Config>(*defaults());
    c->detach();
    c->origin_ = file.string();
    c->dir_ = fs::absolute(file).parent_path();
    c->apply(root, file.string(), c->dir_, 0);
    return c;
}

std::shared_ptr<const Config> Config::parse(const std::string& text, const std::string& name, const fs::path& base_dir) {
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::ParserException& e) {
        throw ConfigError(name, e.mark.line + 1, e.mark.column + 1, e.msg);
    }
    auto c = std::make_shared<Config>(*defaults());
    c->detach();
    c->origin_ = name;
    c->dir_ = base_dir;
    c->apply(root, name, base_dir, 0);
    return c;
}

void Config::apply(const YAML::Node& root, const std::string& file, const fs::path& dir, int depth) {
    if (!root || root.IsNull()) return;
    if (!root.IsMap()) throw at(file, root, "a config file is a map of settings (extends, rules, custom-rules, …)");
    if (depth > 8) throw at(file, root, "`extends` goes more than 8 levels deep (a cycle?)");
    static const std::set<std::string> keys = {"extends",         "rules", "custom-rules", "per-file-ignores",
                                               "vocabularies", "include", "exclude"};
    for (const auto& kv : root) {
        const std::string k = kv.first.as<std::string>();
        if (!keys.count(k)) throw at(file, kv.first, "unknown setting `" + k + "`");
    }
    // extends: settings of the base files first, this file's on top.
    for (const auto& e : as_list(root["extends"])) {
        const fs::path base = dir / e.as<std::string>();
        if (!fs::exists(base)) throw at(file, e, "`extends` names a file that does not exist: " + base.string());
        apply(load_yaml(base), base.string(), fs::absolute(base).parent_path(), depth + 1);
    }
    if (root["vocabularies"]) {
        if (!root["vocabularies"].IsMap()) throw at(file, root["vocabularies"], "`vocabularies` maps list names to {words, replace}");
        for (const auto& kv : root["vocabularies"]) {
            YAML::Node v = kv.second;
            if (v.IsSequence()) {
                YAML::Node wrapped;
                wrapped["words"] = v;
                v = wrapped;
            }
            if (v["file"]) {
                const fs::path data = dir / v["file"].as<std::string>();
                if (!fs::exists(data)) throw at(file, v["file"], "vocabulary file does not exist: " + data.string());
                YAML::Node loaded = load_yaml(data);
                if (v["replace"]) loaded["replace"] = v["replace"];
                v = loaded;
            }
            if ((!v["words"] || !v["words"].IsSequence()) && (!v["map"] || !v["map"].IsMap()))
                throw at(file, kv.second, "a vocabulary needs a `words` list (or a `map`)");
            vocab_.load(kv.first.as<std::string>(), v);
        }
    }
    for (const auto& e : as_list(root["custom-rules"])) {
        validate_custom_rule(file, e);
        try {
            catalogue_.add(e, true);
        } catch (const ConfigError& ce) {
            throw ConfigError(file, ce.line, ce.column, ce.what());
        }
        const RuleInfo& r = *catalogue_.find(e["code"].as<std::string>());
        settings_[r.code] = RuleSetting{r.severity, r.options};
    }
    catalogue_.sort();
    if (root["rules"]) {
        if (!root["rules"].IsMap()) throw at(file, root["rules"], "`rules` maps rule codes or names to a severity");
        for (const auto& kv : root["rules"]) {
            const std::string key = kv.first.as<std::string>();
            const RuleInfo* r = catalogue_.find(key);
            if (r == nullptr) {
                const std::string s = catalogue_.suggest(key);
                throw at(file, kv.first, "unknown rule `" + key + "`" + (s.empty() ? "" : " (did you mean " + s + "?)"));
            }
            RuleSetting& setting = settings_[r->code];
            const YAML::Node v = kv.second;
            YAML::Node sev = v.IsMap() ? v["severity"] : v;
            if (sev) {
                const auto parsed = parse_severity(sev.as<std::string>());
                if (!parsed) throw at(file, sev, "unknown severity `" + sev.as<std::string>() + "` (use off, info, warning or error)");
                setting.severity = *parsed;
            }
            if (v.IsMap() && v["options"]) {
                if (!v["options"].IsMap()) throw at(file, v["options"], "`options` must be a map");
                for (const auto& o : v["options"]) {
                    const std::string ok = o.first.as<std::string>();
                    if (!r->options[ok]) throw at(file, o.first, "rule " + r->code + " has no option `" + ok + "`");
                }
                setting.options.reset(merged(setting.options, v["options"]));   // reset: never write into a shared node
            }
            if (v.IsMap()) {
                for (const auto& o : v) {
                    const std::string ok = o.first.as<std::string>();
                    if (ok != "severity" && ok != "options") throw at(file, o.first, "unknown key `" + ok + "` (use severity and options)");
                }
            }
        }
    }
    if (root["per-file-ignores"]) {
        if (!root["per-file-ignores"].IsMap()) throw at(file, root["per-file-ignores"], "`per-file-ignores` maps globs to lists of rules");
        for (const auto& kv : root["per-file-ignores"]) {
            std::vector<std::string> codes;
            for (const auto& c : as_list(kv.second)) {
                const RuleInfo* r = catalogue_.find(c.as<std::string>());
                if (r == nullptr) {
                    const std::string s = catalogue_.suggest(c.as<std::string>());
                    throw at(file, c, "unknown rule `" + c.as<std::string>() + "`" + (s.empty() ? "" : " (did you mean " + s + "?)"));
                }
                codes.push_back(r->code);
            }
            per_file_ignores_.emplace_back(kv.first.as<std::string>(), codes);
        }
    }
    if (root["include"]) {
        include_.clear();
        for (const auto& g : as_list(root["include"])) include_.push_back(g.as<std::string>());
    }
    for (const auto& g : as_list(root["exclude"])) exclude_.push_back(g.as<std::string>());
}

// yaml-cpp nodes are references: give this config its own copies of the option maps before changing them.
void Config::detach() {
    for (auto& [code, s] : settings_) s.options.reset(YAML::Clone(s.options));
}

const RuleSetting& Config::setting(const RuleInfo& rule) const {
    static const RuleSetting off{Severity::off, YAML::Node(YAML::NodeType::Map)};
    auto it = settings_.find(rule.code);
    return it == settings_.end() ? off : it->second;
}

static fs::path relative_to(const fs::path& file, const fs::path& dir) {
    if (dir.empty()) return file;
    std::error_code ec;
    const fs::path abs = fs::absolute(file, ec);
    const fs::path rel = abs.lexically_relative(dir);
    return rel.empty() ? file : rel;
}

bool Config::ignored(const std::string& code, const fs::path& file) const {
    if (per_file_ignores_.empty()) return false;
    const fs::path rel = relative_to(file, dir_);
    for (const auto& [glob, codes] : per_file_ignores_) {
        if (std::find(codes.begin(), codes.end(), code) != codes.end() && glob_match(glob, rel)) return true;
    }
    return false;
}

bool Config::included(const fs::path& file) const {
    const fs::path rel = relative_to(file, dir_);
    for (const auto& g : exclude_) {
        if (glob_match(g, rel)) return false;
    }
    for (const auto& g : include_) {
        if (glob_match(g, rel)) return true;
    }
    return false;
}

// ---- ConfigResolver -----------------------------------------------------------------------------------------

struct ConfigResolver::Impl {
    std::optional<fs::path> explicit_config;
    bool no_config = false;
    std::mutex mutex;
    std::map<fs::path, std::shared_ptr<const Config>> by_file;   // config file → loaded config
    std::map<fs::path, fs::path> dir_to_file;                     // directory → config file ("" = none)
    std::shared_ptr<const Config> explicit_loaded;
};

ConfigResolver::ConfigResolver(std::optional<fs::path> explicit_config, bool no_config)
    : impl_(std::make_shared<Impl>()) {
    impl_->explicit_config = std::move(explicit_config);
    impl_->no_config = no_config;
}

std::shared_ptr<const Config> ConfigResolver::for_file(const fs::path& file) {
    std::lock_guard<std::mutex> lock(impl_->mutex);
    if (impl_->no_config) return Config::defaults();
    if (impl_->explicit_config) {
        if (!impl_->explicit_loaded) impl_->explicit_loaded = Config::load(*impl_->explicit_config);
        return impl_->explicit_loaded;
    }
    std::error_code ec;
    fs::path dir = fs::absolute(file, ec).parent_path();
    std::vector<fs::path> visited;
    fs::path found;
    for (fs::path d = dir;; d = d.parent_path()) {
        auto it = impl_->dir_to_file.find(d);
        if (it != impl_->dir_to_file.end()) {
            found = it->second;
            break;
        }
        visited.push_back(d);
        if (fs::exists(d / ".cablelint.yaml", ec)) {
            found = d / ".cablelint.yaml";
            break;
        }
        if (d == d.parent_path()) break;
    }
    for (const auto& d : visited) impl_->dir_to_file[d] = found;
    if (found.empty()) return Config::defaults();
    auto it = impl_->by_file.find(found);
    if (it != impl_->by_file.end()) return it->second;
    auto loaded = Config::load(found);
    impl_->by_file[found] = loaded;
    return loaded;
}

}  // namespace cablelint
