// What the configuration says, for people and programs: `cablelint rules` (every rule with the severity the
// configuration gives it), `cablelint rule CODE` (its page), and `--show-settings FILE` (everything that applies to
// one file: config files, includes, per-file ignores, each rule's severity and options).
#pragma once

#include <filesystem>
#include <ostream>
#include <string>

#include "config.hpp"

namespace cablelint {

int list_rules(const Config& config, bool json, std::ostream& out);
int explain_rule(const Config& config, const std::string& key, std::ostream& out, std::ostream& err);
// `walk`: whether a directory walk lints the file ("yes", or "no: " and why).
int show_settings(const Config& config, const std::filesystem::path& file, const std::string& walk, bool json,
                  std::ostream& out);

}  // namespace cablelint
