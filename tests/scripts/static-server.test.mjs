// The development server: requests that once killed it or escaped its folder.
// Run with `node --test tests/scripts/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';

const port = 8791;
const base = mkdtempSync(join(tmpdir(), 'static-server-'));
let server;

/** GET `path` sent as written (no normalisation by a URL parser). */
function get(path) {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (response) => {
      let body = '';
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  mkdirSync(join(base, 'dist'));
  mkdirSync(join(base, 'dist-old'));
  writeFileSync(join(base, 'dist', 'index.html'), 'the widget');
  writeFileSync(join(base, 'dist', 'index.en.html'), 'the widget, opening in English');
  writeFileSync(join(base, 'dist-old', 'secret.txt'), 'not to be served');
  server = spawn(process.execPath, ['scripts/static-server.mjs', join(base, 'dist'), String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
});

after(() => {
  server.kill();
  rmSync(base, { recursive: true, force: true });
});

test('a malformed escape is refused and the server lives on', async () => {
  assert.equal((await get('/%E0%A4%A')).status, 400);
  const index = await get('/');
  assert.equal(index.status, 200);
  assert.equal(index.body, 'the widget');
});

test('?lang= asks for the page in the language the widget reads, as under nginx (tests/language-tags.txt)', async () => {
  const table = readFileSync(new URL('../language-tags.txt', import.meta.url), 'utf8');
  const cases = table.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(' '));
  assert.ok(cases.length >= 10);
  for (const [tag, lang] of cases) {
    assert.equal((await get(`/?lang=${tag}`)).body, lang === 'en' ? 'the widget, opening in English' : 'the widget', tag);
  }
  assert.equal((await get('/?lang=en')).body, 'the widget, opening in English');
  assert.equal((await get('/?lang=en-GB#r=1AB')).body, 'the widget, opening in English');
  assert.equal((await get('/?lang=english')).body, 'the widget');
  assert.equal((await get('/?lang=zh')).body, 'the widget');
});

test('a sibling folder whose name starts alike is not served', async () => {
  for (const path of ['/../dist-old/secret.txt', '/..%2Fdist-old/secret.txt', '/%2E%2E/dist-old/secret.txt']) {
    const response = await get(path);
    assert.notEqual(response.body, 'not to be served', path);
    assert.ok([400, 404].includes(response.status), `${path}: ${response.status}`);
  }
});

test('a benchmark file that is not there is no content, not an error', async () => {
  assert.deepEqual(await get('/benchmark.json'), { status: 204, body: '' });
  assert.equal((await get('/other.json')).status, 404);
});
