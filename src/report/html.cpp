// --format html: one self-contained page that shows a whole run at a glance (docs/report.md). The reporter only
// aggregates as files arrive (per rule, family, year, post, year × family) and keeps the findings of the worst files
// up to a limit; at the end it writes the page (src/report/html/report.html) with those numbers as JSON, Chart.js and
// the page's script (report.js) inline, so that the file opens offline and makes no request.
#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <queue>
#include <set>
#include <string>
#include <tuple>

#include <nlohmann/json.hpp>
#include <re2/re2.h>

#include "catalogue.hpp"
#include "embedded.hpp"
#include "excerpt.hpp"
#include "reporter.hpp"

namespace cablelint {

namespace {

using json = nlohmann::ordered_json;

// Findings of one severity each, and in how many files (a file counts once per group).
struct Counts {
    std::array<std::size_t, 4> by_severity{};   // by Severity: off, info, warning, error
    std::size_t files = 0;
    std::size_t fixable = 0, unsafe_fixable = 0;
    std::size_t last_file = SIZE_MAX;

    // `unsafe`: --unsafe-fixes, whose fixes then count as fixable.
    void add(const Finding& f, std::size_t file, bool unsafe) {
        ++by_severity[static_cast<int>(f.severity)];
        if (has_fix(f, unsafe)) ++fixable;
        else if (f.fix) ++unsafe_fixable;
        if (last_file != file) ++files;
        last_file = file;
    }
    std::size_t total() const { return by_severity[1] + by_severity[2] + by_severity[3]; }
    void put(json& j) const {
        j["error"] = by_severity[3];
        j["warning"] = by_severity[2];
        j["info"] = by_severity[1];
        j["total"] = total();
        j["files"] = files;
        j["fixable"] = fixable;
        j["unsafeFixable"] = unsafe_fixable;
    }
};

// A file with findings whose findings the page may show. Worse = more errors, then warnings, then infos; among
// equals the earlier in the run.
struct Shown {
    std::size_t errors = 0, warnings = 0, infos = 0, index = 0;
    std::string entry;   // its JSON (as text: a parsed value would cost ten times the memory)
    std::size_t findings() const { return errors + warnings + infos; }
};
bool worse(const Shown& a, const Shown& b) {
    return std::tuple(a.errors, a.warnings, a.infos, b.index) > std::tuple(b.errors, b.warnings, b.infos, a.index);
}
// The heap's top is the least bad file: the first to leave out when the limit is passed.
struct LeastBadFirst {
    bool operator()(const Shown& a, const Shown& b) const { return worse(a, b); }
};

json excerpt_json(const Source& src, Span span) {
    Excerpt x = excerpt_of(src, span);
    return {{"before", std::move(x.before)}, {"marked", std::move(x.marked)}, {"after", std::move(x.after)}};
}

// The family of a rule code: its letter ("W" for W105).
std::string family_letter(std::string_view code) {
    return code.empty() ? std::string("?") : std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(code[0]))));
}
constexpr std::string_view custom_family = "custom";

// What a docs page says after "**Family:** W — " (its family's title), or "".
std::string family_title(std::string_view docs) {
    static const RE2 family(R"(\*\*Family:\*\*\s*\w+\s*(?:—|-)\s*([^·\n]*?)\s*(?:·|\n|$))");
    std::string title;
    RE2::PartialMatch(docs, family, &title);
    return title;
}

// Markdown as plain text: links as their text, no emphasis or code marks, white space collapsed.
std::string plain_text(std::string text) {
    static const RE2 link(R"(\[([^\]]*)\]\([^)]*\))");
    static const RE2 marks(R"(\*\*|`)");
    static const RE2 space(R"(\s+)");
    RE2::GlobalReplace(&text, link, R"(\1)");
    RE2::GlobalReplace(&text, marks, "");
    RE2::GlobalReplace(&text, space, " ");
    return text;
}

// The first paragraph of a docs page's "What it checks", as plain text, cut at a sentence end near 400 bytes; a
// paragraph that leads into a list (ends with a colon) loses that last sentence. "" when nothing is left.
std::string docs_excerpt(std::string_view docs) {
    const std::size_t heading = docs.find("## What it checks");
    if (heading == std::string::npos) return "";
    std::size_t begin = docs.find('\n', heading);
    if (begin == std::string::npos) return "";
    begin = docs.find_first_not_of("\n ", begin);
    if (begin == std::string::npos) return "";
    const std::size_t end = docs.find("\n\n", begin);
    const std::size_t n = end == std::string::npos ? std::string::npos : end - begin;
    std::string text = plain_text(std::string(docs.substr(begin, n)));
    constexpr std::size_t near = 400;
    if (text.ends_with(':')) {
        const std::size_t cut = text.rfind(". ");
        text.resize(cut == std::string::npos ? 0 : cut + 1);
    }
    if (text.size() > near) {
        std::size_t cut = text.rfind(". ", near);
        if (cut == std::string::npos || cut < near / 2) {
            cut = near;
            while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;   // a character's start
            text = text.substr(0, cut) + "\u2026";
        } else {
            text.resize(cut + 1);
        }
    }
    return text;
}

