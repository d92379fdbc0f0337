// Step 4: the main module as its page needs it.
// - Its imports from the glue get short names (`_0`, `_1`, …) in both:
//   wasm-bindgen's (`__wbg_setAttribute_f75317b2b5cabfb4`) end in a hash
//   that no compressor shrinks, and the wasm and the glue each spell all of
//   them (~2 KiB brotli).
// - Its exports are those its split modules need: without the exports of
//   split points (`__wasm_split_00…`) that the splitting leaves in a page
//   that never calls one (they would keep all their code), without the
//   stream adapters that Leptos's server functions export (`IntoUnderlying…`
//   of wasm-streams; Leptos always depends on server_fn, and this widget has
//   no server), and, where the page calls a split point, with its function
//   table exported as `__indirect_function_table` again: the split modules
//   import it, and wasm-bindgen drops that export.
import { readFileSync, writeFileSync } from 'node:fs';
import { fail } from './tools.mjs';
import { withImportsAndExports } from './wasm-sections.mjs';

/** Whether the page's main module goes without the export `name`. */
const droppedExport = (name) => name.startsWith('__wasm_split_00') || /^(__wbg_)?intounderlying/.test(name);

/**
 * The glue without the classes of the stream adapters, whose exports the
 * page's module drops (below): nothing calls them, and they are 0.3 KiB
 * brotli of every page's start.
 */
export function withoutStreamAdapters(glue, gluePath) {
  const without = glue
    .replace(/^export class IntoUnderlying\w+ \{[\s\S]*?^\}\n(if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = IntoUnderlying\w+\.prototype\.free;\n)?/gm, '')
    .replace(/^const IntoUnderlying\w+Finalization = [\s\S]*?;\n/gm, '');
  if (without.includes('IntoUnderlying')) fail(gluePath, 'still names IntoUnderlying… once its classes are cut: has wasm-bindgen changed how it writes them?');
  return without;
}

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

/** Rewrites the main module `wasm` with the imports `renamed` and the exports its page needs. */
export function pageExports(wasm, renamed, callsSplitPoints) {
  const rewritten = withImportsAndExports(readFileSync(wasm), {
    rename: renamed,
    keepExport: (name) => !droppedExport(name),
    tableExport: callsSplitPoints ? '__indirect_function_table' : undefined,
  });
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(rewritten)).map((i) => i.name);
  const missed = [...renamed.keys()].filter((old) => imports.includes(old));
  if (missed.length) fail(wasm, `still imports ${missed.join(', ')} under its long name`);
  writeFileSync(wasm, rewritten);
}
