// libFuzzer harness: loads a buffer as a .cablelint.yaml (its `extends` resolve against a directory that does not
// exist), then lints a small cable with it, so that custom rules of every kind and adjusted vocabularies run. A
// ConfigError is the expected answer to a bad config; anything else escaping, a crash or a sanitizer report is a
// defect.
#include <cstddef>
#include <cstdint>
#include <string>

#include "config.hpp"
#include "engine.hpp"
#include "source.hpp"

namespace {

const char* const cable = R"(VZCZCXRO8832
RR RUEHDBU
DE RUEHTA #1366/01 2221402
ZNY CCCCC ZZH
R 101402Z AUG 09
FM AMEMBASSY ASTANA
TO RUEHC/SECSTATE WASHDC 5993
INFO RUCNCIS/CIS COLLECTIVE
BT
C O N F I D E N T I A L SECTION 01 OF 02 ASTANA 001366
SIPDIS
E.O. 12958: DECL: 08/10/2019
TAGS: PGOV PREL KZ
SUBJECT: KAZAKHSTAN: A SHORT CABLE
REF: A. ASTANA 1200 B. STATE 54321
Classified By: Ambassador Richard E. Hoagland: 1.4(B), (D)
1. (C) Summary. A paragraph. End summary.
2. (U) Another paragraph.
ASTANA 00001366  002 OF 002
HOAGLAND
)";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::shared_ptr<const cablelint::Config> config;
    try {
        config = cablelint::Config::parse(std::string(reinterpret_cast<const char*>(data), size), "fuzz.yaml",
                                          "/nonexistent/cablelint-fuzz");
    } catch (const cablelint::ConfigError&) {
        return 0;
    }
    const cablelint::Source src("fuzz.txt", cable);
    (void)cablelint::lint(src, *config);
    return 0;
}
