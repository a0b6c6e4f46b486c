#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer (the handoff
# libraries they link too) and fuzzes each for MINUTES minutes (default 10). Exits non-zero on a crash,
# leaving the crashing input as build-fuzz/crash-<target>-* .
#   bash tests/fuzz/run-fuzzers.sh [--save] [--only TARGET] [MINUTES]
#     --save          add the new inputs libFuzzer finds to tests/fuzz/corpus/<target> (minimised with -merge=1)
#     --only TARGET   frame_codec, http_request or copilot_handoff
# Environment: HANDOFF_FUZZ_BUILD_DIR (default ./build-fuzz), HANDOFF_FUZZ_JOBS (build jobs, default 2),
# HANDOFF_FUZZ_ARGS (more libFuzzer options). Debian packages: group "fuzz" of .ci/packages (clang,
# libclang-rt-dev), installed here through .ci/install-deps when missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
cd "$here"
save=0
only=""
minutes=10
while [ $# -gt 0 ]; do
    case "$1" in
        --save) save=1 ;;
        --only) only=$2; shift ;;
        -h | --help) sed -n '2,10p' "$0"; exit 0 ;;
        *) minutes=$1 ;;
    esac
    shift
done
bash .ci/install-deps fuzz
build=${HANDOFF_FUZZ_BUILD_DIR:-$here/build-fuzz}
jobs=${HANDOFF_FUZZ_JOBS:-2}
sanitizers="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
# fuzzer-no-link: coverage instrumentation in every library the targets link; the targets add -fsanitize=fuzzer.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS="$sanitizers -fsanitize=fuzzer-no-link" \
    -DCMAKE_EXE_LINKER_FLAGS="$sanitizers" \
    -DHANDOFF_FUZZ=ON -DHANDOFF_BUILD_BENCH=OFF >/dev/null
targets=(frame_codec http_request copilot_handoff)
[ -n "$only" ] && targets=("$only")
cmake --build "$build" --parallel "$jobs" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
status=0
for t in "${targets[@]}"; do
    corpus=tests/fuzz/corpus/$t
    work=$build/fuzz-corpus/$t # libFuzzer writes what it finds here; the repository's corpus stays as it is
    mkdir -p "$work"
    echo "== fuzz_$t for $minutes min"
    # shellcheck disable=SC2086
    if ! "$build/tests/fuzz/fuzz_$t" "$work" "$corpus" -dict="tests/fuzz/$t.dict" \
        -max_total_time=$((minutes * 60)) -max_len=65536 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$build/crash-$t-" ${HANDOFF_FUZZ_ARGS:-} 2>&1 | tee "$build/fuzz-$t.log" | grep -v '^#[0-9]*\s*\(NEW\|REDUCE\|pulse\)'; then
        echo "== fuzz_$t: CRASH, see $build/fuzz-$t.log and $build/crash-$t-*" >&2
        status=1
        continue
    fi
    if [ "$save" = 1 ]; then
        "$build/tests/fuzz/fuzz_$t" -merge=1 "$corpus" "$work" 2>/dev/null
        echo "== fuzz_$t: corpus now $(ls "$corpus" | wc -l) files"
    fi
done
exit $status
