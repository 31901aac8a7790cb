#include <iostream>

#include "allocator.hpp"
#include "cli.hpp"

int main(int argc, char** argv) {
  artconv::tune_allocator();
  return artconv::run_cli(argc, argv, std::cout, std::cerr);
}
