#!/usr/bin/env bash
# Builds the release widget with the default rubric and serves it on
# http://127.0.0.1:${PORT:-8080}/ until stopped with Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
port=${PORT:-8080}
echo "The self-check is at http://127.0.0.1:$port/ (English: http://127.0.0.1:$port/?lang=en)"
exec node scripts/static-server.mjs dist "$port"
