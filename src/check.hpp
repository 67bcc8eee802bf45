// The interface of a built-in check: one C++ function per rule code, registered by code.
//
//   static void check(cablelint::CheckContext& ctx) { ... ctx.report(field, {{"dtg", "31 APR 09"}}); }
//   CABLELINT_CHECK("D302", check)
//
// The message text comes from the rule's catalogue entry (`rules/catalogue/*.yaml`, key `message`, or
// `messages: {variant: ...}`), with `{name}` placeholders filled from the arguments given to report().
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "document.hpp"
#include "facts.hpp"
#include "document_kind.hpp"
#include "finding.hpp"
#include "source.hpp"
#include "vocabulary.hpp"

namespace cablelint {

struct RuleInfo;

using Args = std::vector<std::pair<std::string, std::string>>;

// A finding's severity relative to the rule's configured one: `soft` one step below (error→warning→info) for the
// "…is a warning when…" cases, `raised` one step above (info→warning→error) for the "…but when … it is a warning" ones.
enum class Shift { none, soft, raised };

class CheckContext {
public:
    CheckContext(const Source& src, const Document& doc, const Facts& facts, const RuleInfo& rule,
                 const Vocabularies& vocab, Severity severity, const YAML::Node& options, std::vector<Finding>& out)
        : src(src), doc(doc), facts(facts), rule(rule), vocab(vocab), severity_(severity),
          options_(options), out_(out) {}

    const Source& src;
    const Document& doc;
    const Facts& facts;         // derived once per file (src/facts.hpp)
    const RuleInfo& rule;
    const Vocabularies& vocab;

    // Report at a field (or an explicit span), with the message variant `variant` of the catalogue entry.
    // soft = one step below the configured severity (error→warning→info), for the "…is a warning when…" cases.
    void report(Field at, const Args& args, std::vector<Related> related = {}, std::string_view variant = "default",
                bool soft = false);
    void report(Span at, const Args& args, std::vector<Related> related = {}, std::string_view variant = "default",
                bool soft = false);
    void report(Field at, const Args& args, std::vector<Related> related, std::string_view variant, Shift shift);
    void report(Span at, const Args& args, std::vector<Related> related, std::string_view variant, Shift shift);

    // Attach a fix to the finding just reported (the rule's catalogue entry has `fix:`; its safety is the entry's,
    // or unsafe when `safe` is false). Edits must not overlap.
    void fix(std::vector<Edit> edits, bool safe = true);

    Related related(Field at, std::string message) const { return Related{std::move(message), src.span_of(at)}; }

    // Options: the rule's configured value, else the catalogue default.
    std::string option_string(const char* key, std::string fallback = "") const;
    long option_int(const char* key, long fallback) const;

private:
    Severity severity_;
    const YAML::Node& options_;
    std::vector<Finding>& out_;
};

using CheckFn = void (*)(CheckContext&);

// Registry of built-in checks (filled by static registration in each src/checks/*.cpp).
bool register_check(const char* code, CheckFn fn);
CheckFn find_check(std::string_view code);
// Registry of generic rule kinds (src/kinds/*.cpp); a kind reads its parameters from ctx.rule.spec.
bool register_kind(const char* kind, CheckFn fn);
CheckFn find_kind(std::string_view kind);

// Fill `{name}` placeholders of a message template.
std::string format_message(std::string_view tmpl, const Args& args);

}  // namespace cablelint

#define CABLELINT_CONCAT2(a, b) a##b
#define CABLELINT_CONCAT(a, b) CABLELINT_CONCAT2(a, b)
// A check's file defines its function in `namespace cablelint::check_CODE` (and helpers in an unnamed namespace
// inside it): the checks are compiled in batches (CABLELINT_UNITY in CMakeLists.txt), where names must not clash.
#define CABLELINT_CHECK(code, fn) \
    [[maybe_unused]] static const bool CABLELINT_CONCAT(cablelint_registered_, __LINE__) = ::cablelint::register_check(code, fn);
#define CABLELINT_KIND(kind, fn) \
    [[maybe_unused]] static const bool CABLELINT_CONCAT(cablelint_kind_, __LINE__) = ::cablelint::register_kind(kind, fn);
