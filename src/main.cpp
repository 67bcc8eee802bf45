#include <iostream>
int main() { std::cout << "cablelint\n"; }
