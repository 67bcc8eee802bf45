// Build-time generator: reads the rule catalogue (rules/catalogue/*.yaml) and the vocabularies (rules/data/*.yaml)
// and writes C++ that builds them without a YAML parser, so that cablelint starts without reading YAML (issue 10).
// The YAML files stay the source of truth; tests/catalogue_test.cpp checks that what this writes equals what the
// YAML says (loaded the way a user's custom rules and vocabularies are).
//
//   cablelint-builtin-data OUT.cpp FILE.yaml...      (catalogue files under rules/catalogue/, data under rules/data/)
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& message) {
    std::cerr << "cablelint-builtin-data: " << message << "\n";
    std::exit(1);
}

// A C++ string literal for any text (hex escapes for bytes outside printable ASCII; adjacent literals after a hex
// escape so that a following hex digit is not taken into it).
std::string literal(const std::string& s) {
    std::string out = "\"";
    bool after_hex = false;
    for (unsigned char c : s) {
        if (after_hex && std::isxdigit(c)) out += "\" \"";
        after_hex = false;
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
            after_hex = true;
        }
    }
    return out + "\"";
}

std::string upper(std::string s) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string scalar(const YAML::Node& n) { return n && n.IsScalar() ? n.Scalar() : std::string(); }

// Statements that build `name` as a copy of the YAML node n (maps, sequences, scalars; key order kept).
int node_counter = 0;
std::string fresh_name() {
    std::string name = "n";
    name += std::to_string(++node_counter);
    return name;
}
std::string build_node(const YAML::Node& n, const std::string& name) {
    std::ostringstream o;
    if (n.IsMap()) {
        o << "YAML::Node " << name << "(YAML::NodeType::Map);\n";
        for (const auto& kv : n) {
            const std::string child = fresh_name();
            o << "{\n" << build_node(kv.second, child) << name << "[" << literal(kv.first.Scalar()) << "] = " << child
              << ";\n}\n";
        }
    } else if (n.IsSequence()) {
        o << "YAML::Node " << name << "(YAML::NodeType::Sequence);\n";
        for (const auto& x : n) {
            const std::string child = fresh_name();
            o << "{\n" << build_node(x, child) << name << ".push_back(" << child << ");\n}\n";
        }
    } else if (n.IsScalar()) {
        o << "YAML::Node " << name << "(std::string(" << literal(n.Scalar()) << "));\n";
    } else {
        o << "YAML::Node " << name << "(YAML::NodeType::Null);\n";
    }
    return o.str();
}

// One rule entry → statements filling a RuleInfo `r` and adding it. Checks what the build can check; the rest is
// Catalogue::add's (the catalogue test loads the same YAML through it).
std::string rule_code(const YAML::Node& e, const std::string& file) {
    if (!e.IsMap() || !e["code"] || !e["name"]) fail(file + ": a rule entry without code or name");
    std::ostringstream o;
    o << "{\nRuleInfo r;\n";
    o << "r.code = " << literal(upper(scalar(e["code"]))) << ";\n";
    o << "r.name = " << literal(scalar(e["name"])) << ";\n";
    const std::string sev = e["severity"] ? scalar(e["severity"]) : "warning";
    if (sev != "off" && sev != "info" && sev != "warning" && sev != "error") fail(file + ": unknown severity " + sev);
    o << "r.severity = Severity::" << sev << ";\n";
    const std::string summary = scalar(e["summary"]);
    o << "r.summary = " << literal(summary) << ";\n";
    o << "r.relation = " << literal(scalar(e["relation"])) << ";\n";
    o << "r.kind = " << literal(e["kind"] ? scalar(e["kind"]) : "builtin") << ";\n";
    bool has_default = false;
    if (e["message"]) {
        o << "r.messages[\"default\"] = " << literal(scalar(e["message"])) << ";\n";
        has_default = true;
    }
    if (e["messages"]) {
        for (const auto& kv : e["messages"]) {
            o << "r.messages[" << literal(kv.first.Scalar()) << "] = " << literal(scalar(kv.second)) << ";\n";
            has_default = has_default || kv.first.Scalar() == "default";
        }
    }
    if (!has_default) o << "r.messages[\"default\"] = " << literal(summary.empty() ? scalar(e["name"]) : summary) << ";\n";
    for (const char* key : {"options", "option_values"}) {
        const std::string name = fresh_name();
        o << "{\n" << build_node(e[key] ? e[key] : YAML::Node(YAML::NodeType::Map), name) << "r." << key << " = " << name
          << ";\n}\n";
    }
    if (e["fix"]) {
        const std::string fix = scalar(e["fix"]);
        if (fix != "safe" && fix != "unsafe") fail(file + ": `fix` is safe or unsafe");
        o << "r.fix = RuleInfo::FixKind::" << fix << ";\n";
    }
    o << "r.fix_title = " << literal(scalar(e["fix_title"])) << ";\n";
    if (e["fix_unsafe_when"]) o << "r.fix_unsafe_when = " << literal(scalar(e["fix_unsafe_when"])) << ";\n";
    if (const YAML::Node ex = e["explains"]) {
        for (const auto& x : ex) {
            const std::string when = x["when"] ? scalar(x["when"]) : "same-field";
            std::string w = when;
            std::replace(w.begin(), w.end(), '-', '_');
            if (w != "same_field" && w != "field_cut" && w != "same_cable") fail(file + ": unknown when " + when);
            o << "{\nExplains x;\nx.when = Explains::When::" << w << ";\n";
            const YAML::Node rs = x["rules"];
            if (rs && rs.IsSequence()) {
                for (const auto& c : rs) o << "x.rules.push_back({" << literal(upper(c.Scalar())) << ", \"\"});\n";
            } else if (rs && rs.IsMap()) {
                for (const auto& kv : rs)
                    o << "x.rules.push_back({" << literal(upper(kv.first.Scalar())) << ", " << literal(scalar(kv.second)) << "});\n";
            } else {
                fail(file + ": an `explains` entry needs `rules`");
            }
            o << "x.why = " << literal(scalar(x["why"])) << ";\n";
            o << "r.explains.push_back(std::move(x));\n}\n";
        }
    }
    o << "c.add_compiled(std::move(r));\n}\n";
    return o.str();
}

