# Graphviz (cgraph + gvc) with its plugins linked in: the dot layout, the neato layout (which
# holds sfdp), core (svg, dot) and pango/cairo (png, pdf). exporters/diagram/graphviz_owners.cpp lists
# them in lt_preloaded_symbols so rendering never depends on Graphviz's config6a file.
# Debian ships the plugins as shared libraries in <libdir>/graphviz/ (not on the loader's path),
# so the programs get that folder as RPATH, in the build tree and when installed.
pkg_check_modules(GRAPHVIZ REQUIRED IMPORTED_TARGET libgvc libcgraph)
pkg_get_variable(GRAPHVIZ_LIBDIR libgvc libdir)
set(GRAPHVIZ_PLUGIN_DIR "${GRAPHVIZ_LIBDIR}/graphviz" CACHE PATH "Folder of Graphviz's libgvplugin_*.so")

add_library(vidensgraf_graphviz INTERFACE)
add_library(vidensgraf::graphviz ALIAS vidensgraf_graphviz)
target_link_libraries(vidensgraf_graphviz INTERFACE PkgConfig::GRAPHVIZ)
foreach(plugin dot_layout neato_layout core pango)
  find_library(GRAPHVIZ_PLUGIN_${plugin} NAMES gvplugin_${plugin} PATHS ${GRAPHVIZ_PLUGIN_DIR} NO_DEFAULT_PATH)
  if(NOT GRAPHVIZ_PLUGIN_${plugin})
    message(FATAL_ERROR "Graphviz plugin libgvplugin_${plugin}.so not found in ${GRAPHVIZ_PLUGIN_DIR}; "
                        "install Debian's libgraphviz-dev and libgvc6 or set GRAPHVIZ_PLUGIN_DIR")
  endif()
  target_link_libraries(vidensgraf_graphviz INTERFACE ${GRAPHVIZ_PLUGIN_${plugin}})
endforeach()
list(APPEND CMAKE_INSTALL_RPATH ${GRAPHVIZ_PLUGIN_DIR})
list(APPEND CMAKE_BUILD_RPATH ${GRAPHVIZ_PLUGIN_DIR})
