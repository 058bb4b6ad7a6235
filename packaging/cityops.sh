#!/usr/bin/env bash
# The two commands of the README.
#
#   packaging/cityops.sh run    install what is missing, build, start the desktop app on the
#                               demo city (cityops --demo: simulated data, its own archive)
#   packaging/cityops.sh test   install what is missing, build, run every test (CI runs this):
#                               in Release, then again under AddressSanitizer +
#                               UndefinedBehaviorSanitizer (the asan-ubsan preset)
#
# Environment: BUILD_DIR (default ./build), ASAN_BUILD_DIR (default ./build-asan),
# JOBS (default: number of cores), CITYOPS_ARGS (extra arguments for `run`, e.g. "--lang en"),
# CITYOPS_SANITIZERS=0 (`test` in Release only: a quick local run; CI runs both).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
build_dir=${BUILD_DIR:-$here/build}
jobs=${JOBS:-$(nproc)}
mode=${1:-}

case "$mode" in
  run | test) ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 64
    ;;
esac

bash "$here/packaging/install-deps.sh"

# Qt warns when the runtime directory is missing (as it is for root and in CI).
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
  export XDG_RUNTIME_DIR=$(mktemp -d /tmp/cityops-runtime.XXXXXX)
  chmod 700 "$XDG_RUNTIME_DIR"
fi

cmake --preset release -B "$build_dir" >/dev/null
cmake --build "$build_dir" --parallel "$jobs"

if [ "$mode" = test ]; then
  if [ ! -d "$here/../shared/data" ] && [ -z "${CITYOPS_SHARED_DATA:-}" ]; then
    echo "note: ../shared/data is absent: tests on third-party data will be skipped" >&2
  fi
  echo "== tests, Release ($build_dir)"
  (cd "$build_dir" && ctest --output-on-failure --parallel "$jobs" --timeout 300)
  if [ "${CITYOPS_SANITIZERS:-1}" = 0 ]; then
    echo "CITYOPS_SANITIZERS=0: the sanitizer run was skipped" >&2
    exit 0
  fi
  # The same tests under AddressSanitizer + UndefinedBehaviorSanitizer, assertions on:
  # any report fails its test (the options match the asan-ubsan test preset).
  asan_dir=${ASAN_BUILD_DIR:-$here/build-asan}
  cmake --preset asan-ubsan -B "$asan_dir" >/dev/null
  cmake --build "$asan_dir" --parallel "$jobs"
  echo "== tests, AddressSanitizer + UndefinedBehaviorSanitizer ($asan_dir)"
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export LSAN_OPTIONS=suppressions=$here/tests/support/lsan.supp:print_suppressions=0
  cd "$asan_dir"
  exec ctest --output-on-failure --parallel "$jobs" --timeout 600
fi

# run
app="$build_dir/app/cityops"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "cityops: built, but there is no display here (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
  echo "  On a desktop, run this command from a terminal in the session." >&2
  echo "  Without one, use a virtual display:  xvfb-run -a -s \"-screen 0 1920x1080x24\" $app --demo" >&2
  echo "  or render a single frame:            $app --demo --screenshot cityops.png --size 1920x1080" >&2
  exit 3
fi
# shellcheck disable=SC2086
exec "$app" --demo ${CITYOPS_ARGS:-}
