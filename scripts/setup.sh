#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already
# there: the wasm target, Trunk, wasm-bindgen-cli at the exact version in
# Cargo.lock, wasm-split-cli, npm packages (wasm-opt from binaryen, esbuild, Zopfli,
# Playwright, axe-core) and, with `--browser`, Debian's Chromium, CJK fonts,
# nginx with its brotli_static module, and zbar-tools (to scan the QR code in
# a test).
# Nothing is downloaded at build time: Trunk runs offline afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  # 0.22 needs a newer rustc than this project's.
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must match the wasm-bindgen crate exactly; cargo names
# the locked version (e.g. `registry+https://…#wasm-bindgen@0.2.130`).
bindgen_version=$(cargo pkgid --offline wasm-bindgen 2>/dev/null || cargo pkgid wasm-bindgen)
bindgen_version=${bindgen_version##*@}
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $bindgen_version"; then
  # Without --locked: its lock file may not resolve here.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# wasm-split-cli splits the widget's wasm at its #[wasm_split] points
# (scripts/finish-dist.mjs); the 0.2 series matches wasm_split_helpers 0.2.
WASM_SPLIT_VERSION=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

# npm's binaryen (132+): Debian's wasm-opt (108) writes wasm that fails to load.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--browser" ]; then
  missing=()
  for package in chromium fonts-noto-cjk nginx libnginx-mod-http-brotli-static zbar-tools; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi
fi
