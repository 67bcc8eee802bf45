#include "regex_cache.hpp"

#include <map>
#include <memory>
#include <mutex>

namespace cablelint {

const RE2* cached_regex(const std::string& pattern) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<RE2>, std::less<>> cache;
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        auto re = std::make_unique<RE2>(pattern, RE2::Quiet);
        it = cache.emplace(pattern, re->ok() ? std::move(re) : nullptr).first;
    }
    return it->second.get();
}

}  // namespace cablelint
