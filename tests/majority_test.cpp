// The page markers as one voter (checks/majority.hpp): the most common marker serial among the markers other than
// one, from a tally made once; checked against counting them again for every marker.
#include <catch2/catch.hpp>

#include <map>

#include "checks/majority.hpp"

using namespace cablelint;

namespace {

// Counting again: the most common serial among the markers but `except` (a tie: the smaller), its first marker.
const majority::SerialVoter* recount(const majority::Serials& s, const majority::SerialVoter* except) {
    std::map<long, std::pair<int, const majority::SerialVoter*>> count;
    for (const majority::SerialVoter& m : s.markers) {
        if (&m == except) continue;
        auto& c = count[m.value];
        if (c.first++ == 0) c.second = &m;
    }
    const majority::SerialVoter* best = nullptr;
    int n = 0;
    for (const auto& [value, c] : count)
        if (c.first > n) best = c.second, n = c.first;
    return best;
}

}  // namespace

TEST_CASE("the page markers' vote, without each marker in turn, is the vote counted again") {
    const std::vector<std::vector<long>> cases = {{}, {5}, {5, 5}, {5, 7}, {7, 5}, {5, 5, 7}, {7, 5, 5}, {5, 7, 7, 5},
                                                  {3, 3, 3}, {9, 1, 9, 1, 2}, {1, 2, 3, 4}, {4, 4, 1, 1, 1, 4}};
    for (const auto& values : cases) {
        majority::Serials s;
        for (long v : values)
            s.markers.push_back(majority::SerialVoter{{}, v, false, "marker " + std::to_string(s.markers.size()), ""});
        majority::tally_markers(s);
        std::vector<const majority::SerialVoter*> excepts = {nullptr};
        for (const auto& m : s.markers) excepts.push_back(&m);
        for (const majority::SerialVoter* except : excepts) {
            INFO(Catch::rangeToString(values) << " without marker " << (except ? except - s.markers.data() : -1));
            const auto got = majority::markers_voter(s, except);
            const majority::SerialVoter* want = recount(s, except);
            REQUIRE(got.has_value() == (want != nullptr));
            if (!got) continue;
            CHECK(got->value == want->value);
            CHECK(got->label == want->label);   // the same marker stands for the serial (it is the witness)
        }
    }
}
