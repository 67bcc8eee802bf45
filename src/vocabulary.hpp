// Vocabularies: the facts of ../shared/reference as data (rules/data/*.yaml), loaded once and shared read-only.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace cablelint {

struct ExecutiveOrder {
    std::string number;      // "12958"
    int in_force_from = 0;   // yyyymmdd of the first DTG date it governs (0 = no lower bound)
    int in_force_to = 0;     // yyyymmdd of the last (0 = still in force)
};

class Vocabularies {
public:
    // Named word lists, upper-cased: "page-classifications", "captions", "subject-tags", "geo-tags", ...
    // A list comes from rules/data/<name>.yaml (key `words:`) or from a user's config (`vocabularies:`).
    using WordList = std::set<std::string, std::less<>>;   // transparent: looked up by string_view, no copy
    std::map<std::string, WordList, std::less<>> lists;
    // Named maps, upper-cased keys: a data file's `map:` (e.g. likely ISO code → FIPS tag, RI → station).
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> maps;
    std::vector<ExecutiveOrder> orders;

    bool contains(std::string_view list, std::string_view word) const;   // case-insensitive
    const WordList* list(std::string_view name) const;
    const ExecutiveOrder* order(std::string_view number) const;
    // The value for key in a named map (case-insensitive key), or nullptr.
    const std::string* lookup(std::string_view map, std::string_view key) const;
    // The order in force on a date (yyyymmdd), or nullptr.
    const ExecutiveOrder* order_in_force(int yyyymmdd) const;

    // Add the data files (name → YAML text); later files extend or (with `replace: true`) replace lists.
    void load(std::string_view name, const YAML::Node& root);
};

// The vocabularies compiled into the binary (shared: a config copies them only to change them).
const std::shared_ptr<Vocabularies>& builtin_vocabularies_ptr();
inline const Vocabularies& builtin_vocabularies() { return *builtin_vocabularies_ptr(); }
// The same read from the embedded YAML (rules/data/*.yaml) with load() (for the test that the two agree).
Vocabularies vocabularies_from_yaml();

std::string to_upper(std::string_view s);

}  // namespace cablelint
