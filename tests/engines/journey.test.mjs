// The main journey in the two engines besides Chromium, on the release
// build: Firefox ESR (Gecko) and WebKitGTK (WebKit, the engine of every
// iPhone browser, WeChat's included), each over plain W3C WebDriver.
// Answers given in the opening before the wasm arrives, then: answer,
// reload, share link, the shared view read-only, a damaged link, large
// text, English, a snapshot compared, the profile and a benchmark file
// beside the page, the bottom bar's result button, records taken in by
// link and by file, a note and a plan row kept over a reload, and the
// officials' reader; screenshots of it to
// tests/output/screenshots/.
// Run with `node --test tests/engines/` after scripts/build.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { openSession } from './webdriver.mjs';

const root = new URL('../../', import.meta.url).pathname;
// For a person to look at, as the Playwright tests' are.
const screenshots = `${root}tests/output/screenshots`;
const sitePort = 8803;
const site = `http://127.0.0.1:${sitePort}/`;
let server;
// The same site through a proxy that holds the page's wasm back until
// `releaseWasm()`, so that the opening can be answered before the widget
// starts (another origin: storage of its own).
const heldPort = 8804;
const held = `http://127.0.0.1:${heldPort}/`;
let wasmReleased = Promise.resolve();
let releaseWasm = () => {};
let proxy;

