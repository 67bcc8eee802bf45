#include "vocabulary.hpp"

#include <algorithm>
#include <cctype>

#include "builtin_data.hpp"
#include "embedded.hpp"
#include "util.hpp"

namespace cablelint {

std::string to_upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_upper(c);
    return out;
}

// f(word upper-cased): the word itself when it has no lower-case letter (most do not), else an upper-cased copy
// on the stack when short, so that the per-token lookups of a lint allocate nothing.
template <class F>
static auto with_upper(std::string_view word, F&& f) {
    if (std::none_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return f(word);
    char buffer[64];
    if (word.size() > sizeof buffer) return f(std::string_view(to_upper(word)));
    std::transform(word.begin(), word.end(), buffer, ascii_upper);
    return f(std::string_view(buffer, word.size()));
}

WordList::const_iterator WordList::find(std::string_view word) const {
    const auto it = std::lower_bound(words_.begin(), words_.end(), word);
    return it != words_.end() && *it == word ? it : words_.end();
}

void WordList::add(std::vector<std::string_view> words) {
    // Sorted once and merged, not inserted one by one: a config's list of 100,000 words would be quadratic.
    const auto old = static_cast<std::ptrdiff_t>(words_.size());
    words_.insert(words_.end(), words.begin(), words.end());
    std::sort(words_.begin() + old, words_.end());
    std::inplace_merge(words_.begin(), words_.begin() + old, words_.end());
    words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
}

WordMap::const_iterator WordMap::find(std::string_view key) const {
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), value_type{key, {}}, by_key);
    return it != entries_.end() && it->first == key ? it : entries_.end();
}

void WordMap::add(std::vector<value_type> entries) {
    // As WordList::add; of a key given more than once the last value wins (stable sort and merge keep the order in
    // which they came, the new after the old), as it does for a YAML map read into a std::map.
    const auto old = static_cast<std::ptrdiff_t>(entries_.size());
    entries_.insert(entries_.end(), entries.begin(), entries.end());
    std::stable_sort(entries_.begin() + old, entries_.end(), by_key);
    std::inplace_merge(entries_.begin(), entries_.begin() + old, entries_.end(), by_key);
    std::vector<value_type> last;
    last.reserve(entries_.size());
    for (const value_type& e : entries_) {
        if (!last.empty() && last.back().first == e.first) last.back() = e;
        else last.push_back(e);
    }
    entries_ = std::move(last);
}

std::string_view Vocabularies::keep(std::string s) {
    kept_.push_back(std::make_shared<const std::string>(std::move(s)));
    return *kept_.back();
}

void Vocabularies::add_builtin_list(std::string_view name, std::span<const std::string_view> sorted_words) {
    auto& l = lists[std::string(name)];
    l.words_.assign(sorted_words.begin(), sorted_words.end());
}

void Vocabularies::add_builtin_map(std::string_view name, std::span<const WordMap::value_type> sorted_entries) {
    auto& m = maps[std::string(name)];
    m.entries_.assign(sorted_entries.begin(), sorted_entries.end());
}

bool Vocabularies::contains(std::string_view list_name, std::string_view word) const {
    const auto* l = list(list_name);
    return l != nullptr && with_upper(word, [l](std::string_view w) { return l->find(w) != l->end(); });
}

const WordList* Vocabularies::list(std::string_view name) const {
    auto it = lists.find(name);
    return it == lists.end() ? nullptr : &it->second;
}

const std::string_view* Vocabularies::lookup(std::string_view map_name, std::string_view key) const {
    auto m = maps.find(map_name);
    if (m == maps.end()) return nullptr;
    return with_upper(key, [&m](std::string_view k) -> const std::string_view* {
        auto it = m->second.find(k);
        return it == m->second.end() ? nullptr : &it->second;
    });
}

const ExecutiveOrder* Vocabularies::order(std::string_view number) const {
    for (const auto& o : orders) {
        if (o.number == number) return &o;
    }
    return nullptr;
}

const ExecutiveOrder* Vocabularies::order_in_force(int ymd) const {
    for (const auto& o : orders) {
        if ((o.in_force_from == 0 || ymd >= o.in_force_from) && (o.in_force_to == 0 || ymd <= o.in_force_to)) return &o;
    }
    return nullptr;
}

static int parse_iso_date(const YAML::Node& n) {
    if (!n || n.IsNull()) return 0;
    const std::string s = n.as<std::string>();   // YYYY-MM-DD
    if (s.size() != 10) return 0;
    return std::stoi(s.substr(0, 4)) * 10000 + std::stoi(s.substr(5, 2)) * 100 + std::stoi(s.substr(8, 2));
}

void Vocabularies::load(std::string_view name, const YAML::Node& root) {
    // `replace: true`: the file's list or map replaces the one before it (read only when there is one).
    const auto replace = [&] { return root["replace"] && root["replace"].as<bool>(); };
    if (root["orders"]) {
        orders.clear();
        for (const auto& o : root["orders"]) {
            ExecutiveOrder eo;
            eo.number = o["eo"].as<std::string>();
            eo.in_force_from = parse_iso_date(o["from"]);
            eo.in_force_to = parse_iso_date(o["to"]);
            orders.push_back(eo);
        }
    }
    if (root["map"]) {
        auto& m = maps[std::string(name)];
        if (replace()) m.entries_.clear();
        std::vector<WordMap::value_type> entries;
        for (const auto& kv : root["map"]) entries.emplace_back(keep(to_upper(kv.first.as<std::string>())), keep(kv.second.as<std::string>()));
        m.add(std::move(entries));
    }
    if (root["words"]) {
        auto& l = lists[std::string(name)];
        if (replace()) l.words_.clear();
        std::vector<std::string_view> words;
        for (const auto& w : root["words"]) {
            // A word entry is a string, or a map whose `word` key is the string.
            const std::string word = w.IsMap() ? w["word"].as<std::string>() : w.as<std::string>();
            words.push_back(keep(to_upper(word)));
        }
        l.add(std::move(words));
    }
}

const std::shared_ptr<Vocabularies>& builtin_vocabularies_ptr() {
    // Never destroyed: freeing its thousands of nodes at exit would cost a short run a tenth of its time.
    static const auto* v = new std::shared_ptr<Vocabularies>([] {
        auto voc = std::make_shared<Vocabularies>();
        add_builtin_vocabularies(*voc);
        return voc;
    }());
    return *v;
}

Vocabularies vocabularies_from_yaml() {
    Vocabularies voc;
    for (const EmbeddedFile& f : embedded_files()) {
        if (!f.path.starts_with("rules/data/")) continue;
        auto base = f.path.substr(std::string_view("rules/data/").size());
        base.remove_suffix(std::string_view(".yaml").size());
        voc.load(base, YAML::Load(std::string(f.text)));
    }
    return voc;
}

}  // namespace cablelint
