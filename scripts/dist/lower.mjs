// Step 5: binaryen's wasm-opt lowers what Rust's wasm32 target uses beyond
// the floor of browsers.toml (bulk memory's copy and fill, non-trapping
// float-to-int, sign extension), then optimises for bytes sent at that
// floor: it reads the lowered module with only the floor's features
// enabled, so it fails on anything left above it. Every split module too.
import { WASM, WASM_OPT_FLOOR, WASM_OPT_RUST } from './floor.mjs';
import { fail, run } from './tools.mjs';

// How wasm-opt lowers each feature cargo's module may list beyond the floor.
const LOWERINGS = {
  'bulk-memory': '--llvm-memory-copy-fill-lowering',
  'nontrapping-fptoint': '--llvm-nontrapping-fptoint-lowering',
  'sign-ext': '--signext-lowering',
};
const unlowered = WASM.listed.filter((f) => !WASM.floor.includes(f) && !LOWERINGS[f]);
if (unlowered.length) fail('browsers.toml', `lists ${unlowered.join(', ')} above the floor, which nothing here lowers`);

/** Lowers and optimises `file` in place. */
export function lowerAndOptimise(file) {
  try {
    run('wasm-opt', ['--quiet', ...WASM_OPT_RUST, ...Object.values(LOWERINGS), file, '-o', file]);
    // Rust's wasm32 target puts the stack first, below 1 MiB, and the data
    // above it: the low 1 KiB is reached only by a stack about to overflow.
    // Saying so lets wasm-opt fold address arithmetic into load and store
    // offsets (~1 KiB brotli less). The producers and target-features
    // sections are for tools, not browsers. -Os, run until it changes
    // nothing more, sends fewer bytes than -Oz: its wasm is ~4% larger,
    // but brotli and gzip pack it smaller (~0.9 KiB brotli).
    run('wasm-opt', ['--quiet', ...WASM_OPT_FLOOR, '-Os', '--converge', '--low-memory-unused', '--strip-producers', '--strip-target-features', file, '-o', file]);
  } catch (error) {
    fail(file, `could not be lowered to WebAssembly 1.0 with mutable globals: ${error.message}`);
  }
}
