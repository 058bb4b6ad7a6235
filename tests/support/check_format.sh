#!/usr/bin/env bash
# Fails when a C++ source file is not formatted by the repository's .clang-format.
# Exits 77 (ctest: skipped, with the reason) where clang-format is not installed.
#   check_format.sh SOURCE_DIR
set -euo pipefail
root=$1
formatter=$(command -v clang-format || command -v clang-format-14 || true)
if [ -z "$formatter" ]; then
  echo "clang-format is not installed (packaging/install-deps.sh installs it): format not checked"
  exit 77
fi
cd "$root"
mapfile -t files < <(find core ui app tests -name '*.cpp' -o -name '*.h' | sort)
bad=()
for f in "${files[@]}"; do
  if ! "$formatter" --dry-run --Werror "$f" >/dev/null 2>&1; then
    bad+=("$f")
  fi
done
if [ ${#bad[@]} -gt 0 ]; then
  echo "not formatted (run: clang-format -i FILE):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
echo "${#files[@]} files formatted by .clang-format ($("$formatter" --version))"
