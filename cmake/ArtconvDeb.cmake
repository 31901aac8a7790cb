# The Debian package: `cpack -G DEB` in the build folder makes
# artconv_<version>_<arch>.deb of everything `cmake --install` installs, below
# /usr, its Depends computed by dpkg-shlibdeps (Debian package dpkg-dev).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME artconv)
set(CPACK_PACKAGE_VENDOR "artconv")
set(CPACK_PACKAGE_CONTACT "artconv maintainers <artconv@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "convert plain-text articles to EPUB 3, DocBook 5, JATS, JSON and text")
set(CPACK_PACKAGE_DESCRIPTION
    "artconv reads plain-text news articles in any encoding (UTF-8/16/32, GB18030, Big5, Shift_JIS, EUC-JP, EUC-KR, windows-125x, ISO-8859-x, KOI8-R) and writes normalized UTF-8 text, JSON, EPUB 3, DocBook 5 and JATS 1.3. This package holds the command, its man page and shell completions, and the C++ library libartconv with its headers, CMake package and pkg-config file.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)           # Depends: from dpkg-shlibdeps (needs dpkg-dev)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)     # shlibs for libartconv, and ldconfig triggers
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/;/out/;/bench-work/")
include(CPack)
