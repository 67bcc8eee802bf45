#include "config.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <set>
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

// A path as the directories it lies in, for walking up and for relative globs: "../b/x.txt" from /w/a is
// /w/b/x.txt, not /w/a/../b/x.txt (whose parent's parent is /w/a).
fs::path absolute_normal(const fs::path& p) {
    std::error_code ec;
    const fs::path abs = fs::absolute(p, ec);
    return (ec ? p : abs).lexically_normal();
}

ConfigError at(const std::string& file, const YAML::Node& n, const std::string& message) {
    const YAML::Mark m = n.Mark();
    return ConfigError(file, m.is_null() ? 0 : m.line + 1, m.is_null() ? 0 : m.column + 1, message);
}

// yaml-cpp keeps both entries of a key written twice in a map, and a reader then sees one or the other: a mistake
// that must not pass silently. Walked with a stack, each node once (by its place in the text): aliases can make the
// node graph shared, deep or cyclic (`b: &b [*a, &a x, *b]`), which a recursion would follow for ever.
void reject_duplicate_keys(const std::string& file, const YAML::Node& root) {
    std::vector<YAML::Node> todo = {root};
    std::set<int> visited;   // Mark().pos of the collections walked
    while (!todo.empty()) {
        const YAML::Node n = todo.back();
        todo.pop_back();
        if (!n.IsSequence() && !n.IsMap()) continue;
        if (!visited.insert(n.Mark().pos).second) continue;
        if (n.IsSequence()) {
            for (const auto& e : n) todo.push_back(e);
            continue;
        }
        std::map<std::string, int> seen;   // key → its line
        for (const auto& kv : n) {
            if (kv.first.IsScalar()) {
                const auto [it, added] = seen.emplace(kv.first.Scalar(), kv.first.Mark().line + 1);
                if (!added)
                    throw at(file, kv.first, "`" + kv.first.Scalar() + "` is written twice in this map (first on line " +
                                                 std::to_string(it->second) + ")");
            }
            todo.push_back(kv.second);
        }
    }
}

// A config's YAML text (named `name` in errors), checked for keys written twice.
YAML::Node parse_yaml(const std::string& text, const std::string& name) {
    YAML::Node root;
    try {
        root = YAML::Load(text);
    } catch (const YAML::ParserException& e) {
        throw ConfigError(name, e.mark.line + 1, e.mark.column + 1, e.msg);
    }
    reject_duplicate_keys(name, root);
    return root;
}

