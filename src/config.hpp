// Configuration: the built-in catalogue adjusted by a user's .cablelint.yaml (severities, options, custom rules,
// vocabularies, per-file ignores, include/exclude globs).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "catalogue.hpp"
#include "finding.hpp"
#include "vocabulary.hpp"

namespace cablelint {

// A configuration problem, located in the YAML file (1-based line and column; 0 when unknown).
struct ConfigError : std::runtime_error {
    ConfigError(std::string file, int line, int column, const std::string& message);
    std::string file;
    int line, column;
};

struct RuleSetting {
    Severity severity = Severity::off;
    YAML::Node options;   // merged: catalogue defaults, then config

    RuleSetting() = default;
    RuleSetting(Severity s, YAML::Node o) : severity(s), options(std::move(o)) {}
    RuleSetting(const RuleSetting&) = default;
    // Rebind, never write into a node another setting shares (yaml-cpp's Node::operator= does).
    RuleSetting& operator=(const RuleSetting& o) {
        severity = o.severity;
        options.reset(o.options);
        return *this;
    }
};

// An identity no two Config objects ever share, a copy included (for caches keyed by configuration: an address
// can be reused once a config is gone).
struct ConfigIdentity {
    std::uint64_t value = next();
    ConfigIdentity() = default;
    ConfigIdentity(const ConfigIdentity&) : value(next()) {}
    ConfigIdentity& operator=(const ConfigIdentity&) {
        value = next();
        return *this;
    }
    static std::uint64_t next();
};

class Config {
public:
    // The defaults: built-in catalogue and vocabularies, nothing adjusted.
    static std::shared_ptr<const Config> defaults();
    // Load a config file (following `extends:`); throws ConfigError.
    static std::shared_ptr<const Config> load(const std::filesystem::path& file);
    // Parse a config from YAML text (for tests and the language server); throws ConfigError.
    static std::shared_ptr<const Config> parse(const std::string& text, const std::string& name,
                                               const std::filesystem::path& base_dir);

    const Catalogue& catalogue() const { return *catalogue_; }
    const Vocabularies& vocabularies() const { return *vocab_; }
    const RuleSetting& setting(const RuleInfo& rule) const;
    // Codes ignored for this path by per-file-ignores (path relative to the config's directory).
    bool ignored(const std::string& code, const std::filesystem::path& file) const;
    bool included(const std::filesystem::path& file) const;   // include/exclude globs (default include *.txt)
    bool excluded(const std::filesystem::path& file) const;   // the exclude globs alone (--force-exclude)
    const std::string& origin() const { return origin_; }    // config file path, or "" for defaults
    // Every config file that went into this one, bases (`extends`) first: the last one wins.
    const std::vector<std::string>& files() const { return files_; }
    // The per-file-ignores entries (glob → codes) and include/exclude globs, as configured.
    const std::vector<std::pair<std::string, std::vector<std::string>>>& per_file_ignores() const { return per_file_ignores_; }
    const std::vector<std::string>& include_globs() const { return include_; }
    const std::vector<std::string>& exclude_globs() const { return exclude_; }
    std::uint64_t identity() const { return identity_.value; }

private:
    void detach();
    void apply(const YAML::Node& root, const std::string& file, const std::filesystem::path& dir, int depth);
    void apply_checked(const YAML::Node& root, const std::string& file, const std::filesystem::path& dir);

    // Shared with the defaults until this config changes them (custom rules, vocabularies): most configs only adjust
    // rules, and copying the built-in catalogue and vocabularies for each was most of a config's cost.
    std::shared_ptr<Catalogue> catalogue_;      // changed only through own_catalogue()
    std::shared_ptr<Vocabularies> vocab_;       // changed only through own_vocabularies()
    Catalogue& own_catalogue();
    Vocabularies& own_vocabularies();
    std::map<std::string, RuleSetting, std::less<>> settings_;   // by code
    std::vector<std::pair<std::string, std::vector<std::string>>> per_file_ignores_;   // glob → codes
    std::vector<std::string> include_{"*.txt", "*.TXT"};
    std::vector<std::string> exclude_;
    std::filesystem::path dir_;
    std::string origin_;
    std::vector<std::string> files_;
    ConfigIdentity identity_;
    std::vector<std::pair<std::string, ConfigError>> list_uses_;   // while loading: the vocabulary lists custom rules name
};

// Finds the .cablelint.yaml that applies to a file: the nearest one from the file's directory upward.
// Caches per directory; thread-safe.
class ConfigResolver {
public:
    ConfigResolver(std::optional<std::filesystem::path> explicit_config, bool no_config);
    // Throws ConfigError.
    std::shared_ptr<const Config> for_file(const std::filesystem::path& file);

private:
    struct Impl;
    std::shared_ptr<Impl> impl_;
};

}  // namespace cablelint
