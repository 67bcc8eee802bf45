#include "gitignore.hpp"

#include <fnmatch.h>

#include <fstream>
#include <sstream>

namespace cablelint {

namespace fs = std::filesystem;

std::shared_ptr<const IgnoreFile> IgnoreFile::load(const fs::path& dir) {
    std::ifstream in(dir / ".gitignore", std::ios::binary);
    if (!in) return nullptr;
    std::stringstream text;
    text << in.rdbuf();
    return parse(dir, text.str());
}

std::shared_ptr<const IgnoreFile> IgnoreFile::parse(const fs::path& dir, const std::string& text) {
    auto f = std::make_shared<IgnoreFile>();
    std::error_code ec;
    f->dir_ = fs::absolute(dir, ec).lexically_normal();
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\')) line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        Pattern p;
        if (line[0] == '!') {
            p.negate = true;
            line.erase(0, 1);
        } else if (line[0] == '\\') {
            line.erase(0, 1);   // "\#file", "\!file"
        }
        if (!line.empty() && line.back() == '/') {
            p.dir_only = true;
            line.pop_back();
        }
        if (line.empty()) continue;
        p.anchored = line.find('/') != std::string::npos;
        if (line[0] == '/') line.erase(0, 1);
        p.glob = line;
        f->patterns_.push_back(std::move(p));
    }
    return f;
}

namespace {

// fnmatch with `**` for any number of directories: "a/**/b" also matches "a/b", "**/b" also "b".
bool match(const std::string& glob, const std::string& path) {
    if (glob.find("**") == std::string::npos) return fnmatch(glob.c_str(), path.c_str(), FNM_PATHNAME) == 0;
    if (fnmatch(glob.c_str(), path.c_str(), 0) == 0) return true;   // `*` crosses `/`: `**` as any depth
    std::string shorter = glob;
    for (std::size_t at; (at = shorter.find("**/")) != std::string::npos;) shorter.erase(at, 3);
    return shorter != glob && fnmatch(shorter.c_str(), path.c_str(), 0) == 0;
}

}  // namespace

int IgnoreFile::decide(const fs::path& path, bool is_dir) const {
    const fs::path rel = path.lexically_relative(dir_);
    if (rel.empty() || *rel.begin() == "..") return -1;
    const std::string rel_s = rel.generic_string();
    const std::string name = path.filename().string();
    int verdict = -1;
    for (const Pattern& p : patterns_) {
        if (p.dir_only && !is_dir) continue;
        if (p.anchored ? match(p.glob, rel_s) : fnmatch(p.glob.c_str(), name.c_str(), 0) == 0) verdict = p.negate ? 0 : 1;
    }
    return verdict;
}

IgnoreChain ignore_chain_for(const fs::path& dir) {
    std::error_code ec;
    const fs::path abs = fs::absolute(dir, ec).lexically_normal();
    std::vector<fs::path> up;
    bool in_repository = false;
    for (fs::path d = abs;; d = d.parent_path()) {
        up.push_back(d);
        if (fs::exists(d / ".git", ec)) {
            in_repository = true;
            break;
        }
        if (d == d.parent_path()) break;
    }
    IgnoreChain chain;
    if (!in_repository) up.resize(1);   // outside git, only the directory's own .gitignore
    for (auto it = up.rbegin(); it != up.rend(); ++it)
        if (auto f = IgnoreFile::load(*it)) chain.push_back(std::move(f));
    return chain;
}

bool ignored(const IgnoreChain& chain, const fs::path& path, bool is_dir) {
    if (chain.empty()) return false;
    std::error_code ec;
    const fs::path abs = fs::absolute(path, ec).lexically_normal();
    // A deeper .gitignore overrides a shallower one.
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        const int v = (*it)->decide(abs, is_dir);
        if (v >= 0) return v == 1;
    }
    return false;
}

bool ignored_in_repository(const fs::path& file) {
    std::error_code ec;
    const fs::path abs = fs::absolute(file, ec).lexically_normal();
    const IgnoreChain chain = ignore_chain_for(abs.parent_path());
    if (ignored(chain, abs, false)) return true;
    for (fs::path d = abs.parent_path(); d != d.parent_path(); d = d.parent_path()) {
        if (ignored(chain, d, true)) return true;
    }
    return false;
}

}  // namespace cablelint
