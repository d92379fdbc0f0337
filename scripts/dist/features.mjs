// Step 1: cargo's module lists neither reference types nor multi-value in
// its target_features section. wasm-bindgen reads that section to choose its
// glue: with reference types listed it passes JS values as `externref`,
// which engines before Chrome 96 and Safari 15 cannot compile. Rust (1.82
// and later) builds wasm32 with both on; .cargo/config.toml turns them off
// for the crates built here and tells the linker which features to list,
// since the standard library comes built with them. What the module still
// uses beyond WebAssembly 1.0, step 5 lowers and step 7 proves.
import { readFileSync } from 'node:fs';
import { WASM } from './floor.mjs';
import { fail } from './tools.mjs';
import { targetFeatures } from './wasm-sections.mjs';

/** Fails unless `file`'s target_features section is free of browsers.toml's `unlisted`. */
export function checkListedFeatures(file) {
  const listed = targetFeatures(readFileSync(file));
  if (listed.length === 0) fail(file, 'has no target_features section (was it built by rustc?)');
  const unwanted = listed.filter((f) => f.prefix === '+' && WASM.unlisted.includes(f.name));
  if (unwanted.length) {
    fail(file, `lists ${unwanted.map((f) => f.name).join(', ')}: build it with .cargo/config.toml's rustflags for wasm32`);
  }
}
