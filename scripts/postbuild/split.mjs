// Step 1: wasm-split-cli cuts cargo's module at its `#[wasm_split]` points
// into the main module and one module for each name the points give,
// fetched on first use, plus a chunk for code two of them share (fetched
// with either). Every function of a split point is exported, so a page
// that never calls one still drops its code this way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, run } from './tools.mjs';

/** Splits `built` into `work`: returns the main module's path and the split modules' file names. */
export function split(built, work, bin) {
  run('wasm-split-cli', ['--out-name', bin, built, work]);
  const main = join(work, `${bin}.wasm`);
  const modules = readdirSync(work).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f));
  for (const file of [main, ...modules.map((m) => join(work, m))]) {
    if (!WebAssembly.validate(readFileSync(file))) fail(file, 'wasm-split-cli wrote no valid module');
  }
  return { main, modules };
}
