// What `cablelint --version` says: the release (CMake's project version) and the git commit it was built from.
#pragma once

namespace cablelint {

extern const char* const build_commit;   // generated at build time by cmake/commit.cmake

}  // namespace cablelint
