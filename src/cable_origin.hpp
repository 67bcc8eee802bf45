// When and where a linted cable was written, as far as its text says, for reports that group files (the HTML report's
// charts by year and post). Filled by lint() from the facts; empty for text that is not a cable.
#pragma once

#include <optional>
#include <string>

namespace cablelint {

struct CableOrigin {
    std::optional<int> year;   // the DTG's year, else Created's, else the page Identifier's (Facts::cable_year)
    std::string post;          // the FM line's post, else the page Origin's, else the banner's origin, upper-case;
                               // "" when none names one
};

}  // namespace cablelint
