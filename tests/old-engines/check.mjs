// Run by an old Node (scripts/test.sh runs it with V8 8.4, the engine of
// Chrome 84, and V8 9.4, Chrome 94): every module the build ships must
// compile in this engine, and every script must parse as this engine
// parses a module. Prints each failure and a count, and fails if any fails.
//   node tests/old-engines/check.mjs DIST…
import { spawnSync } from 'child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
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

for (const dist of process.argv.slice(2)) {
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
      const result = spawnSync(process.execPath, ['--check', copy], { encoding: 'utf8' });
      report(result.status === 0, path, result.stderr.trim().split('\n').slice(0, 5).join(' | '));
    }
  }
}
rmSync(scratch, { recursive: true, force: true });
console.log(`${engine} (${process.version}): ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
