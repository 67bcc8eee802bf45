#include "catalogue.hpp"

#include <algorithm>
#include <stdexcept>

#include "builtin_data.hpp"
#include "config.hpp"
#include "embedded.hpp"
#include "util.hpp"

namespace cablelint {

namespace {
ConfigError entry_error(const YAML::Node& n, const std::string& msg) {
    const YAML::Mark m = n.Mark();
    return ConfigError("", m.line + 1, m.column + 1, msg);
}

}  // namespace

RuleInfo& RuleInfo::operator=(const RuleInfo& o) {
    if (this == &o) return *this;
    code = o.code;
    name = o.name;
    severity = o.severity;
    summary = o.summary;
    relation = o.relation;
    kind = o.kind;
    messages = o.messages;
    options.reset(o.options);
    option_values.reset(o.option_values);
    spec.reset(o.spec);
    docs = o.docs;
    explains = o.explains;
    fix = o.fix;
    fix_title = o.fix_title;
    fix_unsafe_when = o.fix_unsafe_when;
    custom = o.custom;
    return *this;
}

const char* when_name(Explains::When w) {
    switch (w) {
        case Explains::When::same_field: return "same-field";
        case Explains::When::field_cut: return "field-cut";
        case Explains::When::same_cable: return "same-cable";
    }
    return "";
}

const RuleInfo* Catalogue::find(std::string_view key) const {
    auto it = by_key_.find(key);   // a name, or a code as written
    if (it == by_key_.end()) it = by_key_.find(to_upper(key));
    if (it == by_key_.end()) return nullptr;
    const RuleInfo& r = rules_[it->second];
    return r.name == key || iequals(r.code, key) ? &r : nullptr;
}

void Catalogue::index(std::size_t i) {
    by_key_[rules_[i].code] = i;
    by_key_[rules_[i].name] = i;
}

std::string Catalogue::suggest(std::string_view unknown) const {
    std::string best;
    std::size_t best_d = 3;   // at most two edits away
    for (const RuleInfo& r : rules_) {
        for (const std::string* cand : {&r.code, &r.name}) {
            const std::size_t d = edit_distance(unknown, *cand);
            if (d < best_d) {
                best_d = d;
                best = *cand;
            }
        }
    }
    return best;
}

void Catalogue::add(const YAML::Node& e, bool custom) {
    if (!e.IsMap()) throw entry_error(e, "a rule must be a map with code, name, severity, message");
    RuleInfo r;
    r.custom = custom;
    r.spec = e;
    if (!e["code"] || !e["code"].IsScalar()) throw entry_error(e, "rule without a `code`");
    if (!e["name"] || !e["name"].IsScalar()) throw entry_error(e, "rule without a `name`");
    r.code = to_upper(e["code"].as<std::string>());
    r.name = e["name"].as<std::string>();
    if (r.code.size() < 2 || !std::isalpha(static_cast<unsigned char>(r.code[0])))
        throw entry_error(e["code"], "rule code `" + r.code + "` is not a letter followed by digits");
    for (const auto& [what, word, node] : {std::tuple{"code", r.code, e["code"]}, std::tuple{"name", r.name, e["name"]}}) {
        const RuleInfo* taken = find(word);
        if (taken == nullptr) continue;
        if (custom && !taken->custom)
            throw entry_error(node, std::string(what) + " `" + word + "` is taken by the built-in rule " + taken->code + " (" +
                                        taken->name + "): a custom rule needs its own");
        throw entry_error(node, "rule `" + r.code + "` (" + r.name + ") is defined twice");
    }
    const std::string sev = e["severity"] ? e["severity"].as<std::string>() : "warning";
    auto s = parse_severity(sev);
    if (!s) throw entry_error(e["severity"], "unknown severity `" + sev + "` (use off, info, warning or error)");
    r.severity = *s;
    r.summary = e["summary"] ? e["summary"].as<std::string>() : "";
    r.relation = e["relation"] ? e["relation"].as<std::string>() : "";
    r.kind = e["kind"] ? e["kind"].as<std::string>() : "builtin";
    if (e["message"]) r.messages["default"] = e["message"].as<std::string>();
    if (e["messages"]) {
        if (!e["messages"].IsMap()) throw entry_error(e["messages"], "`messages` must map variant names to texts");
        for (const auto& kv : e["messages"]) r.messages[kv.first.as<std::string>()] = kv.second.as<std::string>();
    }
    if (r.messages.find(std::string_view("default")) == r.messages.end()) {
        r.messages["default"] = r.summary.empty() ? r.name : r.summary;
    }
    r.options = e["options"] ? e["options"] : YAML::Node(YAML::NodeType::Map);
    r.option_values = e["option_values"] ? e["option_values"] : YAML::Node(YAML::NodeType::Map);
    const YAML::Node& accepted = r.option_values;
    for (const auto& kv : r.options) {
        const std::string key = kv.first.as<std::string>();
        if (!accepted[key]) throw entry_error(kv.first, "option `" + key + "` needs its `option_values`");
    }
    if (const YAML::Node fx = e["fix"]) {
        const std::string v = fx.IsScalar() ? fx.as<std::string>() : "";
        if (v == "safe") r.fix = RuleInfo::FixKind::safe;
        else if (v == "unsafe") r.fix = RuleInfo::FixKind::unsafe;
        else throw entry_error(fx, "`fix` is `safe` or `unsafe`");
        if (!custom && !e["fix_title"]) throw entry_error(fx, "a rule with a `fix` needs a `fix_title`");
    }
    r.fix_title = e["fix_title"] ? e["fix_title"].as<std::string>() : "";
    if (const YAML::Node w = e["fix_unsafe_when"]) {
        if (r.fix != RuleInfo::FixKind::safe) throw entry_error(w, "`fix_unsafe_when` goes with `fix: safe`");
        r.fix_unsafe_when = w.as<std::string>();
    }
    if (const YAML::Node ex = e["explains"]) {
        if (!ex.IsSequence()) throw entry_error(ex, "`explains` must be a list of {when, rules, why} entries");
        for (const auto& x : ex) {
            Explains one;
            const std::string when = x["when"] ? x["when"].as<std::string>() : "same-field";
            if (when == "same-field") one.when = Explains::When::same_field;
            else if (when == "field-cut") one.when = Explains::When::field_cut;
            else if (when == "same-cable") one.when = Explains::When::same_cable;
            else throw entry_error(x["when"], "unknown `when: " + when + "` (use same-field, field-cut or same-cable)");
            const YAML::Node rs = x["rules"];
            if (rs && rs.IsSequence()) {
                for (const auto& c : rs) one.rules.push_back({to_upper(c.as<std::string>()), ""});
            } else if (rs && rs.IsMap()) {
                for (const auto& kv : rs) one.rules.push_back({to_upper(kv.first.as<std::string>()), kv.second.as<std::string>()});
            } else {
                throw entry_error(x, "an `explains` entry needs `rules`: a list of codes (or, for field-cut, code: field)");
            }
            if (one.when == Explains::When::field_cut) {
                for (const auto& [code, field] : one.rules)
                    if (field.empty()) throw entry_error(rs, "`when: field-cut` maps each rule to the field it misses (E401: eo)");
            }
            one.why = x["why"] ? x["why"].as<std::string>() : "";
            r.explains.push_back(std::move(one));
        }
    }
    rules_.push_back(std::move(r));
    index(rules_.size() - 1);
}

void Catalogue::sort() {
    // Already sorted for the built-in catalogue (the build writes it in order): sorting would copy every rule twice.
    const auto by_code = [](const RuleInfo& a, const RuleInfo& b) { return a.code < b.code; };
    if (!std::is_sorted(rules_.begin(), rules_.end(), by_code)) std::sort(rules_.begin(), rules_.end(), by_code);
    by_key_.clear();
    for (std::size_t i = 0; i < rules_.size(); ++i) index(i);
}

void Catalogue::add_compiled(RuleInfo r) {
    rules_.push_back(std::move(r));
    index(rules_.size() - 1);
}

namespace {

// Attach each rule's docs page (docs/rules/<CODE>-<name>.md).
void attach_docs(Catalogue& c) {
    for (const EmbeddedFile& f : embedded_files()) {
        if (!f.path.starts_with("docs/rules/")) continue;
        const auto base = f.path.substr(std::string_view("docs/rules/").size());
        const std::string_view code = base.substr(0, base.find('-'));   // "D302-dtg-invalid.md": codes have no '-'
        for (auto& r : const_cast<std::vector<RuleInfo>&>(c.rules())) {
            if (r.code == code) r.docs = f.text;
        }
    }
}

}  // namespace

const std::shared_ptr<Catalogue>& builtin_catalogue_ptr() {
    // Never destroyed, as the built-in vocabularies (vocabulary.cpp): nothing to gain from freeing it at exit.
    static const auto* cat = new std::shared_ptr<Catalogue>([] {
        auto c = std::make_shared<Catalogue>();
        add_builtin_rules(*c);
        c->sort();
        attach_docs(*c);
        return c;
    }());
    return *cat;
}

Catalogue catalogue_from_yaml() {
    Catalogue c;
    for (const EmbeddedFile& f : embedded_files()) {
        if (!f.path.starts_with("rules/catalogue/")) continue;
        const YAML::Node root = YAML::Load(std::string(f.text));
        for (const auto& e : root["rules"]) c.add(e, false);
    }
    c.sort();
    attach_docs(c);
    return c;
}

std::string rule_docs_url(std::string_view code, std::string_view name) {
    std::string url = CABLELINT_HOMEPAGE "/blob/main/docs/rules/";
    url.append(code).append("-").append(name).append(".md");
    return url;
}

}  // namespace cablelint
