#!/usr/bin/env bash
# Builds the release widget into dist/ (size-optimised, wasm-opt -Oz).
# SELFCHECK_RUBRIC=path/to/rubric.toml builds it with another rubric file.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "$@"
# Trunk uses the first wasm-opt on PATH: npm's binaryen.
export PATH="$PWD/node_modules/.bin:$PATH"
trunk build --release --offline
