// Step 3: the main module without the exports its page never uses, and
// the glue without their classes: the exports of split points
// (`__wasm_split_00…`) that the splitting leaves in a page that never
// calls one (they would keep all their code); the stream adapters that
// Leptos's server functions export (`IntoUnderlying…` of wasm-streams:
// Leptos always depends on server_fn, and this widget has no server).
// binaryen's --remove-exports drops them; wasm-bindgen has no flag to
// leave the classes out of the glue, so they are cut here.
import { WASM_OPT_RUST } from './floor.mjs';
import { fail, run } from './tools.mjs';

/** The exports no page uses. */
const UNUSED = ['__wasm_split_00*', 'intounderlying*', '__wbg_intounderlying*'];

/** Drops the unused exports of the module `wasm`, in place. */
export function dropUnusedExports(wasm) {
  run('wasm-opt', ['--quiet', ...WASM_OPT_RUST, `--remove-exports=${UNUSED.join(',')}`, wasm, '-o', wasm]);
}

/**
 * The glue without the classes of the stream adapters, whose exports the
 * module drops: nothing calls them, and they are 0.3 KiB brotli of every
 * page's start.
 */
export function withoutStreamAdapters(glue, gluePath) {
  const without = glue
    .replace(/^export class IntoUnderlying\w+ \{[\s\S]*?^\}\n(if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype\[Symbol\.dispose\] = IntoUnderlying\w+\.prototype\.free;\n)?/gm, '')
    .replace(/^const IntoUnderlying\w+Finalization = [\s\S]*?;\n/gm, '');
  if (without.includes('IntoUnderlying')) fail(gluePath, 'still names IntoUnderlying… once its classes are cut: has wasm-bindgen changed how it writes them?');
  return without;
}
