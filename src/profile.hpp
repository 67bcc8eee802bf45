// Per-phase timings for the benchmark (bench/run.sh): with CABLELINT_PROFILE=1 in the environment, the CLI prints
// on stderr at exit how much thread CPU time went to reading, parsing, deriving facts, checking and output.
// Off, a phase costs one test of a flag.
#pragma once

#include <ostream>

namespace cablelint::profile {

enum class Phase { read, parse, facts, checks, output, count_ };

bool enabled();

// Adds the thread CPU time between construction and destruction to the phase's total.
class Timer {
public:
    explicit Timer(Phase p);
    ~Timer();
    Timer(const Timer&) = delete;
    Timer& operator=(const Timer&) = delete;

private:
    Phase phase_;
    long long start_ns_ = -1;
};

// "profile: read 0.12 s, parse 1.50 s, … (thread CPU seconds)" when enabled; nothing otherwise.
void print(std::ostream& err);

}  // namespace cablelint::profile
