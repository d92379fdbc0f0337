#!/usr/bin/env bash
# Runs every test, in this order: the release build (installing what is
# missing), formatting and lints (native and wasm), the native tests of the
# core (cargo test), a build with a broken rubric that must fail listing
# every problem, the development server's tests (node --test), builds with
# the crash-test feature and with a version 2 rubric, and the browser tests (Playwright driving
# Debian's Chromium) against the release build. Fails if the run leaves the
# working tree other than it found it. UPDATE_SCREENSHOTS=1 rewrites the
# README's screenshots in tests/e2e/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
tree_before=$(git status --porcelain --untracked-files=all)

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

node --test tests/scripts/

# Two more builds of the widget for the browser tests: one that panics on
# `#crash` (the test of its panic message), and one whose current rubric is
# a version 2 (tests/rubrics/cloud-adoption-v2.toml) with version 1 kept as
# an earlier release (links made for version 1 must still open).
export PATH="$PWD/node_modules/.bin:$PATH"
trunk build --release --offline --features crash-test --dist target/dist-crash-test
SELFCHECK_RUBRIC=tests/rubrics/cloud-adoption-v2.toml SELFCHECK_RELEASES=rubric \
  trunk build --release --offline --dist target/dist-v2

npx playwright test --config tests/e2e/playwright.config.mjs

tree_after=$(git status --porcelain --untracked-files=all)
if [ "$tree_after" != "$tree_before" ]; then
  echo "FAILED: the tests changed the working tree:" >&2
  diff <(echo "$tree_before") <(echo "$tree_after") >&2 || true
  exit 1
fi
echo "ok: the working tree is as the tests found it"
