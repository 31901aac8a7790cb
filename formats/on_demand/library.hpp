// A shared library opened at the first call of one of its functions, for the
// libraries the artconv command uses only for some outputs or options (see
// cmake/ArtconvDependencies.cmake): loading them at every start cost more
// than a one-article run's conversion. A file per library defines the
// functions artconv calls (same names and types as the library's header),
// each forwarding through on_demand::function.
#pragma once

namespace artconv::on_demand {

// The library `soname`, opened once (RTLD_NOW | RTLD_LOCAL). Throws
// Error{internal} "<needed_for> needs <soname>: <why>" when it cannot be.
void* open(const char* soname, const char* needed_for);
// `name` in `library`. Throws Error{internal} when it has none.
void* symbol(void* library, const char* name);

// The library's function `name`, looked up once; `Forwarder` (the defining
// file's function of that name) gives its type, `Library` the handle.
template <auto Forwarder, void* (*Library)()>
decltype(Forwarder) function(const char* name) {
  static const auto found = reinterpret_cast<decltype(Forwarder)>(symbol(Library(), name));
  return found;
}

}  // namespace artconv::on_demand