YAML::Node load_yaml(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw ConfigError(file.string(), 0, 0, "cannot read the config file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return parse_yaml(ss.str(), file.string());
}

// yaml-cpp throws when a node is read as another type than it has, and an uncaught throw ends the program: every
// read of a user's config goes through these, which answer a located ConfigError instead.
std::string type_name(const YAML::Node& n) {
    if (!n || n.IsNull()) return "empty";
    if (n.IsSequence()) return "a list";
    if (n.IsMap()) return "a map";
    return "`" + n.Scalar() + "`";
}

std::string scalar(const std::string& file, const YAML::Node& n, std::string_view what) {
    if (!n.IsScalar()) throw at(file, n, std::string(what) + " must be a single value, not " + type_name(n));
    return n.Scalar();
}

// A rule option's value against what the catalogue says it accepts (RuleInfo::option_values): one of its words, or a
// whole number not below its minimum.
void check_option_value(const std::string& file, const RuleInfo& r, const std::string& key, const YAML::Node& value) {
    const YAML::Node& accepted_all = r.option_values;
    const YAML::Node accepted = accepted_all[key];
    if (!accepted) return;
    const std::string what = "option `" + key + "` of " + r.code;
    const std::string v = scalar(file, value, what);
    if (accepted.IsSequence()) {
        std::vector<std::string> words;
        for (const auto& w : accepted) words.push_back(w.as<std::string>());
        if (std::find(words.begin(), words.end(), v) != words.end()) return;
        std::string list;
        for (const std::string& w : words) list += (list.empty() ? "" : ", ") + w;
        const std::string s = closest(v, words);
        throw at(file, value, what + " must be one of " + list + ", not `" + v + "`" +
                                  (s.empty() ? "" : " (did you mean " + s + "?)"));
    }
    long n = 0;
    if (!YAML::convert<long>::decode(value, n)) throw at(file, value, what + " must be a whole number, not `" + v + "`");
    if (const YAML::Node min = accepted["min"]; min && n < min.as<long>())
        throw at(file, value, what + " must be at least " + min.as<std::string>() + ", not " + v);
}

void expect_map(const std::string& file, const YAML::Node& n, std::string_view what) {
    if (!n.IsMap()) throw at(file, n, std::string(what) + " must be a map, not " + type_name(n));
}

bool boolean(const std::string& file, const YAML::Node& n, std::string_view what) {
    bool b = false;
    if (!n.IsScalar() || !YAML::convert<bool>::decode(n, b))
        throw at(file, n, std::string(what) + " must be true or false, not " + type_name(n));
    return b;
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
        for (const auto& kv : b) out[kv.first.Scalar()] = YAML::Clone(kv.second);   // keys checked by apply()
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
    expect_map(file, e, "a custom rule");
    // Each key's type, before anything reads it (the kinds read their parameters while linting).
    static const std::set<std::string, std::less<>> scalars = {"code",  "name",  "kind",    "severity", "summary",
                                                               "message", "field", "other", "pattern", "list", "relation"};
    static const std::set<std::string, std::less<>> lists = {"values", "when", "normalize"};
    for (const auto& kv : e) {
        const std::string key = scalar(file, kv.first, "a custom rule's key");
        if (scalars.count(key)) {
            scalar(file, kv.second, "`" + key + "`");
        } else if (lists.count(key)) {
            for (const auto& v : as_list(kv.second)) scalar(file, v, "an entry of `" + key + "`");
        } else if (key == "messages" || key == "options" || key == "option_values") {
            expect_map(file, kv.second, "`" + key + "`");
            for (const auto& m : kv.second) {
                scalar(file, m.first, "a key of `" + key + "`");
                if (key == "messages") scalar(file, m.second, "a message");
            }
        } else if (key.starts_with("fix")) {
            // The generic kinds make no fixes: a custom rule listed as fixable would promise what --fix never does.
            throw at(file, kv.first, "a custom rule has no fix: its kind reports, it does not edit (remove `" + key + "`)");
        } else {
            // A misspelt parameter would otherwise be ignored, and the rule would check something else than meant.
            std::string best;
            std::size_t best_d = 3;   // at most two edits away
            for (const auto* known : {&scalars, &lists}) {
                for (const std::string& k : *known) {
                    if (const std::size_t d = edit_distance(key, k); d < best_d) best_d = d, best = k;
                }
            }
            throw at(file, kv.first, "unknown key `" + key + "` in a custom rule" +
                                         (best.empty() ? std::string(" (docs/configuration.md lists the keys)") : " (did you mean `" + best + "`?)"));
        }
    }
    const std::string kind = e["kind"] ? e["kind"].Scalar() : "";
    if (kind.empty() || kind == "builtin") throw at(file, e, "a custom rule needs a `kind` (required, pattern, forbidden, vocabulary or equal)");
    if (find_kind(kind) == nullptr) {
        throw at(file, e["kind"], "unknown rule kind `" + kind + "` (use required, pattern, forbidden, vocabulary or equal)");
    }
    for (const char* key : {"field", "other"}) {
        if (e[key]) {
            const std::string f = e[key].Scalar();
            if (!known_field(f)) throw at(file, e[key], "unknown field `" + f + "` (docs/configuration.md lists the fields)");
        }
    }
    if (!e["field"] && kind != "forbidden") throw at(file, e, "a `" + kind + "` rule needs a `field`");
    if (kind == "equal" && !e["other"]) throw at(file, e, "an `equal` rule needs an `other` field");
    if ((kind == "pattern" || kind == "forbidden") && !e["pattern"]) throw at(file, e, "a `" + kind + "` rule needs a `pattern`");
    if (e["pattern"]) {
        RE2 re(e["pattern"].Scalar(), RE2::Quiet);
        if (!re.ok()) throw at(file, e["pattern"], "invalid regular expression: " + re.error());
    }
    if (kind == "vocabulary" && !e["list"] && !e["values"]) throw at(file, e, "a `vocabulary` rule needs `list` or `values`");
    if (e["when"]) {
        for (const auto& w : as_list(e["when"])) {
            if (!known_condition(w.Scalar()))
                throw at(file, w, "unknown condition `" + w.Scalar() + "` (docs/configuration.md lists them)");
        }
    }
    if (e["normalize"]) {
        if (kind != "equal") throw at(file, e["normalize"], "`normalize` is a parameter of `equal` rules, not of `" + kind + "` ones");
        const std::vector<std::string> ways = {"case", "space", "alnum"};
        for (const auto& n : as_list(e["normalize"])) {
            if (std::find(ways.begin(), ways.end(), n.Scalar()) != ways.end()) continue;
            const std::string s = closest(n.Scalar(), ways);
            throw at(file, n, "unknown normalization `" + n.Scalar() + "` (use case, space or alnum" +
                                  (s.empty() ? std::string(")") : "; did you mean " + s + "?)"));
        }
    }
    // A custom rule's name is written like the built-in ones: kebab-case, so that `--select` and configs can use it.
    if (e["name"]) {
        const std::string name = e["name"].Scalar();
        static const RE2 kebab("[a-z0-9]+(-[a-z0-9]+)*");
        if (!RE2::FullMatch(name, kebab))
            throw at(file, e["name"], "rule name `" + name + "` is not kebab-case (lower-case words joined by -, like sipdis-required)");
    }
    // The placeholders of its messages are those its kind fills: a misspelt one would be printed as it is.
    std::vector<std::string> fills = {"field", "pattern"};
    if (kind != "required") fills.push_back("value");
    if (kind == "vocabulary") fills.push_back("list");
    if (kind == "equal") fills.insert(fills.end(), {"other", "other_value"});
    auto check_placeholders = [&](const YAML::Node& message) {
        static const RE2 placeholder("\\{([A-Za-z_]+)\\}");
        re2::StringPiece rest(message.Scalar());
        std::string name;
        while (RE2::FindAndConsume(&rest, placeholder, &name)) {
            if (std::find(fills.begin(), fills.end(), name) != fills.end()) continue;
            std::string known;
            for (const std::string& f : fills) known += (known.empty() ? "{" : ", {") + f + "}";
            const std::string s = closest(name, fills);
            throw at(file, message, "placeholder `{" + name + "}` is not one a `" + kind + "` rule fills (" + known +
                                        (s.empty() ? std::string(")") : "; did you mean {" + s + "}?)"));
        }
    };
    if (e["message"]) check_placeholders(e["message"]);
    if (e["messages"])
        for (const auto& m : e["messages"]) check_placeholders(m.second);
}

// A vocabulary as a config (or the data file it names) gives it: {words: [...], map: {...}, replace: bool, orders: [...]}.
void validate_vocabulary(const std::string& file, const YAML::Node& v) {
    expect_map(file, v, "a vocabulary");
    if (v["replace"]) boolean(file, v["replace"], "`replace`");
    if (v["file"]) scalar(file, v["file"], "`file`");
    if (v["words"]) {
        if (!v["words"].IsSequence()) throw at(file, v["words"], "`words` must be a list, not " + type_name(v["words"]));
        for (const auto& w : v["words"]) {
            if (w.IsMap()) {
                if (!w["word"]) throw at(file, w, "a word entry that is a map needs a `word`");
                scalar(file, w["word"], "`word`");
            } else {
                scalar(file, w, "a word");
            }
        }
    }
    if (v["map"]) {
        expect_map(file, v["map"], "`map`");
        for (const auto& kv : v["map"]) {
            scalar(file, kv.first, "a key of `map`");
            scalar(file, kv.second, "a value of `map`");
        }
    }
    if (v["orders"]) {
        if (!v["orders"].IsSequence()) throw at(file, v["orders"], "`orders` must be a list, not " + type_name(v["orders"]));
        for (const auto& o : v["orders"]) {
            expect_map(file, o, "an order");
            if (!o["eo"]) throw at(file, o, "an order needs its number (`eo`)");
            scalar(file, o["eo"], "`eo`");
            for (const char* key : {"from", "to"}) {
                if (!o[key] || o[key].IsNull()) continue;
                const std::string d = scalar(file, o[key], std::string("`") + key + "`");
                const bool iso = d.size() == 10 && d[4] == '-' && d[7] == '-' &&
                                 std::all_of(d.begin(), d.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '-'; });
                if (!iso) throw at(file, o[key], std::string("`") + key + "` must be a date YYYY-MM-DD, not `" + d + "`");
            }
        }
    }
}

}  // namespace

