#!/usr/bin/env bash
# libzip_on_demand_test.sh ARTCONV ARTICLE: the command does not load libzip
# (and the libcrypto it brings) at start-up, only when it writes an EPUB
# (cmake/ArtconvDependencies.cmake), and that EPUB is whole.
set -euo pipefail
artconv=$1 article=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

needed=$(readelf -d "$artconv" | awk '/NEEDED/ {print $NF}')
grep -q 'libzip\|libcrypto' <<<"$needed" && fail "the command needs libzip at start-up: $needed"

# LD_DEBUG=files lists every library the loader opens, at start or by dlopen.
loaded() { LD_DEBUG=files "$artconv" -q "$@" 2>&1 >/dev/null | grep -o 'file=libzip[^ ]*' | sort -u || true; }
[[ -z $(loaded -t text,json,docbook,jats -d "$tmp/out" "$article") ]] || fail "libzip loaded without EPUB output"
[[ -n $(loaded -t epub -o "$tmp/a.epub" "$article") ]] || fail "libzip not loaded for EPUB output"
[[ $(head -c 38 "$tmp/a.epub" | tail -c 8) == mimetype ]] || fail "no mimetype entry first in the EPUB"
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; assert "META-INF/container.xml" in z.namelist()' \
  "$tmp/a.epub" || fail "the EPUB is not a whole ZIP archive"
echo "ok: libzip loaded only for EPUB output"
