#include "on_demand/library.hpp"

#include <dlfcn.h>

#include <string>

#include "model/error.hpp"

namespace artconv::on_demand {

void* open(const char* soname, const char* needed_for) {
  void* library = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);
  if (!library)
    throw Error(ErrorKind::internal, std::string(needed_for) + " needs " + soname + ": " + ::dlerror());
  return library;
}

void* symbol(void* library, const char* name) {
  void* found = ::dlsym(library, name);
  if (!found) throw Error(ErrorKind::internal, std::string("no function ") + name + ": " + ::dlerror());
  return found;
}

}  // namespace artconv::on_demand
