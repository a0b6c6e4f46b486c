# The web chat page in a real browser: Debian's chromium driven by playwright-core against the real
# handoff-router. Included from tests/CMakeLists.txt when the router target exists.
add_test(NAME browser_webchat
         COMMAND node --test ${CMAKE_CURRENT_LIST_DIR}/webchat.test.mjs
         WORKING_DIRECTORY ${CMAKE_CURRENT_LIST_DIR})
set_tests_properties(browser_webchat PROPERTIES
                     ENVIRONMENT "HANDOFF_ROUTER_BINARY=$<TARGET_FILE:handoff-router>;HANDOFF_CLI_BINARY=$<TARGET_FILE:handoff-cli>"
                     LABELS browser
                     TIMEOUT 300)
