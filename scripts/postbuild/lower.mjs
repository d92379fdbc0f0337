// Step 5: binaryen's wasm-opt lowers what Rust's wasm32 target uses beyond
// the floor of browsers.toml (bulk memory's copy and fill, non-trapping
// float-to-int, sign extension). Every split module too.
import { WASM, WASM_OPT_RUST } from './floor.mjs';
import { fail, run } from './tools.mjs';

// How wasm-opt lowers each feature cargo's module may list beyond the floor.
const LOWERINGS = {
  'bulk-memory': '--llvm-memory-copy-fill-lowering',
  'nontrapping-fptoint': '--llvm-nontrapping-fptoint-lowering',
  'sign-ext': '--signext-lowering',
};
const unlowered = WASM.listed.filter((f) => !WASM.floor.includes(f) && !LOWERINGS[f]);
if (unlowered.length) fail('browsers.toml', `lists ${unlowered.join(', ')} above the floor, which nothing here lowers`);

/** Lowers `file` in place. */
export function lower(file) {
  try {
    run('wasm-opt', ['--quiet', ...WASM_OPT_RUST, ...Object.values(LOWERINGS), file, '-o', file]);
  } catch (error) {
    fail(file, `could not be lowered to the floor: ${error.message}`);
  }
}
