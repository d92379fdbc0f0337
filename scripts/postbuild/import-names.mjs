// Step 4: the main module's imports from the glue get short names (`_0`,
// `_1`, …) in both: wasm-bindgen's (`__wbg_setAttribute_f75317b2b5cabfb4`)
// end in a hash that no compressor shrinks, and the wasm and the glue each
// spell all of them (~2 KiB brotli).
import { readFileSync, writeFileSync } from 'node:fs';
import { fail } from './tools.mjs';
import { withImportNames } from './wasm-sections.mjs';

/** The glue with short names for the imports it gives the main module, and those names, old → new. */
export function shortImportNames(glue, gluePath) {
  const renamed = new Map();
  const shortGlue = glue.replace(/\b__wbg_\w+_[0-9a-f]{16}\b/g, (old) => {
    // Each must be in the glue once, as its key in the imports.
    if (renamed.has(old)) fail(gluePath, `names ${old} more than once`);
    renamed.set(old, `_${renamed.size.toString(36)}`);
    return renamed.get(old);
  });
  return { shortGlue, renamed };
}

/** Gives the imports of the module `wasm` the names `renamed` gives them, in place. */
export function renameImports(wasm, renamed) {
  const rewritten = withImportNames(readFileSync(wasm), renamed);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(rewritten)).map((i) => i.name);
  const missed = [...renamed.keys()].filter((old) => imports.includes(old));
  if (missed.length) fail(wasm, `still imports ${missed.join(', ')} under its long name`);
  writeFileSync(wasm, rewritten);
}
