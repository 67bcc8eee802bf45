// What `.gitignore` files leave out of a directory walk: a directory of cables in git has build output, editor
// backups and exported copies that are ignored there, and should be here. The common forms of gitignore(5):
// comments, `!` negation (the last matching pattern wins), a trailing `/` for directories only, patterns with a
// `/` anchored to their file's directory, others matching a name at any depth, `*`, `?`, `[...]` and `**`.
// Not read: `core.excludesFile` and `.git/info/exclude` (a user's own, not the archive's).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace cablelint {

class IgnoreFile {
public:
    // The patterns of `dir`/.gitignore; null when there is none.
    static std::shared_ptr<const IgnoreFile> load(const std::filesystem::path& dir);
    static std::shared_ptr<const IgnoreFile> parse(const std::filesystem::path& dir, const std::string& text);

    // -1 not mentioned, 0 re-included (`!`), 1 ignored: the last pattern that matches `path` decides.
    int decide(const std::filesystem::path& path, bool is_dir) const;

private:
    struct Pattern {
        std::string glob;
        bool negate = false, dir_only = false, anchored = false;
    };
    std::filesystem::path dir_;
    std::vector<Pattern> patterns_;
};

// The .gitignore files that apply in a directory, from the repository's top (the nearest directory with `.git`)
// down.
using IgnoreChain = std::vector<std::shared_ptr<const IgnoreFile>>;
IgnoreChain ignore_chain_for(const std::filesystem::path& dir);
bool ignored(const IgnoreChain& chain, const std::filesystem::path& path, bool is_dir);
// Whether a walk over its repository leaves the file out: the file, or a directory above it, is ignored.
bool ignored_in_repository(const std::filesystem::path& file);

}  // namespace cablelint
