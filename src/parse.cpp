#include "engine.hpp"

namespace cablelint {
Document parse_document(const Source&) { return Document{}; }
}  // namespace cablelint
