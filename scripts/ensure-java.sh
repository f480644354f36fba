#!/bin/sh
# The Nu Html Checker (vnu-jar) runs on Java; these machines usually have it, a fresh one may not.
set -e
command -v java >/dev/null 2>&1 && exit 0
if [ "$(id -u)" != 0 ]; then echo "java not found; install it: sudo apt-get install -y default-jre-headless" >&2; exit 1; fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends default-jre-headless >/dev/null
java -version
