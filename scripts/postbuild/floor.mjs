// The browser floor, as browsers.toml (at the top of the repository, its
// one home) writes it, in the forms the build's tools and the tests take.
import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';

const file = new URL('../../browsers.toml', import.meta.url);
const { floor, wasm } = parse(readFileSync(file, 'utf8'));

/** The oldest browsers: `{ chrome, firefox, safari, ios_safari }`. */
export const BROWSERS = floor;

/** esbuild's targets: the syntax every script and the style sheet are written for. */
export const SYNTAX_TARGETS = [`chrome${floor.chrome}`, `firefox${floor.firefox}`, `safari${floor.safari}`];

/** browserslist's queries, as stylelint's caniuse check takes them. */
export const BROWSERSLIST = [
  `chrome >= ${floor.chrome}`,
  `firefox >= ${floor.firefox}`,
  `safari >= ${floor.safari}`,
  `ios_saf >= ${floor.ios_safari}`,
];

/** The wasm features of the floor, of cargo's module and kept out of it (browsers.toml's `[wasm]`), by LLVM's names. */
export const WASM = wasm;

// binaryen names one feature otherwise than LLVM does.
const binaryenName = (feature) => (feature === 'nontrapping-fptoint' ? 'nontrapping-float-to-int' : feature);

/** wasm-opt's flags for a module every engine of the floor runs. */
export const WASM_OPT_FLOOR = ['--mvp-features', ...wasm.floor.map((f) => `--enable-${binaryenName(f)}`)];

/** wasm-opt's flags to read what Rust's wasm32 target may use: listed or not. */
export const WASM_OPT_RUST = [...wasm.listed, ...wasm.unlisted].map((f) => `--enable-${binaryenName(f)}`);
