// What every fuzz target defines: libFuzzer's entry point. Linked either with libFuzzer
// (-fsanitize=fuzzer, HANDOFF_FUZZ=ON with clang) or with ReplayMain.cpp, which feeds it the corpus.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

// A broken invariant: abort, so libFuzzer and the replay test both report it as a crash.
#define HANDOFF_FUZZ_CHECK(condition)                                                                       \
    do {                                                                                                    \
        if (!(condition))                                                                                   \
            handoffFuzzFail(#condition, __FILE__, __LINE__);                                                \
    } while (false)

[[noreturn]] void handoffFuzzFail(const char *condition, const char *file, int line);
