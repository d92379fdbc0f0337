#!/usr/bin/env bash
# The size and speed benchmark: builds the release widget and prints the
# figures of tests/bench/bench.mjs (medians over RUNS runs, default 7).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh --browser
node tests/bench/bench.mjs "${1:-7}"
