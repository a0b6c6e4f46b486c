# cmake -P CheckDeskMetadata.cmake with APPSTREAMCLI, DESKTOP_FILE_VALIDATE, SOURCE_DIR, BUILD_DIR, STAGE_DIR.
# Fails with the validators' own words on the first problem.
set(_linux ${SOURCE_DIR}/packaging/linux)
set(_metainfo org.example.handoff.desk.metainfo.xml)

# Runs appstreamcli; any error, warning, info or pedantic line ("E: ", "W: ", "I: ", "P: ") fails the test.
function(validate what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    string(REGEX MATCH "(^|\n)[EWIP]: " issue "${out}")
    if(NOT rc EQUAL 0 OR issue)
        message(FATAL_ERROR "${what}: exit ${rc}\n${out}")
    endif()
    message(STATUS "${what}: ${out}")
endfunction()

validate("metainfo" ${APPSTREAMCLI} validate --no-net --pedantic ${_linux}/${_metainfo})
execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${_linux}/handoff-desk.desktop
                RESULT_VARIABLE rc OUTPUT_VARIABLE hints ERROR_VARIABLE hints)
if(NOT rc EQUAL 0 OR NOT hints STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate: exit ${rc}\n${hints}")
endif()

# What the package installs, into a scratch root.
file(REMOVE_RECURSE ${STAGE_DIR})
execute_process(COMMAND ${CMAKE_COMMAND} -E env DESTDIR=${STAGE_DIR}
                        ${CMAKE_COMMAND} --install ${BUILD_DIR} --component desk --prefix /usr
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "installing the desk component failed:\n${out}")
endif()
set(_share ${STAGE_DIR}/usr/share)
foreach(f metainfo/${_metainfo} applications/handoff-desk.desktop icons/hicolor/scalable/apps/handoff-desk.svg)
    if(NOT EXISTS ${_share}/${f})
        message(FATAL_ERROR "not installed: /usr/share/${f}")
    endif()
endforeach()
# Each PNG is a PNG of its directory's size (width and height are the 4-byte numbers at byte 16 and 20).
foreach(size 16 22 24 32 48 64 128 256)
    set(png ${_share}/icons/hicolor/${size}x${size}/apps/handoff-desk.png)
    if(NOT EXISTS ${png})
        message(FATAL_ERROR "not installed: /usr/share/icons/hicolor/${size}x${size}/apps/handoff-desk.png")
    endif()
    file(READ ${png} magic LIMIT 8 HEX)
    file(READ ${png} dims OFFSET 16 LIMIT 8 HEX)
    string(SUBSTRING "${dims}" 0 8 w)
    string(SUBSTRING "${dims}" 8 8 h)
    math(EXPR w "0x${w}")
    math(EXPR h "0x${h}")
    if(NOT magic STREQUAL "89504e470d0a1a0a" OR NOT w EQUAL size OR NOT h EQUAL size)
        message(FATAL_ERROR "${png}: not a ${size}x${size} PNG (${w}x${h})")
    endif()
endforeach()
# The installed tree as a software centre's catalog builder sees it: metainfo, its launchable desktop file.
validate("installed tree" ${APPSTREAMCLI} validate-tree --no-net --pedantic ${STAGE_DIR})
