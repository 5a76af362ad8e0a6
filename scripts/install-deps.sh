#!/usr/bin/env bash
# Installs everything verdict needs to build and test on Debian 12 (run as root).
# Idempotent: packages already present are left as they are.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git python3
  antlr4 libantlr4-runtime-dev          # the ANTLR tool (4.7.2) and C++ runtime (4.9) work together
  libicu-dev                            # charset detection, converters, NFKC, break iterators
  libvectorscan-dev                     # linear-time multi-pattern matcher (Hyperscan API)
  nlohmann-json3-dev libcli11-dev
  libgtest-dev libgmock-dev
)

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
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
