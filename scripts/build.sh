#!/usr/bin/env bash
# Configures and builds verdict into build/ (Release, Ninja, -j2 by default). The compiler's
# progress goes to build/build.log; on failure its tail is printed. VERBOSE=1 shows it all.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build
echo "building verdict into build/ (log: build/build.log) ..."
if [ "${VERBOSE:-0}" = 1 ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}"
  cmake --build build -j "${JOBS:-2}"
elif ! { cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" &&
         cmake --build build -j "${JOBS:-2}"; } > build/build.log 2>&1; then
  tail -n 40 build/build.log >&2
  echo "build failed; the whole log is in build/build.log" >&2
  exit 1
fi
echo "built build/cli/verdict"
