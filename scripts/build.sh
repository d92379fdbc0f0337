#!/usr/bin/env bash
# Builds the release widget (index.html) and the officials' reader
# (reader.html) into dist/, size-optimised (wasm-opt -Os). Trunk builds one
# page at a time: the reader is built beside and its files added to dist/.
# SELFCHECK_RUBRIC=path/to/rubric.toml builds both with another rubric file
# (SELFCHECK_RELEASES=dir: another folder of its earlier releases), and
# SELFCHECK_DIST=dir into another folder.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "$@"
# The post-build hook (scripts/postbuild/finish.mjs) runs the first wasm-opt on
# PATH: npm's binaryen. Trunk's own is off (data-wasm-opt="0"): the hook
# makes the wasm again from cargo's output.
export PATH="$PWD/node_modules/.bin:$PATH"
dist=${SELFCHECK_DIST:-dist}
reader_dist="target/$(basename "$dist")-reader"
trunk build --release --offline --dist "$dist"
trunk build --release --offline=true --dist "$reader_dist" reader.html
# Trunk calls every page it writes index.html.
for suffix in "" .gz .br; do
  mv "$reader_dist/index.html$suffix" "$dist/reader.html$suffix"
done
cp -r "$reader_dist/." "$dist/"
