#!/bin/sh
# Make sure Debian's Chromium is available for the end-to-end tests (playwright.config.ts uses it),
# and poppler-utils (pdfinfo, pdftotext, pdftoppm) for the print-to-PDF test.
# - present (CHROMIUM_PATH, default /usr/bin/chromium): print its version, exit 0
# - missing, running as root with apt-get: apt-get update && apt-get install -y chromium
# - otherwise: say how to fix it and exit 1
set -eu

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

# poppler-utils is small; install it quietly when it is missing and we can (the PDF test says so otherwise).
if ! command -v pdftotext >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing poppler-utils for the PDF test..." >&2
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update && apt-get install -y poppler-utils; } >&2 || echo "warning: poppler-utils could not be installed" >&2
fi

if [ -x "$CHROMIUM" ]; then
  echo "chromium ok: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
  exit 0
fi

echo "Chromium not found at $CHROMIUM." >&2

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium with apt-get (running as root)..." >&2
  export DEBIAN_FRONTEND=noninteractive
  # Always refresh the package lists first: a stale list offers an old chromium.
  apt-get update
  apt-get install -y chromium
  if [ -x /usr/bin/chromium ]; then
    echo "installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    if [ -n "${CHROMIUM_PATH:-}" ] && [ "$CHROMIUM_PATH" != /usr/bin/chromium ]; then
      echo "warning: CHROMIUM_PATH=$CHROMIUM_PATH still points at a missing file;" \
        "unset it or set CHROMIUM_PATH=/usr/bin/chromium, or the tests cannot start the browser." >&2
    fi
    exit 0
  fi
  echo "apt-get install finished but /usr/bin/chromium is missing." >&2
  exit 1
fi

echo "Cannot install it automatically (that needs root and apt-get)." >&2
echo "Fix: sudo apt-get update && sudo apt-get install -y chromium" >&2
echo "     or set CHROMIUM_PATH to an existing Chromium or Chrome binary." >&2
exit 1
