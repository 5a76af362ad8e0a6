#!/usr/bin/env bash
# Configures and builds verdict into build/ (Release, Ninja, -j2 by default).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" >/dev/null
cmake --build build -j "${JOBS:-2}"