std::string_view asset(std::string_view name) {
    for (const EmbeddedFile& f : report_assets()) {
        if (f.path == name) return f.text;
    }
    return {};
}

class HtmlReporter : public Reporter {
public:
    HtmlReporter(std::ostream& out, const Catalogue& catalogue, HtmlOptions options)
        : out_(out), catalogue_(catalogue), options_(options) {}

    void file(const FileReport& r) override {
        const std::size_t index = files_seen_++;
        // A file --fix could not write back is listed too: it was linted, and still has its findings.
        if (std::string problem = r.problem(); !problem.empty() && not_linted_.size() < options_.max_listed_problems)
            not_linted_.push_back({{"path", r.path}, {"error", std::move(problem)}});
        if (!r.skipped.empty() && skipped_.size() < options_.max_listed_problems)
            skipped_.push_back({{"path", r.path}, {"reason", r.skipped}});
        if (!r.source || !r.skipped.empty()) return;
        ++linted_;
        if (r.findings.empty()) return;
        ++files_with_findings_;
        const int year = r.origin.year.value_or(0);   // 0: unknown
        const std::string& post = r.origin.post;
        Shown shown;
        shown.index = index;
        std::set<std::string> codes;
        for (const Finding& f : r.findings) {
            const std::string& family = family_of(f.code);
            Counts& rule = rules_[f.code];
            if (rule.files == 0) names_[f.code] = f.name;
            const bool unsafe = options_.unsafe_fixes;
            rule.add(f, index, unsafe);
            families_[family].add(f, index, unsafe);
            years_[year].add(f, index, unsafe);
            posts_[post].add(f, index, unsafe);
            ++heat_[{year, family}];
            if (f.severity == Severity::error) ++shown.errors;
            else if (f.severity == Severity::warning) ++shown.warnings;
            else ++shown.infos;
            codes.insert(f.code);
        }
        // A file with more findings than the limit is left out alone; otherwise the page shows the worst files
        // whose findings fit, worst first: none less bad than a file already left out.
        if (shown.findings() > options_.max_findings) {
            ++omitted_files_;
            omitted_findings_ += shown.findings();
            return;
        }
        if (evicted_ && !worse(shown, *evicted_)) {
            leave_out(std::move(shown));
            return;
        }
        shown.entry = entry_of(r, year, codes);
        embedded_findings_ += shown.findings();
        embedded_.push(std::move(shown));
        while (embedded_findings_ > options_.max_findings) {
            Shown least = embedded_.top();
            embedded_.pop();
            embedded_findings_ -= least.findings();
            leave_out(std::move(least));
        }
    }

