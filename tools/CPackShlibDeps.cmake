# Read by cpack (CPACK_PROJECT_CONFIG_FILE). CPackDeb's CPACK_DEBIAN_PACKAGE_SHLIBDEPS needs the 'file' utility to
# find the ELF files; where it is missing (the build root has none yet), this asks dpkg-shlibdeps for the binary's
# library packages itself, as CPackDeb would, so that the .deb still depends on the Qt it was built with.
if(CPACK_GENERATOR STREQUAL "DEB" AND CPACK_LECTERN_SHLIBDEPS_BY_HAND)
    set(work "${CPACK_TOPLEVEL_DIRECTORY}/lectern-shlibdeps")
    file(REMOVE_RECURSE "${work}")
    file(MAKE_DIRECTORY "${work}/debian")
    file(WRITE "${work}/debian/control" "") # dpkg-shlibdeps insists on one
    execute_process(COMMAND dpkg-shlibdeps -O "${CPACK_LECTERN_BINARY}" WORKING_DIRECTORY "${work}"
                    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE errors)
    if(NOT status EQUAL 0 OR NOT output MATCHES "shlibs:Depends=")
        message(FATAL_ERROR "dpkg-shlibdeps ${CPACK_LECTERN_BINARY} failed (${status}): ${errors}")
    endif()
    string(REGEX REPLACE ".*shlibs:Depends=([^\n]*).*" "\\1" libraries "${output}")
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "${libraries}, ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
    message(STATUS "CPackShlibDeps: no 'file' utility; dpkg-shlibdeps gives: ${libraries}")
endif()
