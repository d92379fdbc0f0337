// Step 3: wasm-bindgen writes the main module's JS glue (for
// `<script type="module">`, `--target=web`) and the module it loads.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, run } from './tools.mjs';

/** Runs wasm-bindgen on `main` into `work`: returns the glue's text and the module's path. */
export function bindgen(main, work, bin) {
  run('wasm-bindgen', ['--target=web', '--no-typescript', `--out-dir=${work}`, `--out-name=${bin}`, main]);
  const gluePath = join(work, `${bin}.js`);
  const wasm = join(work, `${bin}_bg.wasm`);
  if (!existsSync(gluePath) || !existsSync(wasm)) fail(main, 'wasm-bindgen wrote no glue or no module');
  const glue = readFileSync(gluePath, 'utf8');
  // Glue for reference types keeps JS values in the module's table of externrefs.
  if (/\bwasm\.__(wbindgen_externrefs|externref_table_alloc)\b/.test(glue)) {
    fail(gluePath, 'keeps JS values in a table of externrefs: wasm-bindgen saw reference types in the target_features section');
  }
  return { glue, wasm };
}
