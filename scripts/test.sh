#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine (Python 3.11, pip, apt) and run them.
# Usage: bash scripts/test.sh [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
[ -e /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf ] || need_apt+=(fonts-ipaexfont)
command -v pdftoppm >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v gs >/dev/null 2>&1 || need_apt+=(ghostscript)
command -v mutool >/dev/null 2>&1 || need_apt+=(mupdf-tools)
# The reverse-proxy example (docs/nginx-kaizen.conf) is tested with a real nginx and a
# self-signed certificate. Docker images deny service starts (policy-rc.d), so installing
# nginx starts nothing; the test runs its own nginx in a private prefix.
[ -x /usr/sbin/nginx ] || need_apt+=(nginx)
command -v openssl >/dev/null 2>&1 || need_apt+=(openssl)
if [ ${#need_apt[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

export ANONYMIZED_TELEMETRY=False GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1
# The layer contracts and "no import circles" (pyproject.toml [tool.importlinter]).
.venv/bin/lint-imports --no-cache
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
