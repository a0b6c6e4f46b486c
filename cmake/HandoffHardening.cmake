# Debian's hardening flags (what `dpkg-buildflags --get CXXFLAGS/LDFLAGS` adds with hardening=+all), for every
# target: _FORTIFY_SOURCE=2 (optimised builds only: it needs -O1 or more), stack protector, stack-clash and
# control-flow protection, full RELRO with immediate binding (BIND_NOW), position-independent executables.
# On by default; -DHANDOFF_HARDENING=OFF turns it off (the fuzz build does, sanitizers bring their own checks).
include(CheckCXXCompilerFlag)
include(CheckPIESupported)

if(HANDOFF_FUZZ)
    set(_handoff_hardening_default OFF)
else()
    set(_handoff_hardening_default ON)
endif()
option(HANDOFF_HARDENING "Compile and link with Debian's hardening flags (FORTIFY, stack protector, RELRO, BIND_NOW, PIE)"
       ${_handoff_hardening_default})

if(HANDOFF_HARDENING AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    # Undefine first: a toolchain or distribution may predefine another level.
    add_compile_options("$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    add_compile_options(-fstack-protector-strong)
    check_cxx_compiler_flag(-fstack-clash-protection HANDOFF_HAVE_STACK_CLASH_PROTECTION)
    if(HANDOFF_HAVE_STACK_CLASH_PROTECTION)
        add_compile_options(-fstack-clash-protection)
    endif()
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|i.86")
        check_cxx_compiler_flag(-fcf-protection HANDOFF_HAVE_CF_PROTECTION)
        if(HANDOFF_HAVE_CF_PROTECTION)
            add_compile_options(-fcf-protection)
        endif()
    endif()
    add_link_options(-Wl,-z,relro -Wl,-z,now)
    check_pie_supported(LANGUAGES CXX)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
endif()

# No RUNPATH in installed programs: they find Qt and every other library in the system's paths
# (Debian policy, lintian "custom-library-search-path"). The build tree keeps its RPATH for running in place.
set(CMAKE_SKIP_INSTALL_RPATH ON)
set(CMAKE_INSTALL_RPATH "")
