#!/usr/bin/env bash
# The size and speed benchmark: builds the release pages and prints the
# figures of tests/bench/bench.mjs (medians over RUNS runs, default 7).
# With a base revision (a commit, a tag, `main`), that revision is built too,
# in a git worktree at target/bench-base, and every figure is printed for
# both, measured in one run with their page loads alternating:
#   scripts/bench.sh 5 HEAD~3
# BENCH_PARTS picks parts (bytes, start, taps, lighthouse, reader), on a
# busy machine say:
#   BENCH_PARTS=start,lighthouse scripts/bench.sh 5 HEAD~3
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
base=${2:-}
scripts/build.sh --browser
if [ -z "$base" ]; then
  exec node tests/bench/bench.mjs "$runs" dist
fi
worktree=target/bench-base
git worktree remove --force "$worktree" 2>/dev/null || rm -rf "$worktree"
git worktree add --detach "$worktree" "$base"
(cd "$worktree" && scripts/build.sh --browser)
node tests/bench/bench.mjs "$runs" dist "$worktree/dist"
git worktree remove --force "$worktree"