std::shared_ptr<const Config> Config::defaults() {
    // Never destroyed, as the built-in catalogue and vocabularies it shares.
    static const auto* d = new std::shared_ptr<const Config>([] {
        auto c = std::make_shared<Config>();
        c->catalogue_ = builtin_catalogue_ptr();   // shared: copied on the first change (own_catalogue)
        c->vocab_ = builtin_vocabularies_ptr();
        for (const RuleInfo& r : c->catalogue_->rules()) c->settings_[r.code] = RuleSetting{r.severity, r.options};
        return std::shared_ptr<const Config>(std::move(c));
    }());
    return *d;
}

std::shared_ptr<const Config> Config::load(const fs::path& file) {
    const YAML::Node root = load_yaml(file);
    auto c = std::make_shared<Config>(*defaults());
    c->detach();
    c->origin_ = file.string();
    c->dir_ = absolute_normal(file).parent_path();
    c->apply_checked(root, file.string(), c->dir_);
    return c;
}

std::shared_ptr<const Config> Config::parse(const std::string& text, const std::string& name, const fs::path& base_dir) {
    const YAML::Node root = parse_yaml(text, name);
    auto c = std::make_shared<Config>(*defaults());
    c->detach();
    c->origin_ = name;
    c->dir_ = base_dir;
    c->apply_checked(root, name, base_dir);
    return c;
}

