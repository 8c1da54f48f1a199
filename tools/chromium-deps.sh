#!/bin/sh
# chromium-deps.sh: installs Debian's chromium (for the test that renders the
# HTML brief headless) when it is missing. Never fails: without chromium the
# test says it is skipped and why.
command -v chromium >/dev/null 2>&1 && exit 0
command -v apt-get >/dev/null 2>&1 || { echo "deps: no apt-get: chromium not installed (the HTML rendering test will be skipped)"; exit 0; }
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "deps: installing chromium (for the HTML brief test)"
export DEBIAN_FRONTEND=noninteractive
if ! { $SUDO apt-get update -qq >/dev/null 2>&1; $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; }; then
  echo "deps: chromium could not be installed (the HTML rendering test will be skipped)"
fi
exit 0
