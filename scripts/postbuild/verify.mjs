// Step 8, the last word on each module the page ships: it is valid
// WebAssembly, within the floor, and its imports and exports are the ones
// its JS gives and uses. Each failure names the file and what is wrong.
import { readFileSync } from 'node:fs';
import { WASM_OPT_FLOOR } from './floor.mjs';
import { fail, run } from './tools.mjs';

/**
 * Checks the module at `file`:
 * - `provided`: the imports its JS gives, as `module.name` strings;
 * - `used`: the names of the exports its JS calls.
 */
export function checkModule(file, { provided, used }) {
  const bytes = readFileSync(file);
  if (!WebAssembly.validate(bytes)) fail(file, 'is not valid WebAssembly');
  try {
    // wasm-opt reads it with only the floor's features enabled and validates it.
    run('wasm-opt', ['--quiet', ...WASM_OPT_FLOOR, file, '-o', '/dev/null']);
  } catch {
    fail(file, 'uses a feature beyond the floor of browsers.toml (wasm-opt says which, above)');
  }
  const module = new WebAssembly.Module(bytes);
  const missing = WebAssembly.Module.imports(module)
    .map((i) => `${i.module}.${i.name}`)
    .filter((name) => !provided.has(name));
  if (missing.length) fail(file, `imports what its JS does not give: ${missing.join(', ')}`);
  const exports = new Set(WebAssembly.Module.exports(module).map((e) => e.name));
  const absent = [...used].filter((name) => !exports.has(name));
  if (absent.length) fail(file, `lacks exports its JS calls: ${absent.join(', ')}`);
}
