# The system libraries artconv links, each behind an INTERFACE target
# artconv::dep_<name> that links either the shared library or, for a target
# whose property ARTCONV_STATIC_DEPENDENCIES is true, the static archives
# Debian ships (ICU with its data, libxml2, uchardet, nettle, PCRE2, yaml-cpp).
#
# Why: the artconv command runs once per file in most shell scripts, and a
# one-article run spent about half its CPU time in the dynamic loader: mapping
# 20 shared libraries and resolving their symbols. Linked from archives, the
# command resolves those symbols at link time. Only the command links them:
# the archives are not position-independent, so libartconv.so (and the tests)
# keep the shared libraries. libzip and OpenCC, which ship no archive, are
# loaded when first needed (below); CLD2 stays shared, and so does libstdc++,
# which it loads anyway.
#
# ICU's data goes in with its code: libicuuc.a refers to icudt72_dat
# directly, so with a shared libicudata the loader would copy all 30 MB of it
# into the program at every start.

option(ARTCONV_STATIC_DEPENDENCIES
       "Link the artconv command with the static archives of ICU, libxml2, uchardet, nettle, PCRE2 and yaml-cpp, and let it load libzip and OpenCC when first needed"
       ON)

# artconv_dependency(NAME SHARED target... ARCHIVES lib... SYSTEM lib...):
# artconv::dep_NAME links the SHARED targets, or the ARCHIVES (file names
# such as libicuuc.a, in link order) then the SYSTEM libraries (shared ones
# the archives need) when the linking target asks for archives and all of
# them are installed.
function(artconv_dependency name)
  cmake_parse_arguments(ARG "" "" "SHARED;ARCHIVES;SYSTEM" ${ARGN})
  add_library(artconv_dep_${name} INTERFACE)
  add_library(artconv::dep_${name} ALIAS artconv_dep_${name})
  set(archives "")
  foreach(archive IN LISTS ARG_ARCHIVES)
    string(MAKE_C_IDENTIFIER "ARTCONV_ARCHIVE_${archive}" variable)
    find_library(${variable} NAMES ${archive})
    if(NOT ${variable})
      message(STATUS "artconv: ${archive} not found; the command links ${name} as a shared library")
      target_link_libraries(artconv_dep_${name} INTERFACE ${ARG_SHARED})
      return()
    endif()
    list(APPEND archives ${${variable}})
  endforeach()
  if(NOT ARTCONV_STATIC_DEPENDENCIES)
    target_link_libraries(artconv_dep_${name} INTERFACE ${ARG_SHARED})
    return()
  endif()
  # The headers are the shared targets' in either case.
  foreach(target IN LISTS ARG_SHARED)
    target_include_directories(artconv_dep_${name} SYSTEM INTERFACE
                               $<TARGET_PROPERTY:${target},INTERFACE_INCLUDE_DIRECTORIES>)
  endforeach()
  set(static $<BOOL:$<TARGET_PROPERTY:ARTCONV_STATIC_DEPENDENCIES>>)
  target_link_libraries(artconv_dep_${name} INTERFACE "$<${static}:${archives};${ARG_SYSTEM}>"
                                                      "$<$<NOT:${static}>:${ARG_SHARED}>")
endfunction()

artconv_dependency(icu SHARED ICU::i18n ICU::uc
                   ARCHIVES libicui18n.a libicuuc.a libicudata.a SYSTEM ${CMAKE_DL_LIBS} m Threads::Threads)
# libxml2 is built with ICU: its archive comes before ICU's.
artconv_dependency(libxml2 SHARED LibXml2::LibXml2
                   ARCHIVES libxml2.a libicui18n.a libicuuc.a libicudata.a SYSTEM z lzma m ${CMAKE_DL_LIBS})
artconv_dependency(uchardet SHARED PkgConfig::UCHARDET ARCHIVES libuchardet.a)
artconv_dependency(nettle SHARED PkgConfig::NETTLE ARCHIVES libnettle.a)
artconv_dependency(pcre2 SHARED PkgConfig::PCRE2 ARCHIVES libpcre2-8.a)
artconv_dependency(yamlcpp SHARED PkgConfig::YAMLCPP ARCHIVES libyaml-cpp.a)

