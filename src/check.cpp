#include "check.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "catalogue.hpp"

namespace cablelint {

namespace {
std::map<std::string, CheckFn, std::less<>>& checks() {
    static std::map<std::string, CheckFn, std::less<>> m;
    return m;
}
std::map<std::string, CheckFn, std::less<>>& kinds() {
    static std::map<std::string, CheckFn, std::less<>> m;
    return m;
}
Severity shifted(Severity s, Shift shift) {
    if (shift == Shift::soft) return s == Severity::error ? Severity::warning : s == Severity::warning ? Severity::info : s;
    if (shift == Shift::raised) return s == Severity::info ? Severity::warning : s == Severity::warning ? Severity::error : s;
    return s;
}
}  // namespace

bool register_check(const char* code, CheckFn fn) { return checks().emplace(code, fn).second; }
CheckFn find_check(std::string_view code) {
    auto it = checks().find(code);
    return it == checks().end() ? nullptr : it->second;
}
bool register_kind(const char* kind, CheckFn fn) { return kinds().emplace(kind, fn).second; }
CheckFn find_kind(std::string_view kind) {
    auto it = kinds().find(kind);
    return it == kinds().end() ? nullptr : it->second;
}

std::string format_message(std::string_view tmpl, const Args& args) {
    std::string out;
    out.reserve(tmpl.size() + 32);
    for (std::size_t i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] == '{') {
            const auto close = tmpl.find('}', i);
            if (close != std::string_view::npos) {
                const auto key = tmpl.substr(i + 1, close - i - 1);
                bool found = false;
                for (const auto& [k, v] : args) {
                    if (k == key) {
                        out += v;
                        found = true;
                        break;
                    }
                }
                if (found) {
                    i = close;
                    continue;
                }
            }
        }
        out.push_back(tmpl[i]);
    }
    return out;
}

void CheckContext::report(Field at, const Args& args, std::vector<Related> related, std::string_view variant,
                          bool soft) {
    report(src.span_of(at), args, std::move(related), variant, soft ? Shift::soft : Shift::none);
}

void CheckContext::report(Span at, const Args& args, std::vector<Related> related, std::string_view variant,
                          bool soft) {
    report(at, args, std::move(related), variant, soft ? Shift::soft : Shift::none);
}

void CheckContext::report(Field at, const Args& args, std::vector<Related> related, std::string_view variant,
                          Shift shift) {
    report(src.span_of(at), args, std::move(related), variant, shift);
}

void CheckContext::report(Span at, const Args& args, std::vector<Related> related, std::string_view variant,
                          Shift shift) {
    auto it = rule.messages.find(variant);
    if (it == rule.messages.end()) it = rule.messages.find(std::string_view("default"));
    Finding f;
    f.code = rule.code;
    f.name = rule.name;
    f.severity = shifted(severity_, shift);
    f.message = it == rule.messages.end() ? rule.summary : format_message(it->second, args);
    f.span = at;
    f.related = std::move(related);
    out_.push_back(std::move(f));
}

void CheckContext::fix(std::vector<Edit> edits, bool safe) {
    if (out_.empty() || out_.back().code != rule.code || rule.fix == RuleInfo::FixKind::none || edits.empty()) return;
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.span.begin < b.span.begin; });
    out_.back().fix = Fix{std::move(edits), safe && rule.fix == RuleInfo::FixKind::safe, rule.fix_title};
}

// (The option is looked up once: each yaml-cpp lookup searches the rule's options, and checks ask for every file.)
std::string CheckContext::option_string(const char* key, std::string fallback) const {
    if (!options_ || !options_.IsMap()) return fallback;
    const YAML::Node value = options_[key];
    return value && value.IsScalar() ? value.as<std::string>() : fallback;
}

long CheckContext::option_int(const char* key, long fallback) const {
    if (!options_ || !options_.IsMap()) return fallback;
    const YAML::Node value = options_[key];
    if (!value || !value.IsScalar()) return fallback;
    try {
        return value.as<long>();
    } catch (const YAML::Exception&) {
        return fallback;
    }
}

}  // namespace cablelint
