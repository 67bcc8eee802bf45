#include <fstream>
#include <iostream>
#include <sstream>

#include "document_json.hpp"
#include "engine.hpp"

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        cablelint::Source src(argv[i], ss.str());
        std::cout << cablelint::document_to_json(cablelint::parse_document(src), src).dump(1) << "\n";
    }
}
