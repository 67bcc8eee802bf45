#include <iostream>

#include "cli.hpp"

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    return cablelint::run_cli(argc, argv, std::cin, std::cout, std::cerr);
}
