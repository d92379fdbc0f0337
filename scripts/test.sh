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

npx playwright test --config tests/e2e/playwright.config.mjs
