#!/usr/bin/env bash
# on_demand_libraries_test.sh ARTCONV ARTICLE: the command loads neither
# libzip (with the libcrypto it brings) nor OpenCC at start-up, only when it
# writes an EPUB or is given --chinese (cmake/ArtconvDependencies.cmake), and
# then its outputs are whole.
set -euo pipefail
artconv=$1 article=$2
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

needed=$(readelf -d "$artconv" | awk '/NEEDED/ {print $NF}')
grep -q 'libzip\|libcrypto\|libopencc' <<<"$needed" && fail "the command needs them at start-up: $needed"

# LD_DEBUG=files lists every library the loader opens, at start or by dlopen.
loaded() { LD_DEBUG=files "$artconv" -q "$@" 2>&1 >/dev/null | grep -o 'file=lib\(zip\|opencc\)' | sort -u | tr '\n' ' ' || true; }
[[ -z $(loaded -t text,json,docbook,jats -d "$tmp/out" "$article") ]] || fail "libzip or OpenCC loaded at start-up"
[[ $(loaded -t epub -o "$tmp/a.epub" "$article") == "file=libzip " ]] || fail "libzip not loaded (alone) for EPUB output"
[[ $(head -c 38 "$tmp/a.epub" | tail -c 8) == mimetype ]] || fail "no mimetype entry first in the EPUB"
python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; assert "META-INF/container.xml" in z.namelist()' \
  "$tmp/a.epub" || fail "the EPUB is not a whole ZIP archive"
[[ $(loaded --chinese hans -t text -o "$tmp/hans.txt" "$article") == "file=libopencc " ]] ||
  fail "OpenCC not loaded (alone) for --chinese"
grep -q '上海' "$tmp/hans.txt" || fail "--chinese hans wrote no Simplified text"
echo "ok: libzip loaded only for EPUB output, OpenCC only for --chinese"
