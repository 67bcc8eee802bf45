// `cablelint parse FILE` (src/document_json.cpp): the located model as JSON, with the fields as configs and custom
// rules name them.
#include <catch2/catch.hpp>

#include "document_json.hpp"
#include "fields.hpp"
#include "helpers.hpp"

using namespace cablelint;

TEST_CASE("cablelint parse shows the model and every field by the name configs use") {
    const Source src("seed.txt", testing::read_file(testing::repo() / "fixtures/seed/09ASTANA1366.txt"));
    const Document doc = parse_document(src);
    const nlohmann::json j = document_to_json(doc, src);
    // Fields by their config names, each value located.
    const auto& fields = j.at("fields");
    for (std::string_view name : config_field_names()) CHECK(fields.contains(std::string(name)));
    REQUIRE(fields.at("classified-by").size() == 1);
    CHECK(fields.at("classified-by")[0].at("line") == 48);
    CHECK(fields.at("for-lines")[0].at("text") == "STATE FOR SCA/CEN, EUR/RUS, P/M");
    CHECK(fields.at("wrapper.identifier")[0].at("text") == "09ASTANA1366");
    CHECK(fields.at("banner.serial")[0].at("text") == "001366");
    CHECK(fields.at("tags").size() == 6);
    // The model's own parts: asides, breaks, the DECL instruction.
    const auto& text = j.at("text");
    REQUIRE(text.at("asides").size() == 8);
    CHECK(text.at("asides")[0].at("role") == "opens");
    CHECK(text.at("asides")[1].at("at").at("text") == "END SUMMARY");
    CHECK_FALSE(text.at("breaks").empty());
    CHECK(text.at("classifierMentions").size() == 2);   // the field and its second copy
    const auto& decl = text.at("eo").at("instruction");
    CHECK(decl.at("kind") == "date");
    CHECK(decl.at("label").at("text") == "DECL:");
    CHECK(decl.at("date").at("text") == "08/10/2019");
}
