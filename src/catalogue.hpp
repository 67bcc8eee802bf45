// The rule catalogue: every rule's code, name, default severity, options and messages, from rules/catalogue/*.yaml
// (embedded in the binary at build time; those files are the single source).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "finding.hpp"

namespace cablelint {

// "Which finding explains which" (issue 7 §3): a rule entry's `explains:` names the rules one of its findings stands
// down in the same cable, and when:
//   same-field   the explained finding lies on the explaining finding's location or one of its related locations
//                (one cause, told once: the explaining finding lists the fields);
//   field-cut    the explained rule misses a field the cut removed (`rules` maps each rule to that field: eo, tags,
//                subject, ref, classified_by, paragraphs, signature; document_kind.hpp `Truncation::removed`);
//   same-cable   any finding of the explained rule in the cable.
struct Explains {
    enum class When { same_field, field_cut, same_cable };
    When when = When::same_field;
    std::vector<std::pair<std::string, std::string>> rules;   // explained code → field (field-cut only)
    std::string why;                                          // one line for `cablelint rule` and the docs
};
const char* when_name(Explains::When w);

struct RuleInfo {
    std::string code;          // "D302"
    std::string name;          // "dtg-invalid"
    Severity severity = Severity::error;   // default severity ("off" = shipped but disabled)
    std::string summary;       // one line, for `cablelint rules`
    std::string relation;      // "R12" etc., may be empty
    std::string kind;          // "builtin" or a generic kind ("required", "pattern", …)
    std::map<std::string, std::string, std::less<>> messages;   // variant → template ("default" always present)
    YAML::Node options;        // default options (a map)
    // What each option accepts: a list of words (`compare: [date, hour, minute]`) or, for a whole number,
    // `{min: N}` (catalogue `option_values`); a user's value outside it is a config error.
    YAML::Node option_values;
    YAML::Node spec;           // the whole entry (generic kinds read their parameters from it)
    std::string_view docs;     // the docs page text (docs/rules/<CODE>-<name>.md), embedded: a view, not a copy
    std::vector<Explains> explains;   // findings of other rules a finding of this one stands down
    // `fix: safe` (applied by --fix), `fix: unsafe` (only with --unsafe-fixes: it changes a value), or none; and
    // `fix_title`, what the fix does ("remove the trailing white space"), for --diff, the docs and editors. A safe
    // fix that a check makes unsafe in some cases says when in `fix_unsafe_when` ("the year has two digits").
    enum class FixKind { none, safe, unsafe };
    FixKind fix = FixKind::none;
    std::string fix_title;
    std::string fix_unsafe_when;
    bool custom = false;       // from a user's config

    RuleInfo() = default;
    RuleInfo(const RuleInfo&) = default;
    RuleInfo(RuleInfo&&) = default;
    // yaml-cpp's Node::operator= writes into the node it refers to (shared with other copies); sorting the catalogue
    // would then overwrite one rule's options with another's. Assignment here rebinds the nodes instead.
    RuleInfo& operator=(const RuleInfo& o);
    RuleInfo& operator=(RuleInfo&& o) { return *this = static_cast<const RuleInfo&>(o); }
};

class Catalogue {
public:
    const std::vector<RuleInfo>& rules() const { return rules_; }
    const RuleInfo* find(std::string_view code_or_name) const;   // case-insensitive on codes
    // Closest code or name, for "did you mean"; empty when nothing is close.
    std::string suggest(std::string_view unknown) const;

    // Adds one rule entry; throws ConfigError (config.hpp) style std::runtime_error with the YAML mark on problems.
    void add(const YAML::Node& entry, bool custom);
    // Adds an entry of the compiled-in catalogue (src/builtin_data.hpp), checked at build time.
    void add_compiled(RuleInfo r);
    void reserve(std::size_t n) { rules_.reserve(n); }
    void sort();

private:
    void index(std::size_t i);

    std::vector<RuleInfo> rules_;
    // Upper-cased code and exact name → position in rules_, so that loading N rules is not N² lookups.
    std::map<std::string, std::size_t, std::less<>> by_key_;
};

// Where a rule's docs page is published (docs/rules/<CODE>-<name>.md under the project's home page).
std::string rule_docs_url(std::string_view code, std::string_view name);

// The catalogue compiled into the binary (shared: a config copies it only to change it).
const std::shared_ptr<Catalogue>& builtin_catalogue_ptr();
inline const Catalogue& builtin_catalogue() { return *builtin_catalogue_ptr(); }
// The same read from the embedded YAML the way custom rules are (for the test that the two agree).
Catalogue catalogue_from_yaml();

}  // namespace cablelint
