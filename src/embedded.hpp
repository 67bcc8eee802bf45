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

}  // namespace cablelint
