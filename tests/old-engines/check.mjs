// Run by an old Node (scripts/test.sh runs it with V8 7.4, the engine of
// Chrome 74, the stated floor; V8 8.4, Chrome 84; and V8 9.4, Chrome 94):
// every module the build ships must compile in this engine, and every
// script must parse as this engine parses a module. Prints each failure
// and a count, and fails if any fails. Written for Node 12.0 too: no
// top-level await, nothing of `fs` newer than it, and its modules behind
// `--experimental-modules`.
//   node tests/old-engines/check.mjs DIST…
//   node --experimental-modules tests/old-engines/check.mjs DIST…  (Node 12)
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, unlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const engine = `V8 ${process.versions.v8.split('-')[0]}`;
const scratch = mkdtempSync(join(tmpdir(), 'old-engine-'));
let passed = 0;
let failed = 0;
const report = (ok, file, detail) => {
  if (ok) passed++;
  else failed++;
  if (!ok) console.log(`FAILED: ${engine}: ${file}: ${detail}`);
};

// Node 12 parses a `.mjs` file as a module only with this flag.
const moduleFlags = process.versions.node.startsWith('12.') ? ['--experimental-modules'] : [];

async function check(dist) {
  const files = readdirSync(dist);
  if (!files.some((f) => f.endsWith('.wasm'))) report(false, dist, 'holds no .wasm: is it a build?');
  for (const file of files) {
    const path = join(dist, file);
    if (file.endsWith('.wasm')) {
      try {
        await WebAssembly.compile(readFileSync(path));
        report(true, path, '');
      } catch (error) {
        report(false, path, error.message);
      }
    } else if (file.endsWith('.js')) {
      // `--check` parses a `.mjs` file as a module.
      const copy = join(scratch, `${file}.mjs`);
      copyFileSync(path, copy);
      const result = spawnSync(process.execPath, [...moduleFlags, '--check', copy], { encoding: 'utf8' });
      report(result.status === 0, path, result.stderr.trim().split('\n').slice(0, 5).join(' | '));
    }
  }
}

(async () => {
  for (const dist of process.argv.slice(2)) await check(dist);
  for (const file of readdirSync(scratch)) unlinkSync(join(scratch, file));
  rmdirSync(scratch);
  console.log(`${engine} (${process.version}): ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
})();
