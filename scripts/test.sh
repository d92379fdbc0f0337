#!/usr/bin/env bash
# Runs every test, in this order: the release build (installing what is
# missing), formatting and lints (native and wasm), the native tests of the
# core (cargo test), a build with a broken rubric that must fail listing
# every problem, the build scripts' and development server's tests and the
# layout's rules (node --test: src/ has at most 8 entries, src/model and
# src/markup use no browser and no Leptos, one file writes a result link's
# marker, no call known to cost start-up bytes for nothing), builds with
# the crash-test feature, with a version 2 rubric and with a rubric of four
# questions, the browser floor (every shipped module and script in the
# engines of Chrome 74, 84 and 94, the style sheet against caniuse's data), the browser tests (Playwright
# driving Debian's Chromium) against the release build, and the main
# journey in Firefox ESR and WebKitGTK over WebDriver. Fails if the run
# leaves the working tree other than it found it.
# UPDATE_SCREENSHOTS=1 rewrites the README's screenshots in tests/e2e/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
tree_before=$(git status --porcelain --untracked-files=all)

scripts/build.sh --browser

cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown -- -D warnings
cargo test

# A broken rubric stops the build itself with every one of its problems (the
# 36 that tests/rubric.rs lists for this file).
broken=tests/rubrics/every-problem.toml
if output=$(SELFCHECK_RUBRIC=$broken cargo clippy --lib --quiet 2>&1); then
  echo "FAILED: the build accepted $broken" >&2
  exit 1
fi
problems=$(grep -c "^  $broken: " <<<"$output" || true)
if [ "$problems" -ne 36 ]; then
  echo "FAILED: the build reported $problems of the 36 problems of $broken:" >&2
  echo "$output" >&2
  exit 1
fi
echo "ok: the build refuses $broken, listing its 36 problems"

node --test tests/scripts/

# Two more builds of the widget for the browser tests: one that panics on
# `#crash` (the test of its panic message), and one whose current rubric is
# a version 2 (tests/rubrics/cloud-adoption-v2.toml) with version 1 kept as
# an earlier release (links made for version 1 must still open, in the
# widget and in the reader).
export PATH="$PWD/node_modules/.bin:$PATH"
trunk build --release --offline --features crash-test --dist target/dist-crash-test
SELFCHECK_RUBRIC=tests/rubrics/cloud-adoption-v2.toml SELFCHECK_RELEASES=rubric \
  SELFCHECK_DIST=target/dist-v2 scripts/build.sh
# And one with the four questions of tests/rubrics/small.toml, whose pages
# must name four, not forty (tests/e2e/start-up.spec.mjs).
SELFCHECK_RUBRIC=tests/rubrics/small.toml SELFCHECK_DIST=target/dist-small scripts/build.sh

# The floor: every module compiles, and every script parses as a module,
# in V8 7.4 (Chrome 74, the stated floor: Node 12.0 from npm), V8 8.4
# (Chrome 84) and V8 9.4 (Chrome 94), Node builds that
# scripts/setup.sh --browser put in target/old-engines/.
floor_builds=(dist target/dist-crash-test target/dist-v2)
target/old-engines/node-12.0.0/package/bin/node --experimental-modules --no-warnings \
  tests/old-engines/check.mjs "${floor_builds[@]}"
for version in 14.19.3a4 16.15.1a4; do
  "target/old-engines/node-$version/nodejs/bin/node" tests/old-engines/check.mjs "${floor_builds[@]}"
done
npx stylelint --config tests/css/stylelint.config.mjs 'dist/*.css'
echo "ok: the style sheet uses nothing the floor lacks without a fallback"

npx playwright test --config tests/e2e/playwright.config.mjs
node --test tests/engines/

tree_after=$(git status --porcelain --untracked-files=all)
if [ "$tree_after" != "$tree_before" ]; then
  echo "FAILED: the tests changed the working tree:" >&2
  diff <(echo "$tree_before") <(echo "$tree_after") >&2 || true
  exit 1
fi
echo "ok: the working tree is as the tests found it"
