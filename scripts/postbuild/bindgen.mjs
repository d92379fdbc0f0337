// Step 2: wasm-bindgen writes the main module's JS glue (for
// `<script type="module">`, `--target=web`) and the module it loads. It
// reads cargo's target_features section to choose its glue: with reference
// types listed it passes JS values as `externref`, which engines before
// Chrome 96 and Safari 15 cannot compile, so that stops the build. Where
// the page calls a split point, the module exports its function table
// again, as `__indirect_function_table`: the split modules import it, and
// wasm-bindgen drops that export (wasm-sections.mjs says why not its flag).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, run } from './tools.mjs';
import { withTableExport } from './wasm-sections.mjs';

/** Runs wasm-bindgen on `main` into `work`: returns the glue's text, the module's path and whether the page calls a split point. */
export function bindgen(main, work, bin) {
  run('wasm-bindgen', ['--target=web', '--no-typescript', `--out-dir=${work}`, `--out-name=${bin}`, main]);
  const gluePath = join(work, `${bin}.js`);
  const wasm = join(work, `${bin}_bg.wasm`);
  if (!existsSync(gluePath) || !existsSync(wasm)) fail(main, 'wasm-bindgen wrote no glue or no module');
  const glue = readFileSync(gluePath, 'utf8');
  // Glue for reference types keeps JS values in the module's table of externrefs.
  if (/\bwasm\.__(wbindgen_externrefs|externref_table_alloc)\b/.test(glue)) {
    fail(gluePath, 'keeps JS values in a table of externrefs: cargo\'s module lists reference types (build it with .cargo/config.toml\'s rustflags for wasm32)');
  }
  // The glue imports the split loader where the page calls a split point.
  const callsSplitPoints = glue.includes('from "./__wasm_split.js"');
  if (callsSplitPoints) writeFileSync(wasm, withTableExport(readFileSync(wasm), '__indirect_function_table'));
  return { glue, wasm, callsSplitPoints };
}