    void end(const Summary& s) override {
        json data;
        data["tool"] = {{"name", "cablelint"}, {"version", CABLELINT_VERSION}, {"homepage", CABLELINT_HOMEPAGE}};
        data["paths"] = options_.paths;
        data["unsafeFixes"] = options_.unsafe_fixes;
        data["summary"] = {{"files", s.files}, {"linted", linted_}, {"clean", linted_ - files_with_findings_},
                           {"withFindings", files_with_findings_}, {"findings", s.errors + s.warnings + s.infos},
                           {"errors", s.errors}, {"warnings", s.warnings}, {"infos", s.infos},
                           {"fixable", s.fixable}, {"unsafeFixable", s.unsafe_fixable}, {"notLinted", s.unreadable + s.unwritten},
                           {"skipped", s.skipped}, {"baselined", s.baselined}, {"fixed", s.fixed},
                           {"fixedFiles", s.fixed_files}};
        data["rules"] = rules_json();
        data["families"] = families_json();
        json years = json::array();
        for (const auto& [year, c] : years_) {
            json j = {{"year", year == 0 ? json() : json(year)}};
            c.put(j);
            years.push_back(std::move(j));
        }
        // Unknown (null) last.
        if (!years.empty() && years.front()["year"].is_null()) {
            json unknown = std::move(years.front());
            years.erase(years.begin());
            years.push_back(std::move(unknown));
        }
        data["years"] = std::move(years);
        data["posts"] = posts_json();
        data["heat"] = heat_json();

        std::vector<Shown> shown;
        shown.reserve(embedded_.size());
        while (!embedded_.empty()) {
            shown.push_back(std::move(const_cast<Shown&>(embedded_.top())));
            embedded_.pop();
        }
        std::reverse(shown.begin(), shown.end());   // worst first
        data["limit"] = {{"maxFindings", options_.max_findings}, {"omittedFiles", omitted_files_},
                         {"omittedFindings", omitted_findings_}};
        data["notLinted"] = std::move(not_linted_);
        data["skipped"] = std::move(skipped_);
        // The listed files' JSON goes in as the data's last member, written straight from their texts.
        std::string head = escaped(data.dump(-1, ' ', false, json::error_handler_t::replace));
        head.back() = ',';   // for the closing brace
        write_page([&] {
            out_ << head << "\"files\":[";
            for (std::size_t i = 0; i < shown.size(); ++i) out_ << (i > 0 ? "," : "") << shown[i].entry;
            out_ << "]}";
        });
    }

private:
    void leave_out(Shown shown) {
        ++omitted_files_;
        omitted_findings_ += shown.findings();
        if (!evicted_ || worse(shown, *evicted_)) {
            shown.entry.clear();
            evicted_ = std::move(shown);
        }
    }

    std::string entry_of(const FileReport& r, int year, const std::set<std::string>& codes) const {
        const Source& src = *r.source;
        json findings = json::array();
        for (const Finding& f : r.findings) {
            const Position p = src.position(f.span.begin);
            json j = {{"code", f.code}, {"severity", severity_name(f.severity)}, {"line", p.line}, {"column", p.column},
                      {"message", f.message}, {"fix", f.fix ? json(f.fix->safe ? "safe" : "unsafe") : json()},
                      {"excerpt", excerpt_json(src, f.span)}};
            json related = json::array();
            for (const Related& rel : f.related) {
                const Position rp = src.position(rel.span.begin);
                related.push_back({{"line", rp.line}, {"column", rp.column}, {"message", rel.message},
                                   {"excerpt", excerpt_json(src, rel.span)}});
            }
            j["related"] = std::move(related);
            findings.push_back(std::move(j));
        }
        std::size_t e = 0, w = 0, i = 0, fixable = 0;
        for (const Finding& f : r.findings) {
            (f.severity == Severity::error ? e : f.severity == Severity::warning ? w : i) += 1;
            if (has_fix(f, options_.unsafe_fixes)) ++fixable;
        }
        const json entry = {{"path", r.path}, {"year", year == 0 ? json() : json(year)},
                            {"post", r.origin.post.empty() ? json() : json(r.origin.post)}, {"error", e}, {"warning", w},
                            {"info", i}, {"fixable", fixable}, {"rules", codes}, {"findings", std::move(findings)}};
        return escaped(entry.dump(-1, ' ', false, json::error_handler_t::replace));
    }

