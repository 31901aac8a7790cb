# The library a C++ program can use: libartconv (the public API of
# include/artconv/) and the install rules (GNUInstallDirs): the program, the
# library and its headers, the CMake package (find_package(artconv CONFIG)
# -> artconv::artconv) and the pkg-config file.
#
# Why a shared library: libartconv.so carries ICU, libxml2, libzip, uchardet,
# nettle and PCRE2 as PRIVATE, already-linked dependencies. A program that uses it
# needs none of their -dev packages, its config file needs no
# find_dependency, the internal static libraries (artconv_formats,
# artconv_converters) stay internal (their symbols are hidden with
# --exclude-libs), and the .deb's dependencies come from dpkg-shlibdeps.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

# The version is written once, in project(VERSION).
configure_file(${PROJECT_SOURCE_DIR}/include/artconv/version.hpp.in
               ${PROJECT_BINARY_DIR}/include/artconv/version.hpp @ONLY)
target_include_directories(artconv_converters PUBLIC $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>)

# The static libraries are linked into the shared one.
set_target_properties(artconv_formats artconv_converters PROPERTIES POSITION_INDEPENDENT_CODE ON)

# formats/model/document.cpp is compiled in again so that the model's
# functions (DateTime::iso, block_text …) are exported; everything else comes
# from the static libraries, hidden.
add_library(artconv_library SHARED converters/library.cpp formats/model/document.cpp)
add_library(artconv::artconv ALIAS artconv_library)
set_target_properties(artconv_library PROPERTIES
  OUTPUT_NAME artconv
  EXPORT_NAME artconv
  VERSION ${PROJECT_VERSION}
  SOVERSION ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR}  # 0.x: every minor release may break the ABI
  CXX_VISIBILITY_PRESET hidden
  VISIBILITY_INLINES_HIDDEN ON)
set_source_files_properties(formats/model/document.cpp PROPERTIES COMPILE_OPTIONS -fvisibility=default)
target_include_directories(artconv_library PUBLIC
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
  $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
  $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/formats>
  $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
target_compile_features(artconv_library PUBLIC cxx_std_20)
target_link_libraries(artconv_library PRIVATE artconv::converters artconv_warnings artconv_sanitizers)
target_link_options(artconv_library PRIVATE LINKER:--exclude-libs,ALL LINKER:--no-undefined LINKER:--as-needed)

# --- install --------------------------------------------------------------
set(ARTCONV_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/artconv)
install(TARGETS artconv RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS artconv_library EXPORT artconvTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES include/artconv/artconv.hpp ${PROJECT_BINARY_DIR}/include/artconv/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/artconv)
# The model holds only standard types; artconv.hpp includes it as "model/…".
install(FILES formats/model/document.hpp formats/model/error.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/artconv/model)
install(EXPORT artconvTargets NAMESPACE artconv:: DESTINATION ${ARTCONV_CMAKE_DIR})
configure_package_config_file(cmake/artconvConfig.cmake.in ${PROJECT_BINARY_DIR}/artconvConfig.cmake
                              INSTALL_DESTINATION ${ARTCONV_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/artconvConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/artconvConfig.cmake ${PROJECT_BINARY_DIR}/artconvConfigVersion.cmake
        DESTINATION ${ARTCONV_CMAKE_DIR})

# pkg-config: relocatable (paths relative to the .pc file), so the same file
# serves --prefix installs and the .deb.
file(RELATIVE_PATH ARTCONV_PC_PREFIX ${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig ${CMAKE_INSTALL_PREFIX})
string(REGEX REPLACE "/$" "" ARTCONV_PC_PREFIX "${ARTCONV_PC_PREFIX}")
configure_file(cmake/artconv.pc.in ${PROJECT_BINARY_DIR}/artconv.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/artconv.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
