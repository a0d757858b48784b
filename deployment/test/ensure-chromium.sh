#!/usr/bin/env bash
# Makes sure Debian's Chromium and ChromeDriver are there for the browser tests
# (packages chromium and chromium-driver: /usr/bin/chromium, /usr/bin/chromedriver).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
echo "Installing Chromium and ChromeDriver from Debian's packages for the browser tests"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null 2>&1 || { echo "need root (or sudo) to install chromium chromium-driver" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q chromium chromium-driver