    json rules_json() {
        std::vector<std::pair<std::string, const Counts*>> sorted;
        for (const auto& [code, c] : rules_) sorted.emplace_back(code, &c);
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second->total() > b.second->total(); });
        json rules = json::array();
        for (const auto& [code, c] : sorted) {
            const RuleInfo* info = catalogue_.find(code);
            const std::string& name = info != nullptr ? info->name : names_.at(code);
            std::string docs;
            if (info == nullptr) docs = "A rule of a configuration.";
            else if (info->custom) docs = "A rule of the configuration (kind " + info->kind + ").";
            else if (info != nullptr) docs = docs_excerpt(info->docs);
            json j = {{"code", code}, {"name", name}, {"family", family_of(code)},
                      {"summary", info != nullptr ? plain_text(info->summary) : std::string()}, {"docs", std::move(docs)},
                      {"url", info != nullptr && !info->custom ? json(rule_docs_url(code, name)) : json()}};
            c->put(j);
            rules.push_back(std::move(j));
        }
        return rules;
    }

    // A rule's family: the letter of its code, or "custom" for a rule of a configuration (whatever its letter; the
    // catalogue given is the run's, without the custom rules of configurations further down the tree).
    const std::string& family_of(const std::string& code) {
        auto it = family_by_code_.find(code);
        if (it == family_by_code_.end()) {
            const RuleInfo* info = catalogue_.find(code);
            it = family_by_code_.emplace(code, info == nullptr || info->custom ? std::string(custom_family) : family_letter(code)).first;
        }
        return it->second;
    }

    json families_json() const {
        // Titles from the docs pages ("**Family:** W — page wrapper").
        std::map<std::string, std::string> titles;
        for (const RuleInfo& r : catalogue_.rules()) {
            std::string& title = titles[family_letter(r.code)];
            if (title.empty()) title = family_title(r.docs);
        }
        json families = json::array();
        for (const auto& [letter, c] : families_) {
            const auto t = titles.find(letter);
            const bool titled = letter != custom_family && t != titles.end() && !t->second.empty();
            json j = {{"family", letter}, {"title", titled ? t->second : "rules of the configuration"}};
            c.put(j);
            families.push_back(std::move(j));
        }
        return families;
    }

    json posts_json() const {
        std::vector<std::pair<std::string, const Counts*>> sorted;
        for (const auto& [post, c] : posts_) sorted.emplace_back(post, &c);
        std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second->total() > b.second->total(); });
        json posts = json::array();
        for (const auto& [post, c] : sorted) {
            json j = {{"post", post.empty() ? json() : json(post)}};
            c->put(j);
            posts.push_back(std::move(j));
        }
        return posts;
    }

    json heat_json() const {
        std::vector<json> years;
        for (const auto& [year, c] : years_) {
            if (year != 0) years.push_back(year);
        }
        if (years_.count(0)) years.push_back(nullptr);
        std::vector<std::string> families;
        for (const auto& [letter, c] : families_) families.push_back(letter);
        json counts = json::array();
        for (const json& y : years) {
            json row = json::array();
            for (const std::string& f : families) {
                const auto it = heat_.find({y.is_null() ? 0 : y.get<int>(), f});
                row.push_back(it == heat_.end() ? 0 : it->second);
            }
            counts.push_back(std::move(row));
        }
        return {{"years", years}, {"families", families}, {"counts", std::move(counts)}};
    }

    // JSON text with `<` written as \u003c, so that no text of a cable or path can close the script element it is in.
    static std::string escaped(const std::string& text) {
        std::string safe;
        safe.reserve(text.size() + text.size() / 64);
        for (char c : text) {
            if (c == '<') safe += "\\u003c";
            else safe += c;
        }
        return safe;
    }

    // The page (report.html) with its parts filled in; `write_data` writes the data where @DATA@ is.
    template <typename WriteData>
    void write_page(WriteData write_data) {
        std::string_view page = asset("report.html");
        const std::pair<std::string_view, std::string_view> fills[] = {
            {"@STYLE@", asset("report.css")}, {"@VERSION@", CABLELINT_VERSION}, {"@DATA@", {}},
            {"@CHARTJS@", asset("chart.min.js")}, {"@SCRIPT@", asset("report.js")}};
        while (!page.empty()) {
            std::size_t at = std::string_view::npos;
            const std::pair<std::string_view, std::string_view>* fill = nullptr;
            for (const auto& f : fills) {
                const std::size_t p = page.find(f.first);
                if (p < at) {
                    at = p;
                    fill = &f;
                }
            }
            out_ << page.substr(0, at);
            if (fill == nullptr) break;
            if (fill->first == "@DATA@") write_data();
            else out_ << fill->second;
            page.remove_prefix(at + fill->first.size());
        }
    }

    std::ostream& out_;
    const Catalogue& catalogue_;
    HtmlOptions options_;
    std::size_t files_seen_ = 0, linted_ = 0, files_with_findings_ = 0;
    std::map<std::string, Counts> rules_, families_, posts_;
    std::map<std::string, std::string> names_;   // a rule's name as its findings give it (custom rules)
    std::map<std::string, std::string, std::less<>> family_by_code_;
    std::map<int, Counts> years_;
    std::map<std::pair<int, std::string>, std::size_t> heat_;
    std::priority_queue<Shown, std::vector<Shown>, LeastBadFirst> embedded_;
    std::size_t embedded_findings_ = 0;
    std::optional<Shown> evicted_;   // the worst file left out for the limit: no less bad file is shown
    std::size_t omitted_files_ = 0, omitted_findings_ = 0;
    json not_linted_ = json::array();
    json skipped_ = json::array();   // files of a directory walk that are not cables, by name (the first ones)
};

}  // namespace

std::unique_ptr<Reporter> make_html_reporter(std::ostream& out, const Catalogue& catalogue, HtmlOptions options) {
    return std::make_unique<HtmlReporter>(out, catalogue, options);
}

}  // namespace cablelint
