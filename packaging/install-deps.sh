#!/usr/bin/env bash
# Installs exactly the Debian 12 packages CityOps needs to build, run and test.
# Idempotent: packages already present are skipped; `apt-get update` runs only when
# something is missing, so a warm machine returns in well under a second.
#
# Usage: packaging/install-deps.sh [--check]   (--check: list what is missing, exit 1 if any)
set -euo pipefail

# Build: compiler, build system, Qt modules used by core/ui/app, test and bench frameworks.
build_pkgs=(
  g++ cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libmosquitto-dev libsimdjson-dev libsqlite3-dev libpq-dev qtkeychain-qt6-dev
  libgtest-dev libgmock-dev libbenchmark-dev clang-format
)
# Run: SQL drivers, translations for Qt's own dialogs, fonts with Vietnamese glyphs, speech.
run_pkgs=(
  libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n
  fonts-noto-core espeak-ng alsa-utils
)
# Test: servers the tests start on 127.0.0.1, a virtual display, peers for benchmarks.
test_pkgs=(
  mosquitto mosquitto-clients postgresql sqlite3 openssl
  xvfb xauth imagemagick poppler-utils python3-pandas python3-scipy sox
)

all=("${build_pkgs[@]}" "${run_pkgs[@]}" "${test_pkgs[@]}")
missing=()
for p in "${all[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ "${1:-}" = "--check" ]; then
  if [ ${#missing[@]} -eq 0 ]; then echo "all ${#all[@]} packages present"; exit 0; fi
  printf 'missing: %s\n' "${missing[*]}"; exit 1
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#all[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-deps: must run as root (or with sudo) to install: ${missing[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