// The validators above locate every type mismatch they know of; a yaml-cpp exception that still escapes (a read
// they miss) is located at its node too, so that a config never ends the program.
void Config::apply_checked(const YAML::Node& root, const std::string& file, const fs::path& dir) {
    try {
        apply(root, file, dir, 0);
    } catch (const YAML::Exception& e) {
        throw ConfigError(file, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1,
                          "unexpected value: " + e.msg);
    }
    // A vocabulary rule's `list` names a built-in list or one of the config's `vocabularies` (from any of its files):
    // an unknown name would check every value against an empty list.
    for (const auto& [name, where] : list_uses_) {
        if (vocab_->list(name) != nullptr) continue;
        std::vector<std::string> names;
        for (const auto& l : vocab_->lists) names.push_back(l.first);
        const std::string s = closest(name, names);
        throw ConfigError(where.file, where.line, where.column,
                          "unknown vocabulary `" + name + "` (a list of rules/data or of `vocabularies:`" +
                              (s.empty() ? std::string(")") : "; did you mean " + s + "?)"));
    }
    list_uses_.clear();
}

void Config::apply(const YAML::Node& root, const std::string& file, const fs::path& dir, int depth) {
    if (!root || root.IsNull()) return;
    if (!root.IsMap()) throw at(file, root, "a config file is a map of settings (extends, rules, custom-rules, …)");
    if (depth > 8) throw at(file, root, "`extends` goes more than 8 levels deep (a cycle?)");
    static const std::set<std::string> keys = {"extends",         "rules", "custom-rules", "per-file-ignores",
                                               "vocabularies", "include", "exclude"};
    for (const auto& kv : root) {
        const std::string k = scalar(file, kv.first, "a setting's name");
        if (!keys.count(k)) throw at(file, kv.first, "unknown setting `" + k + "`");
    }
    // extends: settings of the base files first, this file's on top.
    for (const auto& e : as_list(root["extends"])) {
        const fs::path base = dir / scalar(file, e, "an `extends` entry");
        if (!fs::exists(base)) throw at(file, e, "`extends` names a file that does not exist: " + base.string());
        apply(load_yaml(base), base.string(), absolute_normal(base).parent_path(), depth + 1);
    }
    files_.push_back(file);
    if (root["vocabularies"]) {
        if (!root["vocabularies"].IsMap()) throw at(file, root["vocabularies"], "`vocabularies` maps list names to {words, replace}");
        for (const auto& kv : root["vocabularies"]) {
            const std::string name = scalar(file, kv.first, "a vocabulary's name");
            YAML::Node v = kv.second;
            if (v.IsSequence()) {
                YAML::Node wrapped;
                wrapped["words"] = v;
                v = wrapped;
            }
            validate_vocabulary(file, v);
            if (v["file"]) {
                const fs::path data = dir / v["file"].Scalar();
                if (!fs::exists(data)) throw at(file, v["file"], "vocabulary file does not exist: " + data.string());
                YAML::Node loaded = load_yaml(data);
                validate_vocabulary(data.string(), loaded);
                if (v["replace"]) loaded["replace"] = v["replace"];
                v = loaded;
            }
            if ((!v["words"] || !v["words"].IsSequence()) && (!v["map"] || !v["map"].IsMap()))
                throw at(file, kv.second, "a vocabulary needs a `words` list (or a `map`)");
            own_vocabularies().load(name, v);
        }
    }
    for (const auto& e : as_list(root["custom-rules"])) {
        validate_custom_rule(file, e);
        if (e["list"]) list_uses_.emplace_back(e["list"].Scalar(), at(file, e["list"], ""));
        try {
            own_catalogue().add(e, true);
        } catch (const ConfigError& ce) {
            throw ConfigError(file, ce.line, ce.column, ce.what());
        }
        const RuleInfo& r = *catalogue_->find(e["code"].Scalar());
        settings_[r.code] = RuleSetting{r.severity, r.options};
    }
    if (root["custom-rules"]) own_catalogue().sort();
    if (root["rules"]) {
        if (!root["rules"].IsMap()) throw at(file, root["rules"], "`rules` maps rule codes or names to a severity");
        std::map<std::string, std::pair<std::string, int>> set_here;   // code → the key that set it, its line
        for (const auto& kv : root["rules"]) {
            const std::string key = scalar(file, kv.first, "a rule's code or name");
            const RuleInfo* r = catalogue_->find(key);
            if (r == nullptr) {
                const std::string s = catalogue_->suggest(key);
                throw at(file, kv.first, "unknown rule `" + key + "`" + (s.empty() ? "" : " (did you mean " + s + "?)"));
            }
            // By its code and by its name: the same rule twice, one setting silently winning.
            if (const auto [it, added] = set_here.emplace(r->code, std::pair(key, kv.first.Mark().line + 1)); !added)
                throw at(file, kv.first, "rule " + r->code + " is set twice: as `" + it->second.first + "` on line " +
                                             std::to_string(it->second.second) + " and as `" + key + "` here");
            RuleSetting& setting = settings_[r->code];
            const YAML::Node v = kv.second;
            if (!v.IsMap() && !v.IsScalar())
                throw at(file, v, "a rule's setting is a severity or a map {severity, options}, not " + type_name(v));
            YAML::Node sev = v.IsMap() ? v["severity"] : v;
            if (sev) {
                const std::string text = scalar(file, sev, "`severity`");
                const auto parsed = parse_severity(text);
                if (!parsed) throw at(file, sev, "unknown severity `" + text + "` (use off, info, warning or error)");
                setting.severity = *parsed;
            }
            if (v.IsMap() && v["options"]) {
                if (!v["options"].IsMap()) throw at(file, v["options"], "`options` must be a map");
                for (const auto& o : v["options"]) {
                    const std::string ok = scalar(file, o.first, "an option's name");
                    if (!r->options[ok]) {
                        std::vector<std::string> names;
                        for (const auto& d : r->options) names.push_back(d.first.as<std::string>());
                        const std::string s = closest(ok, names);
                        throw at(file, o.first, "rule " + r->code + " has no option `" + ok + "`" +
                                                    (s.empty() ? "" : " (did you mean " + s + "?)"));
                    }
                    check_option_value(file, *r, ok, o.second);
                }
                setting.options.reset(merged(setting.options, v["options"]));   // reset: never write into a shared node
            }
            if (v.IsMap()) {
                for (const auto& o : v) {
                    const std::string ok = scalar(file, o.first, "a rule setting's key");
                    if (ok != "severity" && ok != "options") throw at(file, o.first, "unknown key `" + ok + "` (use severity and options)");
                }
            }
        }
    }
    if (root["per-file-ignores"]) {
        if (!root["per-file-ignores"].IsMap()) throw at(file, root["per-file-ignores"], "`per-file-ignores` maps globs to lists of rules");
        for (const auto& kv : root["per-file-ignores"]) {
            std::vector<std::string> codes;
            const std::string glob = scalar(file, kv.first, "a `per-file-ignores` glob");
            for (const auto& c : as_list(kv.second)) {
                const std::string code = scalar(file, c, "a rule in `per-file-ignores`");
                const RuleInfo* r = catalogue_->find(code);
                if (r == nullptr) {
                    const std::string s = catalogue_->suggest(code);
                    throw at(file, c, "unknown rule `" + code + "`" + (s.empty() ? "" : " (did you mean " + s + "?)"));
                }
                codes.push_back(r->code);
            }
            per_file_ignores_.emplace_back(glob, codes);
        }
    }
    if (root["include"]) {
        include_.clear();
        for (const auto& g : as_list(root["include"])) include_.push_back(scalar(file, g, "an `include` glob"));
    }
    for (const auto& g : as_list(root["exclude"])) exclude_.push_back(scalar(file, g, "an `exclude` glob"));
}

