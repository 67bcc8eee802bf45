// The parse of parse_document under PEGTL's coverage control, for tests/grammar_coverage_test.cpp. Built into the
// test program only: it compiles the whole grammar once more.
#include <cstring>

#include "parse/actions.hpp"
#include "parse_coverage.hpp"
#undef ON

namespace cablelint {

using namespace parsing;

namespace {

// PEGTL 3.2.7's coverage lists the productions of the grammar by their subs_t, but rep_min_max (and rep_max) also
// match an internal not_at<R> that is no sub: without entries for it, coverage() throws std::out_of_range.
template <typename Rep, typename Tail>
void add_tail(pegtl::coverage_result& r) {
    using not_at = pegtl::internal::not_at<Tail>;
    r[pegtl::demangle<not_at>()].branches.try_emplace(pegtl::demangle<Tail>());
    r[pegtl::demangle<Rep>()].branches.try_emplace(pegtl::demangle<not_at>());
}

// By rule_t, which names internal::rep_min_max for every production built on it (paragraph_number, rep_max …).
template <typename RuleT>
struct rep_tail {
    template <typename Rule>
    static void add(pegtl::coverage_result&) {}
};
template <unsigned Min, unsigned Max, typename Tail>
struct rep_tail<pegtl::internal::rep_min_max<Min, Max, Tail>> {
    template <typename Rule>
    static void add(pegtl::coverage_result& r) { add_tail<Rule, Tail>(r); }
};

template <typename Rule>
struct add_rep_tails {
    static void visit(pegtl::coverage_result& r) { rep_tail<typename Rule::rule_t>::template add<Rule>(r); }
};

}  // namespace

// Same input, actions and control as parse_document, under the coverage control; the post-parse passes do not
// touch the grammar.
void parse_coverage(const Source& src, tao::pegtl::coverage_result& result, const Vocabularies& vocab) {
    pegtl::visit<g::cable, add_rep_tails>(result);
    Document doc;
    if (std::memchr(src.base(), '\0', src.size()) != nullptr) return;
    State st(src, doc, vocab);
    pegtl::memory_input<pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf> in(src.base(), src.size(), src.path());
    pegtl::coverage<g::cable, action, control>(in, result, st);
}

}  // namespace cablelint
