// The layout keeps its promises (docs/architecture.md): the README and src/ stay small
// enough to read at a glance, the pure folders use no browser and no
// Leptos, and the result link's marker is written in one file. And src/
// makes no call known to cost the widget's start-up bytes for nothing
// (docs/performance.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const MOST_ENTRIES = 8;
const PURE = ['src/model', 'src/markup'];
const BROWSER = /\b(web_sys|js_sys|wasm_bindgen|leptos)\b/;
// The marker of a result link (`#r=`), as written in code: in a string.
const MARKER = /"[^"\n]*\br(=|%3[dD])/;
const MARKER_HOME = 'src/model/link/mod.rs';
// Leptos's `expect_context` formats its caller's location and the type's
// name with `Debug` for its panic message, about 1.7 KB of wasm at start.
const COSTLY_CALL = /\bexpect_context\b/;

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

/// Lines of code: comments and doc comments left out.
function codeLines(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => [i + 1, line])
    .filter(([, line]) => !line.trim().startsWith('//'));
}

/** Every way the tree at `root` breaks the layout's rules, as messages. */
export function layoutProblems(root) {
  const problems = [];
  const entries = readdirSync(join(root, 'src'));
  if (entries.length > MOST_ENTRIES) {
    problems.push(`src/ has ${entries.length} entries, more than ${MOST_ENTRIES}: ${entries.sort().join(', ')}`);
  }
  for (const folder of PURE) {
    for (const path of rustFiles(join(root, folder))) {
      for (const [number, line] of codeLines(path)) {
        const found = line.match(BROWSER);
        if (found) problems.push(`${relative(root, path)}:${number}: the pure folder ${folder} uses ${found[1]}`);
      }
    }
  }
  for (const path of rustFiles(join(root, 'src'))) {
    const name = relative(root, path);
    for (const [number, line] of codeLines(path)) {
      if (name !== MARKER_HOME && MARKER.test(line)) problems.push(`${name}:${number}: writes a result link's marker, which only ${MARKER_HOME} may`);
      if (COSTLY_CALL.test(line)) problems.push(`${name}:${number}: expect_context costs start-up bytes; use crate::ui::provided`);
    }
  }
  return problems;
}

test('this tree keeps the layout', () => {
  assert.deepEqual(layoutProblems('.'), []);
});

test('the README speaks to four readers in at most 250 lines (history goes in git log)', () => {
  const lines = readFileSync('README.md', 'utf8').trimEnd().split('\n').length;
  assert.ok(lines <= 250, `README.md has ${lines} lines, more than 250`);
});

test('each broken rule is named with its place', () => {
  const root = mkdtempSync(join(tmpdir(), 'layout-'));
  try {
    for (const dir of ['src/model/link', 'src/markup', 'src/widget']) mkdirSync(join(root, dir), { recursive: true });
    for (const extra of ['a', 'b', 'c', 'd', 'e', 'f']) writeFileSync(join(root, 'src', `${extra}.rs`), '');
    writeFileSync(join(root, 'src/model/link/mod.rs'), 'const M: &str = "r=";\n');
    writeFileSync(join(root, 'src/model/cohort.rs'), '//! No leptos in a comment is fine.\nuse leptos::prelude::*;\n');
    writeFileSync(join(root, 'src/markup/rows.rs'), 'fn f() {\n    web_sys::window();\n}\n');
    writeFileSync(join(root, 'src/widget/row.rs'), 'let link = format!("./#r={payload}");\n');
    writeFileSync(join(root, 'src/widget/store.rs'), '// Not `expect_context`: see above.\npub fn use_store() -> Store {\n    expect_context::<Store>()\n}\n');
    assert.deepEqual(layoutProblems(root), [
      'src/ has 9 entries, more than 8: a.rs, b.rs, c.rs, d.rs, e.rs, f.rs, markup, model, widget',
      'src/model/cohort.rs:2: the pure folder src/model uses leptos',
      'src/markup/rows.rs:2: the pure folder src/markup uses web_sys',
      "src/widget/row.rs:1: writes a result link's marker, which only src/model/link/mod.rs may",
      'src/widget/store.rs:3: expect_context costs start-up bytes; use crate::ui::provided',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
