// The browser floor has one home, browsers.toml: what cannot read it
// agrees with it. .cargo/config.toml's flags, the documents that state the
// floor, and the oldest engine the tests run (tests/old-engines/).
// Run with `node --test tests/scripts/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { BROWSERS, WASM } from '../../scripts/postbuild/floor.mjs';

const root = new URL('../../', import.meta.url).pathname;
const read = (path) => readFileSync(root + path, 'utf8');

test('.cargo/config.toml keeps out and lists the features browsers.toml says', () => {
  const flags = parse(read('.cargo/config.toml')).target['wasm32-unknown-unknown'].rustflags;
  const value = (prefix) => {
    const flag = flags.find((f) => f.startsWith(prefix));
    assert.ok(flag, `.cargo/config.toml has no ${prefix}…`);
    return flag.slice(prefix.length).split(',');
  };
  assert.deepEqual(value('-Ctarget-feature='), WASM.unlisted.map((f) => `-${f}`));
  assert.deepEqual(value('-Clink-arg=--features='), WASM.listed);
});

test('the documents state the floor as browsers.toml does', () => {
  const { chrome, firefox, safari } = BROWSERS;
  assert.match(read('README.md'), new RegExp(`Chrome ${chrome}, Firefox ${firefox} and Safari ${safari}\\b`));
  assert.match(read('docs/contract.md'), new RegExp(`Chrome ${chrome}, Firefox ${firefox}, Safari ${safari}\\b`));
});

test('the oldest engine the tests run is the floor\'s Chrome: V8 7.4 is Chrome 74', () => {
  const node = `${root}target/old-engines/node-12.0.0/package/bin/node`;
  assert.ok(existsSync(node), `${node} is missing: run scripts/setup.sh --browser`);
  const v8 = execFileSync(node, ['-p', 'process.versions.v8'], { encoding: 'utf8' });
  const [major, minor] = v8.split('.');
  assert.equal(Number(major + minor), BROWSERS.chrome);
});
