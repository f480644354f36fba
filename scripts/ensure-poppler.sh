#!/bin/sh
# The PDF test reads the text of each page with pdftotext (Debian's poppler-utils), to check that no
# page is nearly empty. Installed with apt-get when missing, as ensure-chromium.sh does for Chromium.
set -e
command -v pdftotext >/dev/null 2>&1 && exit 0
if [ "$(id -u)" != 0 ]; then echo "pdftotext not found; install it: sudo apt-get install -y poppler-utils" >&2; exit 1; fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null
pdftotext -v 2>&1 | head -1
