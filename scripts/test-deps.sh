#!/usr/bin/env bash
# Installs the Debian packages the test suite drives as real peers. Idempotent; quiet when
# everything is already there. Needs root (CI and the dev machines run as root).
set -euo pipefail

# chromium (+ a font) drives the dashboard tests (server: io.simbase.server.web).
# socat: pty pairs standing in for serial cables; mbpoll: a Modbus master no one here wrote;
# libmodbus-dev and gcc: the C slave and benchmark peers (device-bridge/src/test/c) the tests build.
# postgresql: the results database the results-store tests start (server: io.simbase.server.results).
# nodejs and npm: node-opcua, the independent OPC UA client of the OPC UA tests (server: rig).
PACKAGES=(socat mbpoll libmodbus-dev gcc libc6-dev chromium fonts-dejavu-core openssl postgresql)
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)
# The viewer's tests (viewer/): Xvfb with Mesa's llvmpipe for a real OpenGL 3.3 context, the X
# libraries LWJGL's GLFW loads, xdotool for real mouse clicks, a CJK font for the Chinese texts.
PACKAGES+=(xvfb libgl1-mesa-dri libglx-mesa0 libx11-6 libxrandr2 libxinerama1 libxcursor1 libxi6 libxext6
  xdotool fonts-wqy-microhei)
# firefox-esr: the dashboard journey in Firefox (server: io.simbase.server.web.FirefoxDashboardBrowserTest),
# driven over WebDriver BiDi, which Firefox speaks itself (no geckodriver).
PACKAGES+=(firefox-esr)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "test-deps: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# node-opcua-client, pinned by the committed package-lock.json (npm registry only).
OPCUA_CLIENT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/server/src/test/node/opcua-client"
if [ ! -d "$OPCUA_CLIENT/node_modules/node-opcua-client" ] || [ "$OPCUA_CLIENT/package-lock.json" -nt "$OPCUA_CLIENT/node_modules" ]; then
  echo "test-deps: npm ci in $OPCUA_CLIENT" >&2
  (cd "$OPCUA_CLIENT" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
