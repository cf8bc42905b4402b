# Installs the build into a fresh DESTDIR with prefix /usr, as a package would, and checks that exactly the expected
# files are there: the binary (which runs), the desktop entry, the AppStream metadata, the RIS file type (which
# update-mime-database reads), the SVG icon and a PNG of each hicolor size at that size, the manual page and the
# bash completion; that AppStream takes the tree as a whole; and that every file type the desktop entry claims is
# one the system or Lectern defines.
#   cmake -DBUILD_DIR=... -DDESTDIR=... -DAPP_ID=... -DVERSION=... -DBINDIR=bin -DDATADIR=share -DMANDIR=share/man
#         -DGZIP=... [-DUPDATE_MIME_DATABASE=...] [-DAPPSTREAMCLI=...] -P CheckInstall.cmake
cmake_minimum_required(VERSION 3.25)

set(failures)
macro(fail message)
    list(APPEND failures "${message}")
endmacro()

file(REMOVE_RECURSE "${DESTDIR}")
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${DESTDIR} ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix /usr
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${status}):\n${output}")
endif()
set(root "${DESTDIR}/usr")

set(sizes 16 32 48 64 128 256)
set(expected
    ${BINDIR}/lectern
    ${DATADIR}/applications/${APP_ID}.desktop
    ${DATADIR}/metainfo/${APP_ID}.metainfo.xml
    ${DATADIR}/mime/packages/${APP_ID}.xml
    ${DATADIR}/icons/hicolor/scalable/apps/lectern.svg
    ${MANDIR}/man1/lectern.1.gz
    ${DATADIR}/bash-completion/completions/lectern)
foreach(size IN LISTS sizes)
    list(APPEND expected ${DATADIR}/icons/hicolor/${size}x${size}/apps/lectern.png)
endforeach()

# Exactly these: a tool or a test library installed by accident would land in every package.
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${root}" "${root}/*")
list(SORT installed)
list(SORT expected)
foreach(file IN LISTS expected)
    if(NOT file IN_LIST installed)
        fail("not installed: ${file}")
    endif()
endforeach()
foreach(file IN LISTS installed)
    if(NOT file IN_LIST expected)
        fail("installed but not expected: ${file}")
    endif()
endforeach()

if(EXISTS "${root}/${BINDIR}/lectern")
    execute_process(COMMAND "${root}/${BINDIR}/lectern" --version RESULT_VARIABLE status OUTPUT_VARIABLE output
                    ERROR_VARIABLE output)
    if(NOT status EQUAL 0 OR NOT output STREQUAL "lectern ${VERSION}\n")
        fail("the installed lectern --version says (${status}): ${output}")
    endif()
endif()

# A PNG's width and height are the two 32-bit big-endian numbers after its signature and the IHDR chunk's header.
foreach(size IN LISTS sizes)
    set(png "${root}/${DATADIR}/icons/hicolor/${size}x${size}/apps/lectern.png")
    if(NOT EXISTS "${png}")
        continue()
    endif()
    file(READ "${png}" signature HEX LIMIT 8)
    file(READ "${png}" dimensions HEX OFFSET 16 LIMIT 8)
    string(SUBSTRING "${dimensions}" 0 8 width)
    string(SUBSTRING "${dimensions}" 8 8 height)
    math(EXPR width "0x${width}")
    math(EXPR height "0x${height}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
        fail("${png} is not a ${size}x${size} PNG (signature ${signature}, ${width}x${height})")
    endif()
endforeach()

set(man "${root}/${MANDIR}/man1/lectern.1.gz")
if(EXISTS "${man}")
    execute_process(COMMAND ${GZIP} -dc "${man}" RESULT_VARIABLE status OUTPUT_VARIABLE page ERROR_VARIABLE page)
    if(NOT status EQUAL 0 OR NOT page MATCHES "\n\\.TH LECTERN 1 \"\" \"Lectern ${VERSION}\"")
        fail("${man} is not the manual page of Lectern ${VERSION}")
    endif()
endif()

# The RIS type: update-mime-database reads the definition (a malformed one is skipped with a warning).
set(mime "${root}/${DATADIR}/mime")
if(UPDATE_MIME_DATABASE AND EXISTS "${mime}/packages/${APP_ID}.xml")
    execute_process(COMMAND ${CMAKE_COMMAND} -E env XDG_DATA_DIRS=${root}/${DATADIR}:/usr/share
                            ${UPDATE_MIME_DATABASE} "${mime}"
                    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(EXISTS "${mime}/globs2")
        file(READ "${mime}/globs2" globs)
    endif()
    if(NOT status EQUAL 0 OR NOT output STREQUAL "" OR NOT globs MATCHES "application/x-research-info-systems:\\*\\.ris")
        fail("update-mime-database does not take ${APP_ID}.xml (${status}): ${output}")
    endif()
endif()

# The metadata with the desktop entry and the icons it names, as a software centre reads them together.
if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net --pedantic "${DESTDIR}"
                    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT status EQUAL 0 OR output MATCHES "[EWIP]: [^ ]*:")
        fail("appstreamcli validate-tree (${status}): ${output}")
    endif()
endif()

# Every type in the desktop entry's MimeType is defined, by shared-mime-info or by Lectern's own file.
set(desktop "${root}/${DATADIR}/applications/${APP_ID}.desktop")
if(EXISTS "${desktop}")
    file(STRINGS "${desktop}" mime_line REGEX "^MimeType=")
    string(REGEX REPLACE "^MimeType=" "" mime_line "${mime_line}")
    string(REGEX MATCHALL "[^;\\]+" types "${mime_line}")
    set(definitions "${mime}/packages/${APP_ID}.xml" /usr/share/mime/packages/freedesktop.org.xml)
    set(known)
    foreach(definition IN LISTS definitions)
        if(EXISTS "${definition}")
            file(STRINGS "${definition}" lines REGEX "<mime-type type=\"")
            string(APPEND known "${lines}")
        endif()
    endforeach()
    if(types STREQUAL "")
        fail("${desktop} claims no file types")
    endif()
    foreach(type IN LISTS types)
        string(FIND "${known}" "<mime-type type=\"${type}\"" at)
        if(at EQUAL -1)
            fail("${desktop} claims ${type}, which no installed definition names")
        endif()
    endforeach()
endif()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "The installed tree in ${DESTDIR} is not as expected:\n  ${text}")
endif()
message(STATUS "${DESTDIR}: every file in place")
