#include "profile.hpp"

#include <array>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string_view>

namespace cablelint::profile {

namespace {

std::array<std::atomic<long long>, static_cast<std::size_t>(Phase::count_)> totals{};

long long thread_cpu_ns() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

}  // namespace

bool enabled() {
    static const bool on = [] {
        const char* v = std::getenv("CABLELINT_PROFILE");
        return v != nullptr && std::string_view(v) != "" && std::string_view(v) != "0";
    }();
    return on;
}

Timer::Timer(Phase p) : phase_(p) {
    if (enabled()) start_ns_ = thread_cpu_ns();
}

Timer::~Timer() {
    if (start_ns_ >= 0) totals[static_cast<std::size_t>(phase_)] += thread_cpu_ns() - start_ns_;
}

void print(std::ostream& err) {
    if (!enabled()) return;
    static constexpr const char* names[] = {"read", "parse", "facts", "checks", "output"};
    err << "profile:";
    for (std::size_t i = 0; i < totals.size(); ++i) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%s %s %.3f s", i == 0 ? "" : ",", names[i], static_cast<double>(totals[i]) / 1e9);
        err << buf;
    }
    err << " (thread CPU seconds)\n";
}

}  // namespace cablelint::profile