# Libraries with no archive that only some outputs or options use, loaded by
# the command when first needed (formats/on_demand/: a file per library
# defines the functions artconv calls, each opening the library by its SONAME,
# read here, at its first call): libzip, which brings libcrypto, for EPUB
# output (about 1.5 ms of loading at every start), OpenCC for --chinese
# (0.4 ms). CLD2 is used for every article and stays linked.
add_library(artconv_on_demand_library STATIC ${PROJECT_SOURCE_DIR}/formats/on_demand/library.cpp)
target_include_directories(artconv_on_demand_library PUBLIC ${PROJECT_SOURCE_DIR}/formats)
target_link_libraries(artconv_on_demand_library PUBLIC ${CMAKE_DL_LIBS} PRIVATE artconv_warnings)

# artconv_dependency_on_demand(NAME SHARED target SOURCE file): artconv::dep_NAME
# links SHARED, or SOURCE's forwarders for a target with ARTCONV_STATIC_DEPENDENCIES.
function(artconv_dependency_on_demand name)
  cmake_parse_arguments(ARG "" "SHARED;SOURCE" "" ${ARGN})
  add_library(artconv_dep_${name} INTERFACE)
  add_library(artconv::dep_${name} ALIAS artconv_dep_${name})
  get_target_property(library ${ARG_SHARED} INTERFACE_LINK_LIBRARIES)
  list(FILTER library INCLUDE REGEX "\\.so$")
  set(soname "")
  if(library)
    list(GET library 0 library)
    execute_process(COMMAND ${CMAKE_OBJDUMP} -p ${library} OUTPUT_VARIABLE headers)
    if(headers MATCHES "SONAME +([^\n]+)")
      set(soname ${CMAKE_MATCH_1})
    endif()
  endif()
  if(NOT ARTCONV_STATIC_DEPENDENCIES OR NOT soname)
    target_link_libraries(artconv_dep_${name} INTERFACE ${ARG_SHARED})
    return()
  endif()
  string(TOUPPER ${name} upper)
  add_library(artconv_${name}_on_demand STATIC ${PROJECT_SOURCE_DIR}/formats/on_demand/${ARG_SOURCE})
  target_compile_definitions(artconv_${name}_on_demand PRIVATE ARTCONV_${upper}_SONAME="${soname}")
  target_include_directories(artconv_${name}_on_demand SYSTEM PRIVATE
                             $<TARGET_PROPERTY:${ARG_SHARED},INTERFACE_INCLUDE_DIRECTORIES>)
  target_link_libraries(artconv_${name}_on_demand PUBLIC artconv_on_demand_library PRIVATE artconv_warnings)
  target_include_directories(artconv_dep_${name} SYSTEM INTERFACE
                             $<TARGET_PROPERTY:${ARG_SHARED},INTERFACE_INCLUDE_DIRECTORIES>)
  target_link_libraries(artconv_dep_${name} INTERFACE
                        "$<IF:$<BOOL:$<TARGET_PROPERTY:ARTCONV_STATIC_DEPENDENCIES>>,artconv_${name}_on_demand,${ARG_SHARED}>")
endfunction()

artconv_dependency_on_demand(libzip SHARED PkgConfig::LIBZIP SOURCE libzip.cpp)
artconv_dependency_on_demand(opencc SHARED PkgConfig::OPENCC SOURCE opencc.cpp)

# artconv_link_statically(TARGET): TARGET, an executable, links the archives
# and libzip and OpenCC on demand, and a leaner dynamic section: no library it does not use (--as-needed),
# relative relocations packed (-z pack-relative-relocs, when the linker knows it).
include(CheckLinkerFlag)
check_linker_flag(CXX "LINKER:-z,pack-relative-relocs" ARTCONV_LINKER_PACKS_RELOCATIONS)
function(artconv_link_statically target)
  set_target_properties(${target} PROPERTIES ARTCONV_STATIC_DEPENDENCIES ${ARTCONV_STATIC_DEPENDENCIES})
  target_link_options(${target} PRIVATE LINKER:-O1 LINKER:--as-needed)
  if(ARTCONV_LINKER_PACKS_RELOCATIONS)
    target_link_options(${target} PRIVATE LINKER:-z,pack-relative-relocs)
  endif()
endfunction()
