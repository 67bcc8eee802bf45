#include "config.hpp"

#include <fnmatch.h>

#include <mutex>

namespace cablelint {

ConfigError::ConfigError(std::string f, int l, int c, const std::string& message)
    : std::runtime_error(message), file(std::move(f)), line(l), column(c) {}

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

const RuleSetting& Config::setting(const RuleInfo& rule) const {
    static const RuleSetting off{Severity::off, YAML::Node(YAML::NodeType::Map)};
    auto it = settings_.find(rule.code);
    return it == settings_.end() ? off : it->second;
}

bool Config::ignored(const std::string&, const std::filesystem::path&) const { return false; }
bool Config::included(const std::filesystem::path&) const { return true; }

}  // namespace cablelint
