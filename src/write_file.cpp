#include "write_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace cablelint {

namespace fs = std::filesystem;

namespace {
// `what` and the system's reason, appended (g++ 12 at -O3 warns falsely on literal + temporary, GCC bug 105651).
std::string failed(std::string_view what, std::string_view why) {
    std::string s;
    s.append(what).append(why);
    return s;
}
}  // namespace

FileStamp stamp_of(const fs::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {};
    return {true, static_cast<long long>(st.st_size),
            static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec,
            static_cast<long long>(st.st_ino)};
}

std::string write_file_atomically(const fs::path& path, std::string_view bytes, const FileStamp& read) {
    std::error_code ec;
    const fs::path target = fs::canonical(path, ec);
    if (ec) return failed("cannot write: ", ec.message());
    struct stat st {};
    if (::stat(target.c_str(), &st) != 0) return failed("cannot write: ", std::strerror(errno));
    const FileStamp now = stamp_of(target);
    if (!read.known || now.size != read.size || now.mtime_ns != read.mtime_ns || now.inode != read.inode)
        return "the file changed while it was being fixed (run again)";
    std::string name = ".";
    name.append(target.filename().string()).append(".cablelint-XXXXXX");
    std::string tmp = (target.parent_path() / name).string();
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) return failed("cannot write beside the file: ", std::strerror(errno));
    auto fail = [&](const char* what) {
        const std::string why = failed(what, std::strerror(errno));
        ::close(fd);
        ::unlink(tmp.c_str());
        return why;
    };
    for (std::size_t done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail("cannot write: ");
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, st.st_mode & 07777) != 0) return fail("cannot set the file's permissions: ");
    if (::fsync(fd) != 0) return fail("cannot write: ");
    if (::close(fd) != 0) {
        ::unlink(tmp.c_str());
        return failed("cannot write: ", std::strerror(errno));
    }
    if (::rename(tmp.c_str(), target.c_str()) != 0) {
        const std::string why = failed("cannot replace the file: ", std::strerror(errno));
        ::unlink(tmp.c_str());
        return why;
    }
    return "";
}

}  // namespace cablelint
