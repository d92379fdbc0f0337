// Step 5: binaryen's wasm-opt lowers what Rust's wasm32 target uses beyond
// WebAssembly 1.0 (bulk memory's copy and fill, non-trapping float-to-int,
// sign extension), then optimises for bytes sent at that floor: it reads the
// lowered module with only WebAssembly 1.0 and mutable globals enabled, so
// it fails on anything left above it. Every split module too.
import { fail, run } from './tools.mjs';

/** What every engine of the floor runs: WebAssembly 1.0 and mutable globals (Chrome 74, Firefox 61, Safari 13.1). */
export const FLOOR = ['--mvp-features', '--enable-mutable-globals'];

// What Rust 1.95 builds wasm32 with, so that wasm-opt reads cargo's output.
const RUST_FEATURES = ['bulk-memory', 'multivalue', 'mutable-globals', 'nontrapping-float-to-int', 'reference-types', 'sign-ext'];
const LOWERINGS = ['--llvm-memory-copy-fill-lowering', '--llvm-nontrapping-fptoint-lowering', '--signext-lowering'];

/** Lowers and optimises `file` in place. */
export function lowerAndOptimise(file) {
  try {
    run('wasm-opt', ['--quiet', ...RUST_FEATURES.map((f) => `--enable-${f}`), ...LOWERINGS, file, '-o', file]);
    // Rust's wasm32 target puts the stack first, below 1 MiB, and the data
    // above it: the low 1 KiB is reached only by a stack about to overflow.
    // Saying so lets wasm-opt fold address arithmetic into load and store
    // offsets (~1 KiB brotli less). The producers and target-features
    // sections are for tools, not browsers. -Os, run until it changes
    // nothing more, sends fewer bytes than -Oz: its wasm is ~4% larger,
    // but brotli and gzip pack it smaller (~0.9 KiB brotli).
    run('wasm-opt', ['--quiet', ...FLOOR, '-Os', '--converge', '--low-memory-unused', '--strip-producers', '--strip-target-features', file, '-o', file]);
  } catch (error) {
    fail(file, `could not be lowered to WebAssembly 1.0 with mutable globals: ${error.message}`);
  }
}
