// Calls that cost the widget's start-up bytes for nothing stay out of src/
// (docs/performance.md): Leptos's `expect_context` formats its caller's
// location and the type's name with `Debug` for its panic message, about
// 1.7 KB of wasm at start. `use_context().expect(…)` does the same job.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const COSTLY = [{ call: /\bexpect_context\b/, instead: 'use_context().expect(…)' }];

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

/** Every costly call in the code (not the comments) of `root`/src, as messages. */
export function costlyCalls(root) {
  const problems = [];
  for (const path of rustFiles(join(root, 'src'))) {
    readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
      if (line.trim().startsWith('//')) return;
      for (const { call, instead } of COSTLY) {
        const found = line.match(call);
        if (found) problems.push(`${relative(root, path)}:${i + 1}: ${found[0]} costs start-up bytes; use ${instead}`);
      }
    });
  }
  return problems;
}

test('src/ makes no costly call', () => {
  assert.deepEqual(costlyCalls('.'), []);
});

test('a costly call is named with its place, and a comment about it is not', () => {
  const root = mkdtempSync(join(tmpdir(), 'lean-start-'));
  try {
    mkdirSync(join(root, 'src/widget'), { recursive: true });
    writeFileSync(join(root, 'src/widget/store.rs'), '// Not `expect_context`: see above.\npub fn use_store() -> Store {\n    expect_context::<Store>()\n}\n');
    assert.deepEqual(costlyCalls(root), ['src/widget/store.rs:3: expect_context costs start-up bytes; use use_context().expect(…)']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
