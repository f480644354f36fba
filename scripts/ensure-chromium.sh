#!/bin/sh
# Browser tests drive Debian's Chromium; Playwright's own browser download does not work here.
set -e
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" != 0 ]; then echo "Chromium not found at $CHROMIUM; install it: sudo apt-get install -y chromium" >&2; exit 1; fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
"$CHROMIUM" --version
