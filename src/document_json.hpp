// The located document as JSON (`cablelint parse FILE`): every field with its text, line and column.
#pragma once

#include <nlohmann/json.hpp>

#include "document.hpp"
#include "source.hpp"

namespace cablelint {

nlohmann::json document_to_json(const Document& doc, const Source& src);

}  // namespace cablelint
