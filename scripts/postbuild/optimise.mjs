// Step 6: binaryen's wasm-opt optimises each module for the bytes sent, at
// the floor: it reads the module with only the floor's features enabled,
// so it fails on anything left above it.
import { WASM_OPT_FLOOR } from './floor.mjs';
import { fail, run } from './tools.mjs';

/** Optimises `file` in place. */
export function optimise(file) {
  try {
    // Rust's wasm32 target puts the stack first, below 1 MiB, and the data
    // above it: the low 1 KiB is reached only by a stack about to overflow.
    // Saying so lets wasm-opt fold address arithmetic into load and store
    // offsets (~1 KiB brotli less). The producers and target-features
    // sections are for tools, not browsers. -Os, run until it changes
    // nothing more, sends fewer bytes than -Oz: its wasm is ~4% larger,
    // but brotli and gzip pack it smaller (~0.9 KiB brotli).
    run('wasm-opt', ['--quiet', ...WASM_OPT_FLOOR, '-Os', '--converge', '--low-memory-unused', '--strip-producers', '--strip-target-features', file, '-o', file]);
  } catch (error) {
    fail(file, `could not be optimised within the floor: ${error.message}`);
  }
}
