// The one place cablelint writes a user's file (--fix): atomically, beside it, then renamed over it.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace cablelint {

// What a file looked like when it was read, to tell whether it changed before the fixed text is written.
struct FileStamp {
    bool known = false;
    long long size = 0, mtime_ns = 0, inode = 0;
};
FileStamp stamp_of(const std::filesystem::path& path);

// Replace `path`'s contents with `bytes`: a temporary file in the same directory with the file's permissions,
// then rename(2), so that a reader sees the old file or the new one, never half of it; a symbolic link is followed
// (its target is rewritten, the link stays). Refuses when the file is no longer what `read` saw. "" or the error.
std::string write_file_atomically(const std::filesystem::path& path, std::string_view bytes, const FileStamp& read);

}  // namespace cablelint
