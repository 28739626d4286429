# Installs the build into a staging prefix and checks that every file a desktop and a user
# need is where the XDG and FHS layouts put it.
#   cmake -DBUILD_DIR=... -DSTAGING=... -P check_install.cmake
file(REMOVE_RECURSE "${STAGING}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${STAGING}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()
set(expected
    bin/lectern
    bin/lectern-cli
    share/applications/org.lectern.Lectern.desktop
    share/metainfo/org.lectern.Lectern.metainfo.xml
    share/icons/hicolor/scalable/apps/org.lectern.Lectern.svg
    share/icons/hicolor/48x48/apps/org.lectern.Lectern.png
    share/icons/hicolor/256x256/apps/org.lectern.Lectern.png
    share/man/man1/lectern-cli.1
    share/lectern/translations/lectern_de.qm
    share/lectern/translations/lectern_fr.qm
)
foreach(path ${EXTRA_EXPECTED})
    list(APPEND expected ${path})
endforeach()
set(missing "")
foreach(path ${expected})
    if(NOT EXISTS "${STAGING}/${path}")
        list(APPEND missing "${path}")
    endif()
endforeach()
if(missing)
    file(GLOB_RECURSE installed RELATIVE "${STAGING}" "${STAGING}/*")
    message(FATAL_ERROR "Not installed: ${missing}\nInstalled: ${installed}")
endif()
# The desktop entry names the icon and the program that were installed.
file(READ "${STAGING}/share/applications/org.lectern.Lectern.desktop" desktop)
if(NOT desktop MATCHES "\nIcon=org.lectern.Lectern\n" OR NOT desktop MATCHES "\nExec=lectern\n")
    message(FATAL_ERROR "The desktop entry does not name the installed icon and program:\n${desktop}")
endif()
list(LENGTH expected count)
message(STATUS "All ${count} expected files installed under ${STAGING}")
