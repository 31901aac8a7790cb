#!/usr/bin/env bash
# deb_test.sh BUILD_DIR SOURCE_DIR: `cpack -G DEB` makes a .deb whose
# Depends come from dpkg-shlibdeps; it holds the program, the library, the
# headers, the man page and the completions. Under CI=true as root it is
# installed with dpkg -i (and removed again), elsewhere unpacked with
# dpkg-deb -x; either way the packaged artconv prints its version and
# converts fixtures/articles/zh-hant-news-shanghai.txt.
set -euo pipefail
build=$1 source=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps missing (Debian package dpkg-dev)"
(cd "$tmp" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1) ||
  { cat "$tmp/cpack.log" >&2; fail "cpack -G DEB"; }
deb=$(ls "$tmp"/pkg/artconv_*.deb)
echo "built ${deb##*/}"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libc6 libstdc++6 libicu libxml2 libzip libuchardet libnettle; do
  [[ $depends == *"$lib"* ]] || fail "Depends lacks $lib"
done
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for f in ./usr/bin/artconv ./usr/share/man/man1/artconv.1 ./usr/share/bash-completion/completions/artconv \
         ./usr/share/zsh/vendor-completions/_artconv ./usr/share/fish/vendor_completions.d/artconv.fish \
         ./usr/include/artconv/artconv.hpp ./usr/lib/pkgconfig/artconv.pc ./usr/lib/cmake/artconv/artconvConfig.cmake; do
  grep -qx -- "$f" <<<"$contents" || fail "not in the .deb: $f"
done
grep -q 'libartconv\.so\.' <<<"$contents" || fail "no libartconv.so in the .deb"

article=$source/fixtures/articles/zh-hant-news-shanghai.txt
expected=$("$build/converters/artconv" -t text "$article")
if [[ ${CI:-} == true && $(id -u) == 0 ]]; then
  dpkg -i "$deb" >/dev/null || fail "dpkg -i"
  trap 'dpkg -r artconv >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
  bin=/usr/bin/artconv
  echo "installed with dpkg -i"
else
  dpkg-deb -x "$deb" "$tmp/root"
  bin=$tmp/root/usr/bin/artconv
  echo "unpacked with dpkg-deb -x (dpkg -i only under CI=true as root)"
fi
"$bin" --version | grep -qx "artconv [0-9.]*" || fail "$bin --version"
[[ $("$bin" -t text "$article") == "$expected" ]] || fail "the packaged artconv converts differently"
"$bin" -q -t epub,docbook,jats,json -d "$tmp/out" "$article" || fail "the packaged artconv fails"
[[ $(find "$tmp/out" -type f | wc -l) == 4 ]] || fail "not four outputs"
echo "ok: $("$bin" --version) converts ${article##*/}"
