#!/usr/bin/env bash
# Set up on a fresh machine (Python 3.11) and start the chat UI over the bundled samples.
# The first start indexes samples/ into the embedded Chroma index (KAIZEN_HOME).
# Usage: bash scripts/run.sh [kaizen serve options, e.g. --port 7860]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
exec .venv/bin/kaizen serve "$@"
