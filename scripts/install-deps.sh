#!/usr/bin/env bash
# Installs everything verdict needs to build and test on Debian 12 (run as root).
# Idempotent: packages already present are left as they are.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git python3
  antlr4 libantlr4-runtime-dev          # the ANTLR tool (4.7.2) and C++ runtime (4.9) work together
  libicu-dev                            # charset detection, converters, NFKC, break iterators
  libopencc-dev opencc                  # traditional -> simplified (t2s tables)
  libgumbo-dev                          # HTML5 parser for portal pages
  libzip-dev libpugixml-dev             # .docx (zip + XML)
  libpoppler-cpp-dev                    # .pdf text layer
  nlohmann-json3-dev libcli11-dev
  libgtest-dev libgmock-dev
)

# The linear-time multi-pattern matcher (Hyperscan API). On x86-64, Intel's Hyperscan: Debian 12's
# Vectorscan 5.4.9 misses matches on AVX-512 machines (b.{0,5}d after 64 bytes of text finds
# nothing; runtime/scan/matcher_database_test.cc has the case). Elsewhere Vectorscan.
if [ "$(dpkg --print-architecture)" = amd64 ]; then
  packages+=(libhyperscan-dev)
else
  packages+=(libvectorscan-dev)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages: ${missing[*]}; run this script as root" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  # Both provide libhs; Vectorscan left from an earlier install must make way for Hyperscan.
  if [[ " ${missing[*]} " == *" libhyperscan-dev "* ]] && dpkg-query -W libvectorscan5 >/dev/null 2>&1; then
    apt-get remove -y -qq libvectorscan-dev libvectorscan5
  fi
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
