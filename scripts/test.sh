#!/usr/bin/env bash
# Runs every test: formatting and lints, the native tests of the rubric,
# engine and codec (cargo test), then the browser tests (Playwright driving
# Debian's Chromium) against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh --browser

cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -- -D warnings
cargo test

# A broken rubric stops the build itself with every one of its problems (the
# 25 that tests/rubric.rs lists for this file).
broken=tests/rubrics/every-problem.toml
if output=$(SELFCHECK_RUBRIC=$broken cargo clippy --lib --quiet 2>&1); then
  echo "FAILED: the build accepted $broken" >&2
  exit 1
fi
problems=$(grep -c "^  $broken: " <<<"$output" || true)
if [ "$problems" -ne 25 ]; then
  echo "FAILED: the build reported $problems of the 25 problems of $broken:" >&2
  echo "$output" >&2
  exit 1
fi
echo "ok: the build refuses $broken, listing its 25 problems"

npx playwright test --config tests/e2e/playwright.config.mjs
