// Vocabularies: the facts of ../shared/reference as data (rules/data/*.yaml), loaded once and shared read-only.
#pragma once

#include <map>
#include <memory>
#include <span>
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

// A sorted list of distinct words, each a view: of the binary's data for a built-in list, of a string its
// Vocabularies own for a config's. A vector, not a tree: every run builds the built-in lists and maps (some 5,000
// entries) at start-up, and a tree node for each was a third of the memory a one-file run touched.
class WordList {
public:
    using const_iterator = std::vector<std::string_view>::const_iterator;
    const_iterator begin() const { return words_.begin(); }
    const_iterator end() const { return words_.end(); }
    std::size_t size() const { return words_.size(); }
    const_iterator find(std::string_view word) const;
    bool operator==(const WordList& o) const { return words_ == o.words_; }

private:
    friend class Vocabularies;
    void add(std::vector<std::string_view> words);   // each in its place, once
    std::vector<std::string_view> words_;
};

// A map of distinct keys to values, sorted by key, as views (as WordList).
class WordMap {
public:
    using value_type = std::pair<std::string_view, std::string_view>;
    using const_iterator = std::vector<value_type>::const_iterator;
    const_iterator begin() const { return entries_.begin(); }
    const_iterator end() const { return entries_.end(); }
    std::size_t size() const { return entries_.size(); }
    const_iterator find(std::string_view key) const;
    bool operator==(const WordMap& o) const { return entries_ == o.entries_; }

private:
    friend class Vocabularies;
    void add(std::vector<value_type> entries);   // in order of key; a key already there takes the new value
    static bool by_key(const value_type& a, const value_type& b) { return a.first < b.first; }
    std::vector<value_type> entries_;
};

class Vocabularies {
public:
    // Named word lists, upper-cased: "page-classifications", "captions", "subject-tags", "geo-tags", ...
    // A list comes from rules/data/<name>.yaml (key `words:`) or from a user's config (`vocabularies:`).
    std::map<std::string, WordList, std::less<>> lists;
    // Named maps, upper-cased keys: a data file's `map:` (e.g. likely ISO code → FIPS tag, RI → station).
    std::map<std::string, WordMap, std::less<>> maps;
    std::vector<ExecutiveOrder> orders;

    bool contains(std::string_view list, std::string_view word) const;   // case-insensitive
    const WordList* list(std::string_view name) const;
    const ExecutiveOrder* order(std::string_view number) const;
    // The value for key in a named map (case-insensitive key), or nullptr (valid until the map changes).
    const std::string_view* lookup(std::string_view map, std::string_view key) const;
    // The order in force on a date (yyyymmdd), or nullptr.
    const ExecutiveOrder* order_in_force(int yyyymmdd) const;

    // Add the data files (name → YAML text); later files extend or (with `replace: true`) replace lists.
    void load(std::string_view name, const YAML::Node& root);
    // The built-in data (src/builtin_data.hpp): static arrays, sorted and without repeats, viewed, not copied.
    void add_builtin_list(std::string_view name, std::span<const std::string_view> sorted_words);
    void add_builtin_map(std::string_view name, std::span<const WordMap::value_type> sorted_entries);

private:
    std::string_view keep(std::string s);   // a string the views of load() point into
    // Shared by copies (a config copies the vocabularies it extends): the strings never change once kept.
    std::vector<std::shared_ptr<const std::string>> kept_;
};

// The vocabularies compiled into the binary (shared: a config copies them only to change them).
const std::shared_ptr<Vocabularies>& builtin_vocabularies_ptr();
inline const Vocabularies& builtin_vocabularies() { return *builtin_vocabularies_ptr(); }
// The same read from the embedded YAML (rules/data/*.yaml) with load() (for the test that the two agree).
Vocabularies vocabularies_from_yaml();

std::string to_upper(std::string_view s);

}  // namespace cablelint
