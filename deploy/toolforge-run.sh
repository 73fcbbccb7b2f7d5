#!/bin/sh
# Toolforge entry point: `peerbot run` from the tool's checkout with its pywikibot config.
# Usage (from deploy/jobs.yaml): ./peerbot/deploy/toolforge-run.sh [--only NAMES] [-simulate]
set -eu
checkout="$(cd "$(dirname "$0")/.." && pwd)"
cd "$checkout"
export PYWIKIBOT_DIR="${PYWIKIBOT_DIR:-$HOME/.pywikibot}"
exec "$checkout/venv/bin/peerbot" run --config "${PEERBOT_JOBS:-$checkout/config/jobs.yaml}" "$@"
