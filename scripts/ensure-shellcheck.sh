#!/bin/sh
# Make sure Debian's shellcheck is available for the unit tests of the exports
# (src/core/export/hostile-export.test.ts runs it on every exported az script).
# - present: exit 0 quietly
# - missing, running as root with apt-get: apt-get update && apt-get install -y shellcheck
# - otherwise: say so loudly and exit 0; the shellcheck checks are then skipped with a warning
set -eu

if command -v shellcheck >/dev/null 2>&1; then
  exit 0
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's shellcheck with apt-get (running as root) for the export tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  if { apt-get update && apt-get install -y shellcheck; } >&2 && command -v shellcheck >/dev/null 2>&1; then
    echo "installed: $(shellcheck --version | sed -n 2p)" >&2
    exit 0
  fi
  echo "warning: apt-get could not install shellcheck." >&2
fi

echo "" >&2
echo "*** shellcheck is missing, so the export tests will SKIP their shellcheck checks. ***" >&2
echo "*** Fix: sudo apt-get update && sudo apt-get install -y shellcheck               ***" >&2
echo "" >&2
exit 0
