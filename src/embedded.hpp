// Files embedded in the binary at build time (see cmake/embed.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace cablelint {

struct EmbeddedFile {
    std::string_view path;   // relative to the repository root, e.g. "rules/catalogue/D.yaml"
    std::string_view text;
};

const std::vector<EmbeddedFile>& embedded_files();
// The HTML report's page, style and script (src/report/html/) and Chart.js (Debian's libjs-chart.js), by file name.
const std::vector<EmbeddedFile>& report_assets();

}  // namespace cablelint
