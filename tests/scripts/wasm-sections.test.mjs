// The build's wasm rewrites (import names, the table's export) (scripts/postbuild/wasm-sections.mjs), on the
// module cargo built for the widget (scripts/test.sh builds it first) and on
// a module written here byte by byte. Each rewrite is read back by
// another reader: the engine's WebAssembly.Module.
// Run with `node --test tests/scripts/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { WASM } from '../../scripts/postbuild/floor.mjs';
import { sections, withImportNames, withTableExport } from '../../scripts/postbuild/wasm-sections.mjs';

const MAGIC = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
const built = new URL('../../target/wasm32-unknown-unknown/release/selfcheck.wasm', import.meta.url).pathname;

function cargoModule() {
  assert.ok(existsSync(built), `${built} is missing: run scripts/build.sh first`);
  return readFileSync(built);
}

test('cargo\'s module lists the features of browsers.toml, as .cargo/config.toml tells the linker', () => {
  const module = cargoModule();
  // No reference types, no multi-value: wasm-bindgen reads this section.
  const listed = WASM.listed;
  const [custom] = WebAssembly.Module.customSections(new WebAssembly.Module(module), 'target_features');
  const expected = Buffer.from([listed.length, ...listed.flatMap((name) => [0x2b, name.length, ...Buffer.from(name)])]);
  assert.deepEqual(Buffer.from(custom), expected);
});

test('imports are renamed in cargo\'s module, all else kept', () => {
  const module = cargoModule();
  const before = new WebAssembly.Module(module);
  const imports = WebAssembly.Module.imports(before);
  const rewritten = withImportNames(module, new Map([[imports[0].name, '_0'], [imports.at(-1).name, '_z']]));
  const after = new WebAssembly.Module(rewritten);
  assert.deepEqual(
    WebAssembly.Module.imports(after),
    imports.map((i, index) => ({ ...i, name: index === 0 ? '_0' : index === imports.length - 1 ? '_z' : i.name })),
  );
  assert.deepEqual(WebAssembly.Module.exports(after), WebAssembly.Module.exports(before));
  // Only the import section changed: the rest is byte for byte the same.
  const rest = (bytes) => Buffer.concat(sections(bytes).filter((s) => s.id !== 2).map((s) => bytes.subarray(s.start, s.end)));
  assert.ok(rest(rewritten).equals(rest(module)));
});

test('the function table is exported after the other exports', () => {
  const module = cargoModule();
  const exports = WebAssembly.Module.exports(new WebAssembly.Module(module)).filter((e) => e.name !== '__indirect_function_table');
  const without = new WebAssembly.Module(withTableExport(module, 'table'));
  assert.deepEqual(WebAssembly.Module.exports(without).slice(-1), [{ name: 'table', kind: 'table' }]);
  assert.deepEqual(WebAssembly.Module.exports(without).filter((e) => e.kind !== 'table'), exports.filter((e) => e.kind !== 'table'));
  const noTable = Buffer.from([...MAGIC, 7, 1, 0]); // an empty export section
  assert.throws(() => withTableExport(noTable, 'table'), { message: 'the module has no function table to export' });
});

test('an import after a tag import is renamed (a tag is one attribute byte and a type index)', () => {
  const name = (text) => [text.length, ...Buffer.from(text)];
  const importSection = [2, ...name('env'), ...name('failure'), 4, 0, 0, ...name('env'), ...name('log'), 0, 0];
  const module = Buffer.from([
    ...MAGIC,
    1, 5, 1, 0x60, 1, 0x7f, 0, // one type: (i32) -> ()
    2, importSection.length, ...importSection, // a tag, then a function
  ]);
  const rewritten = withImportNames(module, new Map([['log', '_0']]));
  assert.deepEqual(WebAssembly.Module.imports(new WebAssembly.Module(rewritten)), [
    { module: 'env', name: 'failure', kind: 'tag' },
    { module: 'env', name: '_0', kind: 'function' },
  ]);
});

test('what is not a module, or is cut short, is refused with where', () => {
  assert.throws(() => sections(Buffer.from('<!DOCTYPE html>')), { message: 'not a wasm module (version 1)' });
  const module = cargoModule();
  const cut = module.subarray(0, 4096);
  assert.throws(() => sections(cut), { message: /^section \d+ at byte \d+ runs past the end of the module$/ });
});