std::string iso_date(const YAML::Node& n) {
    if (!n || n.IsNull()) return "0";
    const std::string s = n.Scalar();   // YYYY-MM-DD
    if (s.size() != 10) return "0";
    return std::to_string(std::stoi(s.substr(0, 4)) * 10000 + std::stoi(s.substr(5, 2)) * 100 + std::stoi(s.substr(8, 2)));
}

// One data file → statements filling Vocabularies `v` (as Vocabularies::load reads it).
std::string data_code(const YAML::Node& root, const std::string& name) {
    std::ostringstream o;
    if (root["orders"]) {
        o << "v.orders.clear();\n";
        for (const auto& x : root["orders"])
            o << "v.orders.push_back({" << literal(scalar(x["eo"])) << ", " << iso_date(x["from"]) << ", " << iso_date(x["to"])
              << "});\n";
    }
    if (root["map"]) {
        // Sorted and without repeats (the last value of a key wins, as load() does): the binary's vocabularies
        // view these arrays as they are.
        std::map<std::string, std::string> sorted;
        for (const auto& kv : root["map"]) sorted[upper(kv.first.Scalar())] = scalar(kv.second);
        o << "{\nstatic constexpr WordMap::value_type entries[] = {\n";
        for (const auto& [k, x] : sorted) o << "{" << literal(k) << "sv, " << literal(x) << "sv},\n";
        o << "};\nv.add_builtin_map(" << literal(name) << ", entries);\n}\n";
    }
    if (root["words"]) {
        std::set<std::string> sorted;   // sorted and without repeats, as the map above
        for (const auto& w : root["words"]) sorted.insert(upper(w.IsMap() ? scalar(w["word"]) : w.Scalar()));
        o << "{\nstatic constexpr std::string_view words[] = {\n";
        for (const std::string& w : sorted) o << literal(w) << "sv,\n";
        o << "};\nv.add_builtin_list(" << literal(name) << ", words);\n}\n";
    }
    return o.str();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) fail("usage: cablelint-builtin-data OUT.cpp FILE.yaml...");
    std::vector<fs::path> files(argv + 2, argv + argc);
    std::sort(files.begin(), files.end());
    std::ostringstream data;
    std::map<std::string, std::string> rules;   // code → its statements: emitted in the order Catalogue::sort() keeps
    for (const fs::path& f : files) {
        YAML::Node root;
        try {
            root = YAML::LoadFile(f.string());
        } catch (const YAML::Exception& e) {
            fail(f.string() + ": " + e.what());
        }
        if (f.parent_path().filename() == "catalogue") {
            for (const auto& e : root["rules"]) {
                std::string statements = rule_code(e, f.string());
                if (!rules.emplace(upper(scalar(e["code"])), std::move(statements)).second)
                    fail(f.string() + ": rule " + scalar(e["code"]) + " is in the catalogue twice");
            }
        } else {
            data << "// " << f.filename().string() << "\n" << data_code(root, f.stem().string());
        }
    }
    std::ostringstream rules_code;
    for (const auto& [code, statements] : rules) rules_code << statements;
    std::ostringstream out;
    out << "// Generated by cmake/builtin_data.cpp from rules/catalogue/*.yaml and rules/data/*.yaml. Do not edit.\n"
        << "#include \"builtin_data.hpp\"\n\n#include <string_view>\n#include <utility>\n\nnamespace cablelint {\n\n"
        << "using namespace std::string_view_literals;\n\n"
        << "void add_builtin_rules(Catalogue& c) {\nc.reserve(" << rules.size() << ");\n" << rules_code.str() << "}\n\n"
        << "void add_builtin_vocabularies(Vocabularies& v) {\n" << data.str() << "}\n\n}  // namespace cablelint\n";
    std::ofstream o(argv[1], std::ios::binary | std::ios::trunc);
    o << out.str();
    if (!o) fail(std::string("cannot write ") + argv[1]);
    return 0;
}
