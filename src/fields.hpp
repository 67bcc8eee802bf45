// Named fields of the document, for the generic rule kinds and users' custom rules ("wrapper.identifier",
// "banner.origin", "tags", ...). docs/configuration.md lists them.
#pragma once

#include <string_view>
#include <vector>

#include "document.hpp"

namespace cablelint {

bool known_field(std::string_view name);
// Every field name, in name order (`cablelint parse` shows what each reads).
std::vector<std::string_view> config_field_names();
// The values of a field (several for list fields such as "tags"); empty when absent.
std::vector<Field> field_values(const Document& doc, std::string_view name);
// Conditions for `when:` ("classified", "unclassified", "wrapper", "header", "multi-section"; "not-" negates).
bool known_condition(std::string_view cond);
bool condition_holds(const Document& doc, std::string_view cond);

}  // namespace cablelint