before(async () => {
  server = spawn(process.execPath, ['scripts/static-server.mjs', 'dist', String(sitePort)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  proxy = createServer((incoming, outgoing) => {
    const forward = () => {
      const upstream = request({ host: '127.0.0.1', port: sitePort, path: incoming.url, method: incoming.method, headers: incoming.headers }, (response) => {
        outgoing.writeHead(response.statusCode, response.headers);
        response.pipe(outgoing);
      });
      incoming.pipe(upstream);
    };
    if (/_bg\.wasm$/.test(incoming.url)) wasmReleased.then(forward);
    else if (incoming.url === '/benchmark.json') outgoing.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(benchmarkOfTen));
    else forward();
  });
  await new Promise((resolve) => proxy.listen(heldPort, '127.0.0.1', resolve));
});

after(() => {
  server.kill();
  proxy.close();
});

// The `held` site has a benchmark file beside the page: ten results at 0.
const zeros = [10, ...Array(100).fill(0)];
const figures = { count: 10, overall: zeros, parts: { biz: zeros, infra: zeros, mgmt: zeros }, levels: { L0: 10, L1: 0, L2: 0, L3: 0 } };
const benchmarkOfTen = { format: 'selfcheck-benchmark', format_version: 1, rubric: 'cloud-adoption', version: 1, date: '2026-11-30', full_score: 100, all: figures, segments: [] };

/** Holds the page's wasm back, on the `held` site, until `releaseWasm()`. */
function holdWasm() {
  wasmReleased = new Promise((resolve) => { releaseWasm = resolve; });
}

// JS expressions for `browser.value` and `browser.until`.
const count = (selector) => `document.querySelectorAll(${JSON.stringify(selector)}).length`;
const text = (selector) => `document.querySelector(${JSON.stringify(selector)})?.textContent.trim()`;
const attribute = (selector, name) => `document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)})`;
const link = (selector) => `(document.querySelector(${JSON.stringify(selector)})?.value || document.querySelector(${JSON.stringify(selector)})?.href)`;
const checked = `[...document.querySelectorAll('fieldset[data-item] input[type=radio]:checked')].map((r) => r.closest('fieldset[data-item]').dataset.item + '=' + r.value).sort()`;
const shownAlerts = `[...document.querySelectorAll('[role=alert]')].filter((a) => !a.closest('[hidden]')).map((a) => a.textContent.trim())`;
const radio = (item, value) => `[data-item="${item}"] input[value="${value}"]`;
/** Whether the element of `selector` is wholly on screen, above the bottom bar. */
const onScreen = (selector) => `(() => {
  const box = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
  const bar = document.querySelector('.mobile-bar').getBoundingClientRect();
  return box.top >= 0 && box.bottom <= (bar.height ? bar.top : innerHeight);
})()`;

/**
 * Chooses `value` in the select of `selector` as a change by the visitor
 * does (WebKitWebDriver will not click an option of a closed select).
 */
async function choose(browser, selector, value) {
  await browser.run(
    `const select = document.querySelector(arguments[0]);
     select.value = arguments[1];
     select.dispatchEvent(new Event('change', { bubbles: true }));`,
    selector,
    value,
  );
}

/** Opens `url` (a fresh load) and waits for the widget's forty items. */
async function open(browser, url) {
  await browser.goto('about:blank');
  await browser.goto(url);
  await browser.until(`${count('fieldset[data-item]')} === 40 && ${count('[data-testid=progress]')} === 1`, 'the forty items');
  // Started: neither start-up message is shown.
  assert.equal(await browser.value(`${count('#boot-old:not([hidden]), #boot-failed:not([hidden])')}`), 0);
}

const engines = [
  ['firefox', 4444],
  ['webkit', 4445],
];

for (const [engine, driverPort] of engines) {
  test(`${engine}: the main journey`, { timeout: 240_000 }, async () => {
    const browser = await openSession(engine, driverPort);
    const shoot = async (name) => {
      mkdirSync(screenshots, { recursive: true });
      writeFileSync(`${screenshots}/${engine}-${name}.png`, Buffer.from(await browser.screenshot(), 'base64'));
    };
    try {
      // Before the wasm arrives: two answers in the opening, kept once it starts.
      await browser.resize(360, 800);
      holdWasm();
      await browser.goto(held);
      await browser.until(`${count('#prerendered fieldset')} === 40`, 'the opening');
      await browser.click('#prerendered input[name="infra.it.server"][value="2"]');
      await browser.click('#prerendered input[name="biz.marketing.website"][value="na"]');
      assert.equal(await browser.value(count('#prerendered input:checked')), 2);
      await shoot('opening-answered-zh-narrow');
      releaseWasm();
      await browser.until(`${count('fieldset[data-item]')} === 40 && ${count('#prerendered')} === 0`, 'the widget');
      assert.deepEqual(await browser.value(checked), ['biz.marketing.website=na', 'infra.it.server=2']);
      await browser.until(`${text('[data-testid=progress]')}.includes('2/40')`, 'progress 2/40');
      // The benchmark file beside the page: above every one of its ten.
      await browser.until(`${attribute('[data-testid=benchmark]', 'data-below')} === '100'`, 'the standing');
      await choose(browser, '[data-testid=profile-industry]', 'C');
      await browser.until(count('[data-testid=benchmark-segment-too-small][data-field=industry]'), 'industry too small to compare');
      await browser.run(`document.querySelector('[data-testid=benchmark]').scrollIntoView({ behavior: 'instant' });`);
      await shoot('benchmark-zh-narrow');
      // The bottom bar's result button lands on the score, though the parts
      // off screen are laid out only when they come near.
      await browser.run('scrollTo(0, 0);');
      await browser.click('.mobile-bar button');
      await browser.until(onScreen('[data-testid=overall-score]'), 'the score on screen');
      await shoot('result-button-zh-narrow');

      await browser.resize(1280, 900);
      // Answer: two items and one 不适用; the figures as the engine tests compute them.
      await open(browser, site);
      await browser.click(radio('infra.it.server', '2'));
      await browser.click(radio('infra.it.database', '3'));
      await browser.click(radio('biz.marketing.website', 'na'));
      await browser.until(`${text('[data-testid=progress]')}.includes('3/40')`, 'progress 3/40');
      // IT resources (66.7 + 100 + 0 + 0) / 4, security 0: infra 20.8; overall 20.8 / 3.
      assert.equal(await browser.value(text('[data-testid=part-score][data-part=infra]')), '21');
      assert.equal(await browser.value(text('[data-testid=overall-score]')), '7');
      assert.equal(await browser.value(attribute('[data-testid=overall-level]', 'data-level')), 'L0');
      await choose(browser, '[data-testid=profile-size]', 'small');
      await browser.until(`${link('[data-testid=share-link]')}.includes('#r=2')`, 'a link with the profile');
      await shoot('answered-zh-wide');

      // Reload: the answers are kept.
      await open(browser, site);
      const answered = ['biz.marketing.website=na', 'infra.it.database=3', 'infra.it.server=2'];
      assert.deepEqual(await browser.value(checked), answered);

      // The share link opens the shared view, read-only, with the same answers.
      const shared = await browser.until(link('[data-testid=share-link]'), 'the share link');
      assert.match(new URL(shared).hash, /^#r=[A-Za-z0-9_-]+$/);
      await open(browser, shared);
      await browser.until(count('[data-testid=shared-banner]'), 'the shared banner');
      assert.deepEqual(await browser.value(checked), answered);
      assert.equal(await browser.value(`[...document.querySelectorAll('fieldset[data-item] input')].every((r) => r.disabled)`), true);
      assert.equal(await browser.value(text('[data-testid=overall-score]')), '7');

      // A damaged link is refused with a message, and the own answers stay.
      const payload = new URL(shared).hash.slice(3);
      const damaged = `${site}#r=${payload.slice(0, 10)}${payload[10] === 'A' ? 'B' : 'A'}${payload.slice(11)}`;
      await open(browser, damaged);
      const alerts = await browser.until(`${shownAlerts}.length && ${shownAlerts}`, 'the alert');
      assert.equal(alerts.length, 1);
      assert.match(alerts[0], /已损坏或不完整/);
      assert.equal(await browser.value(count('[data-testid=shared-banner]')), 0);
      assert.deepEqual(await browser.value(checked), answered);

      // Large text: at least 1.25 times, and remembered.
      await open(browser, site);
      const size = 'parseFloat(getComputedStyle(document.documentElement).fontSize)';
      const normal = await browser.value(size);
      await browser.click('[data-testid=large-text]');
      await browser.until(`${attribute('[data-testid=large-text]', 'aria-pressed')} === 'true'`, 'large text on');
      assert.ok((await browser.value(size)) >= normal * 1.25, 'text enlarged by at least 1.25');
      await open(browser, site);
      assert.ok((await browser.value(size)) >= normal * 1.25, 'large text remembered');
      await browser.click('[data-testid=large-text]');
      await browser.until(`${attribute('[data-testid=large-text]', 'aria-pressed')} === 'false'`, 'large text off');

      // English.
      await open(browser, `${site}?lang=en`);
      assert.equal(await browser.value(text('h1')), 'Cloud adoption self-check');
      assert.equal(await browser.value('document.documentElement.lang'), 'en');
      assert.equal(await browser.value(text('[data-item="infra.it.server"] legend')), '1. Servers');
      await browser.resize(360, 800);
      await shoot('en-narrow');
      await browser.resize(1280, 900);

      // A snapshot, one more answer, compared with now.
      await open(browser, site);
      await browser.click('[data-testid=snapshot-save]');
      await browser.until(count('[data-testid=snapshot]'), 'the saved snapshot');
      await browser.click(radio('infra.it.storage', '3'));
      await browser.until(`${text('[data-testid=progress]')}.includes('4/40')`, 'progress 4/40');
      const compareWithNow = `[...document.querySelectorAll('[data-testid=snapshot] button')].find((b) => b.textContent.trim() === '与当前答案对比')`;
      await browser.until(compareWithNow, 'the compare button');
      await browser.run(`${compareWithNow}.click();`);
      await browser.until(count('[data-testid=compare]'), 'the comparison');
      const part = '[data-testid=compare-part][data-part=infra]';
      const infra = [await browser.value(attribute(part, 'data-before')), await browser.value(attribute(part, 'data-after'))];
      // Storage 3 more: IT (66.7 + 100 + 100 + 0) / 4 = 66.7, infra 33.3.
      assert.deepEqual(infra, ['21', '33']);
      const later = await browser.value(link('[data-testid=share-link]'));

      // Records: the link, opened on another origin (storage of its own),
      // changes nothing until taken in; then a records file through the
      // file input.
      // The toggle comes with the saved results, written by code fetched on first use.
      await browser.until(count('[data-testid=records-toggle]'), 'the records toggle');
      await browser.click('[data-testid=records-toggle]');
      const records = await browser.until(link('[data-testid=records-link]'), 'the records link');
      assert.match(new URL(records).hash, /^#s=[A-Za-z0-9_-]+$/);
      const elsewhere = records.replace(site, held);
      await open(browser, elsewhere);
      await browser.until(`${attribute('[data-testid=records-banner]', 'data-snapshots')} === '1'`, 'the records banner');
      assert.equal(await browser.value(count('[data-testid=snapshot]')), 0);
      await browser.click('[data-testid=records-take]');
      await browser.until(`${count('[data-testid=snapshot]')} === 2`, 'the saved result taken, and the answers before it');
      assert.match(await browser.value(text('[data-testid=records-import-result]')), /^已导入：1 份保存的结果，以及当前答案。/);
      const file = `${root}tests/output/records-${engine}.json`;
      writeFileSync(file, JSON.stringify({
        format: 'selfcheck-records', format_version: 1, rubric: 'cloud-adoption', date: '2026-06-01', release: 1,
        answers: new URL(later).hash.slice(3),
        snapshots: [{ id: 1, date: '2026-03-02', release: 1, answers: new URL(shared).hash.slice(3), note: '文件里的' }],
      }));
      await open(browser, held);
      await browser.until(count('[data-testid=records-toggle]'), 'the records toggle');
      await browser.click('[data-testid=records-toggle]');
      await browser.until(count('[data-testid=records-import]'), 'the file input');
      await browser.type('[data-testid=records-import]', file);
      await browser.until(`${text('[data-testid=records-import-result]')} === '已导入：1 份保存的结果。'`, 'the file taken in');
      await browser.until(`${count('[data-testid=snapshot]')} === 3`, 'three saved results');
      await shoot('records-zh-wide');

      // From a score to a plan: a note with its evidence, and the next
      // steps planned with an owner, kept over a reload.
      const note = '[data-testid=item-note][data-item="infra.it.server"]';
      const invoice = '[data-testid=evidence][data-item="infra.it.server"][data-kind=invoice]';
      await browser.click('[data-testid=item-notes-toggle][data-item="infra.it.server"]');
      await browser.until(count(note), 'the note');
      await browser.type(note, '已签合同');
      await browser.click(invoice);
      await browser.click('[data-testid=plan-from-next-steps]');
      await browser.until(count('[data-testid=plan-row]'), 'a plan row');
      const planned = await browser.value(attribute('[data-testid=plan-row]', 'data-item'));
      const owner = `[data-testid=plan-owner][data-item="${planned}"]`;
      await browser.type(owner, '王工');
      const kept = `JSON.parse(localStorage.getItem('selfcheck:cloud-adoption:notebook'))`;
      await browser.until(`${kept}.plan[0].owner === '王工' && ${kept}.notes[0].note === '已签合同'`, 'the notebook kept');
      await open(browser, held);
      await browser.until(`document.querySelector(${JSON.stringify(owner)})?.value === '王工'`, 'the plan after a reload');
      await browser.click('[data-testid=item-notes-toggle][data-item="infra.it.server"]');
      await browser.until(`document.querySelector(${JSON.stringify(note)})?.value === '已签合同'`, 'the note after a reload');
      assert.equal(await browser.value(`document.querySelector(${JSON.stringify(invoice)}).checked`), true);
      await shoot('plan-zh-wide');

      // The officials' reader: both results pasted in a chat export.
      await browser.goto(`${site}reader.html`);
      await browser.until(count('[data-testid=reader-input]'), 'the reader');
      await browser.run(
        `const input = document.querySelector('[data-testid=reader-input]');
         input.value = arguments[0];
         input.dispatchEvent(new Event('input', { bubbles: true }));`,
        `甲公司：${shared}\n乙公司：${later}。\n丙公司 ${damaged}`,
      );
      await browser.until(`${count('[data-testid=reader-row]')} === 2`, 'two rows');
      assert.match(await browser.value(text('[data-testid=reader-valid]')), /\b2\b/);
      assert.match(await browser.value(text('[data-testid=reader-invalid]')), /\b1\b/);
      assert.deepEqual(
        await browser.value(`[...document.querySelectorAll('[data-testid=reader-row]')].map((r) => r.dataset.overall + ' ' + r.dataset.level + ' ' + r.dataset.size)`),
        ['7 L0 small', '11 L0 small'],
      );
      assert.equal(await browser.value(text('[data-testid=reader-part-mean][data-part=infra]')), '27');
    } finally {
      await browser.quit();
    }
  });
}
