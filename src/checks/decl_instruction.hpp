// Shared by the E-family checks (E401–E410): what the declassification instruction of the E.O. line says (read
// once by the parser). The
// cable's origination date is a fact of the file (src/facts.hpp, ctx.facts.origination).
#pragma once

#include <optional>
#include <string>

#include "check.hpp"
#include "dates.hpp"

namespace cablelint::decl {

// The instruction as the parser read it (grammar/decl_instruction.hpp, `EoLine::decl_instruction`).
using Kind = DeclKind;
using Instruction = DeclInstruction;
inline const Instruction& read(const EoLine& eo) { return eo.decl_instruction; }

// "25 years", "25 years and 1 day", "29 years and 8 months"
std::string describe_span(const Date& from, const Date& to);

}  // namespace cablelint::decl
