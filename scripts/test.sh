#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite with CTest.
# Tests that need ../shared skip where it is absent; VERDICT_REQUIRE_SHARED=1 makes that a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "${JOBS:-2}"
