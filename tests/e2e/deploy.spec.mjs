// The deploy setup: the release build through Debian's nginx with the shipped
// configuration (deploy/nginx.conf) under a sub-path, embedded on a page of
// another origin with deploy/embed.js; the strict CSP; and privacy.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, answer, answerAll, holdWasm, startUpStrings, watch } from './fixtures.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
const WIDGET = 'http://127.0.0.1:8788/zt/shangyun/';
const HOST = 'http://127.0.0.1:8789/';
const CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

/** The address of the build's wasm module `name` (a pattern), under its hashed name. */
const wasmModule = (name) => new RegExp(`^http://127\\.0\\.0\\.1:\\d+/zt/shangyun/${name}-[0-9a-f]{16}\\.wasm$`);

/** Records in `window.violations` what the CSP blocks, and returns the list of every URL the page requests. */
async function watchPolicy(page) {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  return requests;
}

test('nginx serves the widget under a sub-path with the shipped headers', async ({ request }) => {
  const index = await request.get(WIDGET);
  expect(index.status()).toBe(200);
  const headers = index.headers();
  expect(headers['content-security-policy']).toBe(CSP);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['set-cookie']).toBeUndefined();

  const html = await index.text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);
  // The boot script names the wasm (fetched once the opening is painted).
  const boot = await (await request.get(WIDGET + html.match(/src="\.\/(boot-[0-9a-f]+\.js)"/)[1])).text();
  const wasmName = boot.match(/["'`]\.\/(selfcheck-[0-9a-f]+_bg\.wasm)["'`]/)[1];
  const wasm = await request.get(WIDGET + wasmName, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(wasm.headers()['content-type']).toBe('application/wasm');
  expect(wasm.headers()['content-encoding']).toBe('gzip');
  expect(wasm.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(wasm.headers()['content-security-policy']).toBe(CSP);
});

test('nginx allows \'unsafe-eval\' to Chromium before 97 only, which compiles WebAssembly under a CSP with nothing less', async ({ request }) => {
  const policy = async (userAgent) => (await request.get(WIDGET, { headers: { 'User-Agent': userAgent } })).headers()['content-security-policy'];
  const old = (version) => `Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version}.0.4240.198 Safari/537.36`;
  const oldPolicy = CSP.replace("'wasm-unsafe-eval'", "'wasm-unsafe-eval' 'unsafe-eval'");
  // 360 Browser 13, QQ's X5 kernel, Chromium 96.
  for (const version of ['86', '89', '96']) expect(await policy(`${old(version)} QIHU 360SE`)).toBe(oldPolicy);
  for (const version of ['97', '120', '156']) expect(await policy(old(version))).toBe(CSP);
  expect(await policy('Mozilla/5.0 (iPhone; CPU iPhone OS 14_8 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40')).toBe(CSP);
  expect(await policy('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe(CSP);
});

test('nginx sends the precompressed copies the build made: Zopfli gzip, or brotli where asked for', async ({ request }) => {
  const html = await (await request.get(WIDGET)).text();
  const files = [...html.matchAll(/(?:href|src)="\.\/([^"]+\.(?:wasm|js|css))"/g)].map((m) => m[1]);
  // The stylesheet, the glue, the split loader, the boot module and the script for browsers without modules.
  expect(files).toHaveLength(5);
  for (const file of files) {
    for (const [accept, encoding, suffix] of [['gzip', 'gzip', '.gz'], ['br, gzip', 'br', '.br']]) {
      const response = await request.get(WIDGET + file, { headers: { 'Accept-Encoding': accept } });
      expect(response.headers()['content-encoding'], file).toBe(encoding);
      // The length of the file on disk: a copy sent as it is, not compressed anew.
      expect(Number(response.headers()['content-length']), file + suffix).toBe(statSync(join(DIST, file + suffix)).size);
    }
  }
});

test('under the strict CSP it runs with no violation, no other origin, no request after load but the QR code\'s module, no cookie', async ({ page, context }) => {
  const requests = await watchPolicy(page);
  await page.goto(WIDGET);
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await page.waitForLoadState('networkidle');
  const atLoad = requests.length;
  expect(requests.every((url) => url.startsWith(WIDGET)), requests.join('\n')).toBe(true);

  await answerAll(page, 'infra.', '2');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByTestId('large-text').click();
  await page.locator('.item-description summary').first().click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await page.waitForTimeout(300);

  // The QR code's module and the chunk it shares, once there was a link
  // to draw; nothing else.
  const fetched = requests.slice(atLoad).sort();
  expect(fetched).toEqual(['chunk_\\d+', 'split_qr_code'].map((name) => expect.stringMatching(wasmModule(name))));
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await context.cookies()).toEqual([]);
});

test('embedded on another origin with two lines, it sizes its iframe to its content', async ({ page }) => {
  await page.addInitScript(() => {
    window.heights = [];
    window.addEventListener('message', (e) => { if (e.data?.type === 'selfcheck:height') window.heights.push(e.data); });
  });
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(HOST);
  const iframe = page.locator('iframe');
  await expect(iframe).toHaveAttribute('title', '企业上云自评');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('fieldset[data-item]')).toHaveCount(40);

  const widget = page.frames().find((f) => f.url().startsWith(WIDGET));
  const documentHeight = () => widget.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const frameHeight = () => iframe.evaluate((f) => f.getBoundingClientRect().height);
  await expect.poll(frameHeight).toBe(await documentHeight());
  const messages = await page.evaluate(() => window.heights);
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(Object.keys(message).sort()).toEqual(['height', 'type']);
    expect(Number.isInteger(message.height)).toBe(true);
  }
  // No inner scrollbar.
  expect(await widget.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
  // The fixed bar of phones is not shown inside a frame.
  await expect(frame.locator('.mobile-bar')).toBeHidden();

  // Opening a description makes it taller; the frame follows.
  const before = await frameHeight();
  await frame.locator('.item-description summary').first().click();
  await expect.poll(frameHeight).toBeGreaterThan(before);
  await expect.poll(frameHeight).toBe(await documentHeight());

  // A narrower window makes it taller still.
  const wide = await frameHeight();
  await page.setViewportSize({ width: 400, height: 800 });
  await expect.poll(frameHeight).toBeGreaterThan(wide);
  await expect.poll(frameHeight).toBe(await documentHeight());

  // Answering works inside the frame.
  await frame.locator('[data-item="infra.it.server"] input[value="2"]').check();
  await expect(frame.getByTestId('progress')).toContainText('1/40');
});

test('the embed script ignores height messages that do not come from the widget', async ({ page }) => {
  await page.goto(HOST);
  await expect(page.frameLocator('iframe').locator('fieldset[data-item]')).toHaveCount(40);
  const iframe = page.locator('iframe');
  await expect.poll(() => iframe.evaluate((f) => f.style.height)).toMatch(/^\d+px$/);
  const height = await iframe.evaluate((f) => f.style.height);
  await page.evaluate(() => window.postMessage({ type: 'selfcheck:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  expect(await iframe.evaluate((f) => f.style.height)).toBe(height);
});

test('the host page and the widget ask dual-core browsers for their Chromium mode', async ({ page }) => {
  // 360 and QQ read `renderer`, and IE `X-UA-Compatible`, only where they
  // stand in the head before any script or style sheet.
  for (const address of [HOST, WIDGET, `${WIDGET}reader.html`]) {
    await page.goto(address);
    const head = await page.evaluate(() => [...document.head.children].map((e) => e.outerHTML));
    const at = (pattern) => head.findIndex((element) => pattern.test(element));
    const renderer = at(/^<meta name="renderer" content="webkit">$/);
    const compatible = at(/^<meta http-equiv="X-UA-Compatible" content="IE=edge">$/);
    const firstScriptOrSheet = at(/^<(script|link rel="stylesheet")/);
    expect(renderer, address).toBeGreaterThanOrEqual(0);
    expect(compatible, address).toBeGreaterThanOrEqual(0);
    if (firstScriptOrSheet >= 0) expect(Math.max(renderer, compatible), address).toBeLessThan(firstScriptOrSheet);
  }
});

test('the embed script passes the language', async ({ page }) => {
  // The example host page with `data-lang="en"` on its div (nginx/run.sh).
  await page.goto(`${HOST}en.html`);
  await expect(page.locator('iframe')).toHaveAttribute('title', 'Cloud adoption self-check');
  await expect(page.frameLocator('iframe').locator('h1')).toHaveText('Cloud adoption self-check');
});

test('with scripts off a plain message says what to use instead, in the page\'s language', async ({ browser, errors }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = watch(await context.newPage(), errors);
  const [zh, en] = [startUpStrings('zh'), startUpStrings('en')];
  await page.goto(WIDGET);
  // What the page shows (Playwright's text search skips <noscript>).
  const shown = await page.locator('body').innerText();
  expect(shown).toContain(zh.no_script + zh.answers_not_kept + zh.turn_on_scripts);
  expect(shown).not.toContain(en.no_script);
  // Its message comes before the questions, on the first screen.
  const message = page.locator('.fatal', { hasText: zh.no_script });
  expect((await message.boundingBox()).y).toBeLessThan(400);
  // Every question, written into the page at build time, can be read and
  // ticked, and the checklist with every description open is a link away.
  await expect(page.locator('#prerendered h1')).toHaveText('企业上云自评');
  await expect(page.locator('#prerendered legend')).toHaveCount(40);
  await expect(page.locator('#prerendered legend').first()).toHaveText('1. 服务器');
  await page.locator('#prerendered input[name="biz.marketing.support"][value="na"]').check();
  await expect(page.locator('#prerendered input:checked')).toHaveCount(1);
  await page.getByRole('link', { name: zh.checklist_link, exact: true }).click();
  await expect(page.locator('legend')).toHaveCount(40);
  // The English page (nginx serves it for ?lang=en) says it in English.
  await page.goto(`${WIDGET}?lang=en`);
  const english = await page.locator('body').innerText();
  expect(english).toContain([en.no_script, en.answers_not_kept, en.turn_on_scripts].join(' '));
  expect(english).not.toContain(zh.no_script);
  await context.close();
});

test('every question is in the page before the wasm, and the widget takes their place', async ({ page }) => {
  // The page as the server sends it.
  const html = await (await page.request.get(WIDGET)).text();
  expect(html).toContain('<div id="prerendered"');
  expect(html).toContain('<span class="item-number">1. </span>服务器</legend>');
  expect(html).toContain('<span class="item-number">40. </span>客服</legend>');
  expect(html).not.toContain('data-item');
  // Once the widget runs, it alone is on the page.
  await page.goto(WIDGET);
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.site-header')).toHaveCount(1);
});

test('nginx serves the page in the language the widget reads from ?lang= (tests/language-tags.txt)', async ({ request }) => {
  const table = readFileSync(new URL('../language-tags.txt', import.meta.url), 'utf8');
  const cases = table.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split(' '));
  for (const [tag, lang] of cases) {
    const html = await (await request.get(`${WIDGET}?lang=${tag}`)).text();
    expect(html, tag).toContain(lang === 'en' ? '<html lang="en">' : '<html lang="zh-CN">');
  }
});

for (const [width, lang] of [[1280, ''], [360, ''], [360, '?lang=en'], [360, '?lang=en_US']]) {
  test(`nothing moves when the widget takes the opening's place (${width} px${lang && `, ${lang}`})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    // The wasm is held back until the opening has been measured.
    const release = await holdWasm(page);
    const boxes = () => page.evaluate(() => {
      const shown = ['h1', '.intro', '.section-nav', '.progress-row', '.scale-legend', '.part > h2'];
      const place = (element, name) => {
        const box = element.getBoundingClientRect();
        return `${name} ${[box.x, box.y, box.width, box.height].map(Math.round).join(' ')}`;
      };
      const boxes = shown.map((selector) => place(document.querySelector(selector), selector));
      // Every question, one of them answered.
      const items = [...document.querySelectorAll('fieldset')].map((item, i) => place(item, `fieldset ${i + 1}`));
      // In the visitor's language before and after, not only in the same place.
      return [document.documentElement.lang, document.querySelector('h1').textContent, ...boxes, ...items];
    });
    await page.goto(`${WIDGET}${lang}`);
    await expect(page.locator('#prerendered fieldset')).toHaveCount(40);
    await page.locator('#prerendered input[name="infra.it.database"][value="1"]').check();
    const opening = await boxes();
    expect(opening.filter((box) => box.startsWith('fieldset'))).toHaveLength(40);
    release();
    await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
    await expect(page.locator('#prerendered')).toHaveCount(0);
    expect(await boxes()).toEqual(opening);
  });
}

test('the officials\' reader under nginx: strict CSP with no violation, no other origin, nothing sent', async ({ page, context }) => {
  const requests = await watchPolicy(page);
  const reader = await page.request.get(`${WIDGET}reader.html`);
  expect(reader.headers()['content-security-policy']).toBe(CSP);
  expect(reader.headers()['cache-control']).toBe('no-cache');
  const html = await reader.text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);

  // From the widget's discreet link, under the sub-path.
  await page.goto(WIDGET);
  await page.getByTestId('reader-link').click();
  await expect(page).toHaveURL(`${WIDGET}reader.html`);
  await page.waitForLoadState('networkidle');
  const atLoad = requests.length;
  const link = 'https://www.example.gov.cn/zt/shangyun/#r=1ABAAAAAAAAAAAAAAAAAAAA_vE7';
  await page.getByTestId('reader-input').fill(`甲公司 ${link}\n乙公司 ${link}`);
  await expect(page.getByTestId('reader-duplicates')).toHaveText('1');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reader-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  await page.getByTestId('large-text').click();
  await page.waitForTimeout(300);

  expect(requests.every((url) => url.startsWith(WIDGET)), requests.join('\n')).toBe(true);
  expect(requests.slice(atLoad).filter((url) => !url.startsWith('blob:'))).toEqual([]);
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('results over time under the strict CSP: snapshots, a comparison and the share picture, with no violation and their modules fetched once each', async ({ page }) => {
  const requests = await watchPolicy(page);
  await page.goto(WIDGET);
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await page.waitForLoadState('networkidle');
  const atLoad = requests.length;

  await answerAll(page, 'infra.', '1');
  await page.getByTestId('snapshot-save').click();
  await answerAll(page, 'infra.', '3');
  await page.getByRole('button', { name: '与当前答案对比' }).click();
  await expect(page.getByTestId('compare')).toBeVisible();
  const link = await page.getByTestId('compare-link').inputValue();
  expect(link.startsWith(WIDGET)).toBe(true);
  await page.getByRole('button', { name: '生成分享图' }).click();
  await expect(page.getByTestId('share-image')).toBeVisible();
  expect(await page.getByTestId('share-image').evaluate((img) => img.naturalWidth)).toBeGreaterThanOrEqual(750);
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await page.waitForTimeout(300);

  // The QR code comes with its module once there is a link; the comparison
  // and the share picture with the module fetched on first use, and the
  // chunk of code the two share. Each once, same origin, cached for a year
  // by its hashed name.
  const later = requests.slice(atLoad);
  expect(later).toHaveLength(3);
  for (const name of ['split_qr_code', 'split_on_click', 'chunk_\\d+']) {
    expect(later.filter((url) => wasmModule(name).test(url)), name).toHaveLength(1);
  }
  for (const url of later) {
    const module = await page.request.get(url, { headers: { 'Accept-Encoding': 'br' } });
    expect(module.headers()['content-type']).toBe('application/wasm');
    expect(module.headers()['content-encoding']).toBe('br');
    expect(module.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  }
  expect(await page.evaluate(() => window.violations)).toEqual([]);
});

test('nginx answers a benchmark file not published with no content, and serves one as JSON, revalidated', async ({ request }) => {
  const missing = await request.get(`${WIDGET}benchmark.json`);
  expect(missing.status()).toBe(204);
  expect(await missing.text()).toBe('');
  // Published in a folder of its own, so that no other test's widget sees it.
  const folder = new URL('../output/nginx/www/zt/shangyun/peers/', import.meta.url).pathname;
  mkdirSync(folder, { recursive: true });
  writeFileSync(`${folder}benchmark.json`, '{"format": "selfcheck-benchmark"}');
  try {
    const published = await request.get(`${WIDGET}peers/benchmark.json`);
    expect(published.status()).toBe(200);
    expect(published.headers()['content-type']).toBe('application/json');
    expect(published.headers()['cache-control']).toBe('no-cache');
    expect(published.headers()['content-security-policy']).toBe(CSP);
    expect(await published.text()).toBe('{"format": "selfcheck-benchmark"}');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('embedded on another origin, the widget reads the benchmark file from its own folder', async ({ page }) => {
  const requested = [];
  await page.route(/benchmark\.json$/, (route) => {
    requested.push(route.request().url());
    const zeros = () => [10, ...Array(100).fill(0)];
    const figures = { count: 10, overall: zeros(), parts: { biz: zeros(), infra: zeros(), mgmt: zeros() }, levels: { L0: 10, L1: 0, L2: 0, L3: 0 } };
    return route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ format: 'selfcheck-benchmark', format_version: 1, rubric: 'cloud-adoption', version: 1, date: '2026-11-30', full_score: 100, all: figures, segments: [] }),
    });
  });
  await page.goto(HOST);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('fieldset[data-item]')).toHaveCount(40);
  await frame.locator('[data-item="infra.it.server"] input[value="2"]').check();
  await expect(frame.getByTestId('benchmark')).toHaveAttribute('data-below', '100');
  expect(requested).toEqual([`${WIDGET}benchmark.json`]);
});
