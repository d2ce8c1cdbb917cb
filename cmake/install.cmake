# Installing vidensgraf: the program, the library with its public headers and CMake package,
# the ontology files, the bundled dataset, the man page and the bash completion (both generated
# from the program's own --help description), and a Debian package through CPack.
include(CMakePackageConfigHelpers)

set_target_properties(vidensgraf_lib PROPERTIES EXPORT_NAME vidensgraf VERSION ${PROJECT_VERSION} SOVERSION 0)
target_include_directories(vidensgraf_lib PUBLIC $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}/vidensgraf>)
# Relative to the program, so the installed tree works under any prefix.
list(APPEND CMAKE_INSTALL_RPATH "$ORIGIN/../${CMAKE_INSTALL_LIBDIR}")
set_target_properties(vidensgraf vidensgraf_lib PROPERTIES INSTALL_RPATH "${CMAKE_INSTALL_RPATH}")

install(TARGETS vidensgraf RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS vidensgraf_lib EXPORT vidensgrafTargets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
# Public headers: the model and exporters APIs, which speak model types only (no C library types).
install(DIRECTORY model/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/vidensgraf/model
  FILES_MATCHING PATTERN "*.hpp" PATTERN "detail" EXCLUDE)
install(DIRECTORY exporters/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/vidensgraf/exporters
  FILES_MATCHING PATTERN "*.hpp" PATTERN "detail" EXCLUDE)
install(DIRECTORY ontology/ DESTINATION ${CMAKE_INSTALL_DATADIR}/vidensgraf/ontology)
install(DIRECTORY data/signaturprojekter DESTINATION ${CMAKE_INSTALL_DATADIR}/vidensgraf/data)
install(FILES data/README.md DESTINATION ${CMAKE_INSTALL_DATADIR}/vidensgraf/data)

install(EXPORT vidensgrafTargets NAMESPACE vidensgraf:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/vidensgraf)
configure_package_config_file(cmake/vidensgrafConfig.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/vidensgrafConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/vidensgraf)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/vidensgrafConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/vidensgrafConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/vidensgrafConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/vidensgraf)

# The man page and bash completion come from the program's own CLI11 description.
set(VIDENSGRAF_MAN ${CMAKE_CURRENT_BINARY_DIR}/doc/vidensgraf.1)
set(VIDENSGRAF_COMPLETION ${CMAKE_CURRENT_BINARY_DIR}/doc/vidensgraf.bash)
add_custom_command(OUTPUT ${VIDENSGRAF_MAN} ${VIDENSGRAF_COMPLETION}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/doc
  COMMAND vidensgraf _docs --man ${VIDENSGRAF_MAN} --bash-completion ${VIDENSGRAF_COMPLETION}
  DEPENDS vidensgraf
  COMMENT "Generating the man page and bash completion from vidensgraf --help")
add_custom_target(vidensgraf_docs ALL DEPENDS ${VIDENSGRAF_MAN} ${VIDENSGRAF_COMPLETION})
install(FILES ${VIDENSGRAF_MAN} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${VIDENSGRAF_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
  RENAME vidensgraf)

# A Debian package; dpkg-shlibdeps derives the dependencies on Debian's runtime packages.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME vidensgraf)
set(CPACK_PACKAGE_VENDOR "vidensgraf developers")
set(CPACK_PACKAGE_CONTACT "vidensgraf developers <vidensgraf@users.noreply.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The headers (for C++ users) need Boost.Graph; the program itself does not.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libboost-graph-dev (>= 1.74)")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