Catalogue& Config::own_catalogue() {
    if (catalogue_.use_count() > 1) catalogue_ = std::make_shared<Catalogue>(*catalogue_);
    return *catalogue_;
}

Vocabularies& Config::own_vocabularies() {
    if (vocab_.use_count() > 1) vocab_ = std::make_shared<Vocabularies>(*vocab_);
    return *vocab_;
}

// yaml-cpp nodes are references: give this config its own copies of the option maps before changing them.
void Config::detach() {
    for (auto& [code, s] : settings_) s.options.reset(YAML::Clone(s.options));
}

std::uint64_t ConfigIdentity::next() {
    static std::atomic<std::uint64_t> counter{0};
    return ++counter;
}

const RuleSetting& Config::setting(const RuleInfo& rule) const {
    static const RuleSetting off{Severity::off, YAML::Node(YAML::NodeType::Map)};
    auto it = settings_.find(rule.code);
    return it == settings_.end() ? off : it->second;
}

static fs::path relative_to(const fs::path& file, const fs::path& dir) {
    if (dir.empty()) return file;
    const fs::path rel = absolute_normal(file).lexically_relative(dir);
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

bool Config::excluded(const fs::path& file) const {
    const fs::path rel = relative_to(file, dir_);
    return std::any_of(exclude_.begin(), exclude_.end(), [&](const std::string& g) { return glob_match(g, rel); });
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
    const fs::path dir = absolute_normal(file).parent_path();
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
