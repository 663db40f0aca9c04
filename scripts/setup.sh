#!/usr/bin/env bash
# Installs the system tools gongkai's tests use when they are missing: poppler-utils (pdftotext), Debian's chromium
# (browser tests drive it through playwright-core), a CJK font (fonts-wqy-microhei) so Chinese text renders, and
# tesseract-ocr with its simplified-Chinese data (tesseract-ocr-chi-sim) to read scanned PDF pages by OCR.
# Debian packages only (never `playwright install`); run as root (as on CI) or with sudo available.
# Fast when everything is present: only file and dpkg checks, no apt.
set -euo pipefail

installed() { [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]; }

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils poppler-data)
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1 && ! installed chromium; then need+=(chromium); fi
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || installed fonts-wqy-microhei || need+=(fonts-wqy-microhei)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
installed tesseract-ocr-chi-sim || need+=(tesseract-ocr-chi-sim)
[ ${#need[@]} -eq 0 ] && exit 0

echo "setup: installing ${need[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; else
    echo "setup: need root or passwordless sudo to install ${need[*]} (apt-get install -y --no-install-recommends ${need[*]})" >&2
    exit 1
  fi
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup: apt-get not found; install ${need[*]} (Debian package names) by hand, or set CHROMIUM_PATH" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq || ! $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; then
  echo "setup: apt-get could not install ${need[*]}" >&2
  exit 1
fi
echo "setup: installed ${need[*]}" >&2
