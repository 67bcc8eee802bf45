#include "input_walk.hpp"

#include <algorithm>

namespace cablelint {

namespace fs = std::filesystem;

Input::Input(std::string shown, std::string file, bool stdin_, bool explicit_, std::string why)
    : path(std::move(shown)), from_stdin(stdin_), explicit_file(explicit_) {
    if (file != path || !why.empty()) rare_ = std::make_unique<const Rare>(Rare{std::move(file), std::move(why)});
}

const std::string& Input::error() const {
    static const std::string none;
    return rare_ ? rare_->error : none;
}

std::string not_a_file(const fs::file_status& st) {
    switch (st.type()) {
        case fs::file_type::regular: return "";
        case fs::file_type::fifo: return "not a regular file (a FIFO); not read (use - to read standard input)";
        case fs::file_type::socket: return "not a regular file (a socket); not read";
        case fs::file_type::block:
        case fs::file_type::character: return "not a regular file (a device); not read";
        default: return "not a regular file; not read";
    }
}

namespace {

// A path as one spelling of the file it names ("./a.txt", "d/../a.txt" and a link to it are one), for comparing.
std::string canonical_of(const fs::path& p) {
    std::error_code ec;
    const fs::path c = fs::weakly_canonical(fs::absolute(p, ec), ec);
    return ec ? fs::absolute(p, ec).lexically_normal().string() : c.string();
}

bool stdin_excluded(const std::vector<std::string>& paths, const std::string& stdin_name, ConfigResolver& resolver,
                    bool force_exclude) {
    if (!force_exclude || stdin_name.empty() || std::find(paths.begin(), paths.end(), "-") == paths.end()) return false;
    try {
        return resolver.for_file(stdin_name)->excluded(stdin_name);   // as a file of that name would be
    } catch (const ConfigError&) {
        return false;   // reported when it is linted
    }
}

}  // namespace

// A directory's entries, sorted by name with a directory's name followed by "/": the order its paths would have in
// a sorted list of the whole tree ("a.txt" < "a/b.txt" < "a0.txt" as "a.txt" < "a/" < "a0.txt").
struct InputWalk::Frame {
    struct Entry {
        std::string key;
        std::optional<Input> file;   // a file to give, or else
        fs::path dir;                // a directory to walk
    };
    IgnoreChain chain;
    std::vector<Entry> entries;
    std::size_t next = 0;
};

InputWalk::InputWalk(std::vector<std::string> paths, std::string stdin_name, ConfigResolver& resolver, bool force_exclude)
    : paths_(std::move(paths)), stdin_name_(std::move(stdin_name)), resolver_(resolver), force_exclude_(force_exclude),
      stdin_excluded_(stdin_excluded(paths_, stdin_name_, resolver, force_exclude)) {
    for (const std::string& p : paths_) {
        if (p == "-") continue;
        std::error_code ec;
        const std::string canonical = canonical_of(p);
        named_base_names_.insert(fs::path(canonical).filename().string());
        (fs::is_directory(p, ec) ? named_dirs_ : named_files_).insert(canonical);
    }
}

InputWalk::~InputWalk() = default;

void InputWalk::leave_out(const std::string& file) {
    const std::string canonical = canonical_of(file);
    named_base_names_.insert(fs::path(canonical).filename().string());
    named_files_.insert(canonical);   // passed over like a file named elsewhere; never given, not being named
}

void InputWalk::enter(const fs::path& dir, IgnoreChain chain, bool root) {
    if (!root) {
        if (auto own = IgnoreFile::load(dir)) chain.push_back(std::move(own));
    }
    auto frame = std::make_unique<Frame>();
    auto& entries = frame->entries;
    // A directory that cannot be read is reported like an unreadable file (exit 2), before whatever of it was read.
    auto unreadable = [&](const std::error_code& ec) {
        entries.push_back({"", Input{dir.string(), dir.string(), false, false, "cannot read directory: " + ec.message()}, {}});
    };
    std::error_code dec;
    fs::directory_iterator it(dir, dec), end;
    for (; !dec && it != end; it.increment(dec)) {
        std::error_code tec;
        std::string name = it->path().filename().string();
        if (it->is_directory(tec) && !it->is_symlink(tec)) {
            if (name.starts_with(".") || ignored(chain, it->path(), true)) continue;
            // A directory named on its own is walked where it is named, not again here.
            if (named_dirs_.size() > 1 && named_base_names_.count(name) > 0 && named_dirs_.count(canonical_of(it->path())) > 0)
                continue;
            entries.push_back({name + "/", std::nullopt, it->path()});
            continue;
        }
        if (ignored(chain, it->path(), false)) continue;
        const fs::path& file = it->path();
        // Given where it is named (or the output file). Only a link can have another name than the file it is.
        if (!named_files_.empty() && (it->is_symlink(tec) || named_base_names_.count(name) > 0) &&
            named_files_.count(canonical_of(file)) > 0)
            continue;
        if (!it->is_regular_file(tec)) {
            // A FIFO, socket or device named like a cable is told, not opened (opening a FIFO can block).
            const auto st = it->symlink_status(tec);
            if (!tec && !fs::is_symlink(st) && !fs::is_other(st)) continue;
            if (!Config::defaults()->included(file)) continue;
            const auto target = it->status(tec);
            if (!tec && fs::is_directory(target)) continue;   // a linked directory: not followed
            entries.push_back({std::move(name), Input{file.lexically_normal().string(), file.string(), false, false,
                                                      tec ? "cannot read: " + tec.message() : not_a_file(target)}, {}});
            continue;
        }
        try {
            if (!resolver_.for_file(file)->included(file)) continue;
        } catch (const ConfigError&) {
            // Reported when the file is linted; meanwhile the default globs decide what is a cable.
            if (!Config::defaults()->included(file)) continue;
        }
        // "./a.txt" is shown as "a.txt".
        entries.push_back({std::move(name), Input{file.lexically_normal().string(), file.string(), false, false, ""}, {}});
    }
    if (dec) unreadable(dec);   // at the start or part way
    std::sort(entries.begin(), entries.end(), [](const Frame::Entry& a, const Frame::Entry& b) { return a.key < b.key; });
    frame->chain = std::move(chain);
    frames_.push_back(std::move(frame));
}

std::optional<Input> InputWalk::next() {
    for (;;) {
        if (!frames_.empty()) {
            Frame& frame = *frames_.back();
            if (frame.next == frame.entries.size()) {
                frames_.pop_back();
                continue;
            }
            Frame::Entry& entry = frame.entries[frame.next++];
            if (entry.file) return std::move(entry.file);
            enter(entry.dir, frame.chain, false);
            continue;
        }
        if (next_path_ == paths_.size()) return std::nullopt;
        const std::string& p = paths_[next_path_++];
        if (p == "-") {
            if (stdin_excluded_ || stdin_given_) continue;
            stdin_given_ = true;
            return Input{stdin_name_.empty() ? "<stdin>" : stdin_name_, stdin_name_.empty() ? std::string("stdin") : stdin_name_,
                         true, true, ""};
        }
        const std::string canonical = canonical_of(p);
        if (!given_.insert(canonical).second) continue;   // named before
        std::error_code ec;
        const auto status = fs::status(p, ec);
        if (ec || !fs::exists(status)) {
            // ENOENT, or what else stopped it: a symbolic-link loop, a path through a file, permissions.
            const bool missing = !ec || ec == std::errc::no_such_file_or_directory;
            return Input{p, p, false, true, missing ? "no such file or directory" : "cannot read: " + ec.message()};
        }
        if (!fs::is_directory(status)) {
            if (force_exclude_) {
                try {
                    if (resolver_.for_file(p)->excluded(p)) continue;   // pre-commit names files: exclude: holds
                } catch (const ConfigError&) {
                    // reported when the file is linted
                }
            }
            return Input{p, p, false, true, not_a_file(status)};
        }
        enter(p, ignore_chain_for(p), true);
    }
}

}  // namespace cablelint
