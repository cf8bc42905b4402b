# cmake -DCORE_DIR=<folder> -P CheckCoreIsGuiFree.cmake
# Fails when a source file under CORE_DIR includes a Qt Gui or Widgets header: core links Qt Core only,
# and this catches the include before it becomes a link error somewhere else (or a quiet dependency).
if(NOT IS_DIRECTORY "${CORE_DIR}")
    message(FATAL_ERROR "CORE_DIR is not a folder: '${CORE_DIR}'")
endif()

set(gui_header "QtGui|QtWidgets|QtGui/[^>\"]*|QtWidgets/[^>\"]*|QWidget|QApplication|QGuiApplication|QImage|QColor|QPixmap|QIcon|QFont|QTextDocument")
set(include_line "^[ \t]*#[ \t]*include[ \t]*[<\"](${gui_header})[>\"]")

file(GLOB_RECURSE sources LIST_DIRECTORIES false "${CORE_DIR}/*.h" "${CORE_DIR}/*.hpp" "${CORE_DIR}/*.cpp")
set(found 0)
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "${include_line}")
            message("${source}:${number}: includes <${CMAKE_MATCH_1}>")
            math(EXPR found "${found} + 1")
        endif()
    endforeach()
endforeach()

list(LENGTH sources checked)
if(checked EQUAL 0)
    message(FATAL_ERROR "no source files under ${CORE_DIR}: the check would prove nothing")
endif()
if(found GREATER 0)
    message(FATAL_ERROR "core must not include Gui or Widgets headers: ${found} found in ${checked} files")
endif()
message("core includes no Gui or Widgets headers (${checked} files checked)")
