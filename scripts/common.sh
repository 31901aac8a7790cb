# Shared by scripts/run, scripts/test and scripts/bench: installs what is
# missing (Debian 12), then builds. Source it; do not run it.
set -euo pipefail

ARTCONV_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_PACKAGES=(g++ cmake make pkg-config libicu-dev libxml2-dev libzip-dev libcli11-dev libgtest-dev
                libuchardet-dev nlohmann-json3-dev nettle-dev libpcre2-dev libyaml-cpp-dev
                libopencc-dev libcld2-dev)
# What the tests use beyond the build: the output validators (when
# ../shared/validate is absent, tests/validate calls these directly), GNU
# parallel, and dpkg-shlibdeps for the .deb.
TEST_PACKAGES=(libxml2-utils pandoc parallel default-jre-headless epubcheck jing docbook5-xml python3 dpkg-dev opencc
               chromium fonts-wqy-microhei)

# ensure_packages PKG... : apt-get installs the packages that are not installed yet.
ensure_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  ((${#missing[@]})) || return 0
  echo "artconv: installing ${missing[*]}" >&2
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

# build DIR [cmake args...] : configures and builds into $ARTCONV_ROOT/DIR.
build() {
  local dir=$ARTCONV_ROOT/$1
  shift
  cmake -S "$ARTCONV_ROOT" -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
  cmake --build "$dir" -j "$(nproc)"
}
