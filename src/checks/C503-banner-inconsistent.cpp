// C503 banner-inconsistent: section banners repeated in the text (the start of each later section) disagree with
// the first banner in level, origin or serial. Majority blame: the banner whose value differs from the others is
// the one reported, with the agreeing banners as related locations. With only two banners the repeated one is
// blamed, unless the page's Identifier sides with it; the message says why.
#include <map>

#include "cable_text.hpp"
#include "wrapper_header.hpp"

namespace cablelint::check_C503 {
namespace {

struct Value {
    std::string key;     // what is compared
    std::string shown;   // what the message shows
    Field at;
};

void compare(CheckContext& ctx, const std::vector<const Banner*>& banners, const char* field,
             Value (*value)(const Banner&), const std::string& id_value) {
    std::vector<Value> values;
    for (const Banner* b : banners) values.push_back(value(*b));
    std::map<std::string, int> count;
    for (const Value& v : values) {
        if (!v.key.empty()) ++count[v.key];
    }
    if (count.size() < 2) return;
    std::string majority;
    int best = 0;
    bool tie = false;
    for (const auto& [k, n] : count) {
        if (n > best) { best = n; majority = k; tie = false; }
        else if (n == best) tie = true;
    }
    std::string why;
    if (tie || best < 2) {
        // Two against one another: the page Identifier decides; else the first banner stands.
        majority = values.front().key;
        why = " (the first banner is taken as right)";
        if (!id_value.empty()) {
            for (const Value& v : values) {
                if (v.key == id_value) {
                    majority = v.key;
                    why = " and the page Identifier agrees with it";
                    break;
                }
            }
        }
    }
    std::vector<std::size_t> agree;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (values[i].key == majority) agree.push_back(i);
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        const Value& v = values[i];
        if (v.key.empty() || v.key == majority) continue;
        std::vector<Related> related;
        for (std::size_t k : agree) {
            related.push_back(ctx.related(values[k].at, (k == 0 ? "the first banner says " : "a section banner says ") +
                                                            values[k].shown));
        }
        const std::string which = i == 0 ? "the first banner" : "the section banner " + collapse_spaces(banners[i]->line);
        const std::string others = agree.size() == 1 ? (agree[0] == 0 ? "the first banner says" : "the section banner says")
                                                     : std::to_string(agree.size()) + " other banners say";
        ctx.report(v.at, {{"which", which}, {"field", field}, {"value", v.shown}, {"others", others},
                          {"expected", values[agree.front()].shown}, {"why", why}},
                   std::move(related));
    }
}

Value level_of(const Banner& b) {
    const int r = level_rank(b.level_id);
    return {r < 0 ? "" : std::to_string(r), collapse_spaces(b.level), b.level};
}
Value origin_of(const Banner& b) {
    return {wrapper_header::origin_token(b.origin), collapse_spaces(b.origin), b.origin};
}
Value serial_of(const Banner& b) {
    const auto& n = b.serial_no;
    return {n ? std::to_string(*n) : "", std::string(b.serial), b.serial};
}

void check(CheckContext& ctx) {
    const Text& t = ctx.doc.text;
    if (!present(t.banner.line) || t.later_banners.empty()) return;
    std::vector<const Banner*> banners{&t.banner};
    for (const Banner& b : t.later_banners) banners.push_back(&b);
    std::string id_origin, id_serial;
    if (auto id = ctx.doc.wrapper.id) {
        id_origin = wrapper_header::origin_token(id->origin);
        if (const auto& n = id->serial_no) id_serial = std::to_string(*n);
    }
    compare(ctx, banners, "level", level_of, "");
    compare(ctx, banners, "origin", origin_of, id_origin);
    compare(ctx, banners, "serial", serial_of, id_serial);
}

}  // namespace
CABLELINT_CHECK("C503", check)
}  // namespace cablelint::check_C503
