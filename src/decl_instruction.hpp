// Reading the declassification instruction of an E.O. line into its kind, label and date (DeclInstruction,
// src/head_fields.hpp) with the productions of grammar/decl_instruction.hpp. The parser stores the result in the
// model (`EoLine::decl_instruction`); checks read it from there.
#pragma once

#include "document.hpp"

namespace cablelint {

// From the E.O. line's fields: the instruction (or, without one, what follows the order number on the line).
DeclInstruction read_decl_instruction(const EoLine& eo);

}  // namespace cablelint
