// The files a run lints, in the run's order: the paths named, with directories walked (sorted, recursively).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "config.hpp"
#include "gitignore.hpp"

namespace cablelint {

// One file to lint: strings, not path objects (several allocations each), and the file's name once when it is the
// path shown.
class Input {
public:
    std::string path;   // as shown in output
    bool from_stdin = false;
    bool explicit_file = false;

    Input(std::string shown, std::string file, bool stdin_, bool explicit_, std::string why);
    // For reading and config lookup: the path, or another spelling of it ("./a.txt" is shown as "a.txt").
    const std::string& file() const { return rare_ ? rare_->file : path; }
    // Why the path itself is bad ("" when it is not).
    const std::string& error() const;

private:
    struct Rare {
        std::string file, error;
    };
    std::unique_ptr<const Rare> rare_;   // most files have neither
};

// Why a path that is not a directory is not read, or "" for a regular file: FIFOs, sockets and devices are not
// opened (opening a FIFO blocks until a writer comes; stdin is read with `-`).
std::string not_a_file(const std::filesystem::file_status& st);

// The paths named, in order; each directory's files in the order of their paths as strings, as if the whole tree
// were listed and sorted, but read a directory at a time: memory grows with the largest directory and the depth,
// not with the tree. Hidden directories and what .gitignore files ignore are left out (a file named on the command
// line is not); symbolic links to directories are not followed. A directory that cannot be read is one input whose
// error says so, where its files would have been. A file is given once however often it is named (`a.txt ./a.txt`,
// `-` twice): a file or a directory named and also inside a named directory is given (walked) where it is named, and
// the walk of the outer one passes it over (so a hidden or ignored directory named on its own is still walked).
class InputWalk {
public:
    InputWalk(std::vector<std::string> paths, std::string stdin_name, ConfigResolver& resolver, bool force_exclude);
    ~InputWalk();
    // The next input, or nothing when all have been given.
    std::optional<Input> next();
    // `-` is named but left out: --force-exclude, and the config of --stdin-filename's name excludes it.
    bool leaves_out_stdin() const { return stdin_excluded_; }
    // A file the walks pass over: the output file (-o) in a directory being linted is no cable of it.
    void leave_out(const std::string& file);

private:
    struct Frame;
    void enter(const std::filesystem::path& dir, IgnoreChain chain, bool root);

    std::vector<std::string> paths_;
    std::size_t next_path_ = 0;
    std::string stdin_name_;
    ConfigResolver& resolver_;
    bool force_exclude_;
    bool stdin_excluded_;
    std::vector<std::unique_ptr<Frame>> frames_;   // the directories being walked, outermost first
    // For giving each file once (command-line sized: the walks add nothing to them).
    std::set<std::string> named_files_;   // canonical paths of the named paths that are not directories, and of
                                          // the output file: the files the walks pass over
    std::set<std::string> named_dirs_;    // canonical paths of the named directories
    std::set<std::string, std::less<>> named_base_names_;   // their last components: most walked paths are none of
                                                            // them, and need no canonical path to tell
    std::set<std::string> given_;         // the named paths given so far, canonical
    bool stdin_given_ = false;
};

}  // namespace cablelint
