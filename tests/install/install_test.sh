#!/usr/bin/env bash
# install_test.sh BUILD_DIR SOURCE_DIR: `cmake --install` into a temporary
# prefix puts everything where GNUInstallDirs says; the README's example
# (tests/install/consumer) builds against it with find_package(artconv) and
# with pkg-config, and runs.
set -euo pipefail
build=$1 source=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null

fail() { echo "FAIL: $*" >&2; exit 1; }
libdir=$(cd "$prefix" && ls -d lib*/cmake/artconv | head -n 1) || fail "no lib*/cmake/artconv"
libdir=${libdir%/cmake/artconv}
for f in bin/artconv share/man/man1/artconv.1 share/bash-completion/completions/artconv \
         share/zsh/site-functions/_artconv share/fish/vendor_completions.d/artconv.fish \
         include/artconv/artconv.hpp include/artconv/version.hpp include/artconv/model/document.hpp \
         include/artconv/model/error.hpp "$libdir/libartconv.so" "$libdir/cmake/artconv/artconvConfig.cmake" \
         "$libdir/cmake/artconv/artconvConfigVersion.cmake" "$libdir/cmake/artconv/artconvTargets.cmake" \
         "$libdir/pkgconfig/artconv.pc"; do
  [[ -e $prefix/$f ]] || fail "not installed: $f"
done
echo "installed: $(cd "$prefix" && find . -type f -o -type l | sort | tr '\n' ' ')"

# The public headers hold only the API: no ICU, libxml2, libzip or internal header.
if grep -rnE '#include *[<"](unicode/|libxml/|zip\.h|uchardet|nettle/|nlohmann/|CLI/|pipeline|registry|plaintext/)' \
     "$prefix/include/artconv"; then
  fail "a public header includes a private dependency"
fi
"$prefix/bin/artconv" --version | grep -qx "artconv $(sed -n 's/^#define ARTCONV_VERSION "\(.*\)"/\1/p' \
  "$prefix/include/artconv/version.hpp")" || fail "bin/artconv --version"

article=$source/fixtures/articles/zh-hant-news-shanghai.txt
check_run() {  # check_run PROGRAM: converts the article to an EPUB and wrapped text
  local out=$tmp/out.epub
  rm -f "$out"
  "$1" "$article" "$out" >"$tmp/stdout" || fail "$1 failed"
  head -c 58 "$out" | grep -q 'mimetypeapplication/epub+zip' || fail "$1: $out is not an EPUB"
  [[ $(head -n 1 "$tmp/stdout") == *"(zh-Hant, "* ]] || fail "$1: unexpected output: $(head -n 1 "$tmp/stdout")"
  cmp -s <(tail -n +2 "$tmp/stdout") <("$prefix/bin/artconv" --wrap 40 "$article") ||
    fail "$1: the text differs from artconv --wrap 40"
}

# The README's example is this program.
awk '/checks that this is tests\/install\/consumer\/to_epub.cpp/ {on = 1; next}
     on && /^```cpp/ {copy = 1; next} copy && /^```/ {exit} copy' "$source/README.md" >"$tmp/readme.cpp"
cmp -s "$tmp/readme.cpp" "$source/tests/install/consumer/to_epub.cpp" ||
  fail "README.md's library example differs from tests/install/consumer/to_epub.cpp"

# 1. CMake: find_package(artconv CONFIG) -> artconv::artconv
cmake -S "$source/tests/install/consumer" -B "$tmp/consumer" -DCMAKE_BUILD_TYPE=Release \
      -DCMAKE_PREFIX_PATH="$prefix" >/dev/null
cmake --build "$tmp/consumer" >/dev/null
check_run "$tmp/consumer/to_epub"
echo "find_package(artconv): built and ran tests/install/consumer/to_epub.cpp"

# 2. pkg-config
if command -v pkg-config >/dev/null; then
  flags=$(PKG_CONFIG_PATH=$prefix/$libdir/pkgconfig pkg-config --cflags --libs artconv)
  # shellcheck disable=SC2086
  # The public headers are clean under strict warnings.
  c++ -std=c++20 -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Werror -o "$tmp/to_epub_pc" "$source/tests/install/consumer/to_epub.cpp" $flags
  LD_LIBRARY_PATH=$prefix/$libdir check_run "$tmp/to_epub_pc"
  echo "pkg-config artconv: $flags: built and ran"
fi
echo "ok"
