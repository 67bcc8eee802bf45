#include "kind_support.hpp"

#include "regex_cache.hpp"


namespace cablelint::kinds {

std::string param(const CheckContext& ctx, const char* key, std::string fallback) {
    const YAML::Node& spec = ctx.rule.spec;
    if (spec && spec[key] && spec[key].IsScalar()) return spec[key].as<std::string>();
    return ctx.option_string(key, std::move(fallback));
}

std::vector<std::string> param_list(const CheckContext& ctx, const char* key) {
    std::vector<std::string> out;
    const YAML::Node& spec = ctx.rule.spec;
    if (!spec || !spec[key]) return out;
    if (spec[key].IsSequence()) {
        for (const auto& v : spec[key]) out.push_back(v.as<std::string>());
    } else {
        out.push_back(spec[key].as<std::string>());
    }
    return out;
}

bool applies(const CheckContext& ctx) {
    for (const auto& cond : param_list(ctx, "when")) {
        if (!condition_holds(ctx.doc, cond)) return false;
    }
    return true;
}

Span missing_at(const CheckContext& ctx) {
    if (present(ctx.doc.text.region)) {
        const Span s = ctx.src.span_of(ctx.doc.text.region);
        return Span{s.begin, s.begin};
    }
    return Span{0, 0};
}

const RE2* regex(const std::string& pattern) { return cached_regex(pattern); }

}  // namespace cablelint::kinds
