// Peers: a cohort of 40 results with profiles, each made through the
// widget's own controls; the reader's segments, filters, CSV and before
// and after, and the benchmark file it exports, put beside the build,
// checked against an independent model of the figures (result-links.mjs).
import { readFileSync } from 'node:fs';
import {
  test, expect, accessibilityViolations, open, answer, openReader, paste, stored, whole,
} from './fixtures.mjs';
import { PROFILE, payload, score, structure } from './result-links.mjs';

const SITE = 'https://www.example.gov.cn/zt/shangyun/';
const INDUSTRIES = ['C', 'C', 'I', 'C', 'I', 'F', '', 'C', 'I', 'C'];
const SIZES = ['small', 'micro', 'small', '', 'medium', 'small', 'micro', 'small', 'micro', ''];

/** The 40 enterprises: which items each answers how, and its profile. */
function enterprises(items) {
  return Array.from({ length: 40 }, (_, n) => {
    const answers = items.map((_, i) => {
      // Each answers a dozen items, its own mix, the rest left unanswered.
      if ((i * 7 + n) % 40 >= 12 + (n % 5) * 4) return null;
      return ['0', '1', '2', '3', 'na', '2', '3'][(i + n * 3) % 7];
    });
    return { answers, industry: INDUSTRIES[n % 10], size: SIZES[(n * 3) % 10] };
  });
}

/**
 * Clears the last enterprise's progress: once it is saved, so that the
 * page saves nothing more when it is left.
 */
async function startAfresh(page) {
  if (page.url() === 'about:blank') return;
  await stored(page);
  await page.evaluate(() => localStorage.clear());
}

/** Answers as an enterprise would: radios and the profile's selects. */
async function fillIn(page, items, enterprise) {
  await startAfresh(page);
  await open(page);
  for (const [i, value] of enterprise.answers.entries()) {
    if (value !== null) await answer(page, items[i], value);
  }
  await page.getByTestId('profile-industry').selectOption(enterprise.industry);
  await page.getByTestId('profile-size').selectOption(enterprise.size);
  return page.getByTestId('share-link').inputValue();
}

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const toScore = (points) => (points * 100) / 3;

/** The model's figures of `cohort` (results with answers, profile, score). */
function segmentsOf(cohort) {
  const rows = [];
  for (const field of PROFILE) {
    for (const value of [...field.codes, '']) {
      const members = cohort.filter((r) => r[field.id] === value);
      if (members.length === 0) continue;
      const scored = members.filter((r) => r.overall !== null);
      const meanScore = scored.length ? String(whole(mean(scored.map((r) => toScore(r.overall))))) : '';
      rows.push([field.id, value, String(members.length), meanScore]);
    }
  }
  return rows;
}

/** The share, rounded down, of `scores` below `own` (whole numbers). */
const below = (scores, own) => Math.floor((scores.filter((s) => s < own).length * 100) / scores.length);

// Built by the first test, read by those after it.
const cohort = { parts: null, items: null, results: [], text: '', benchmark: '' };

test.describe.serial('a cohort made through the widget', () => {
  test.setTimeout(180_000);

  test('the reader: rows, segments, filters, CSV and before and after match the model', async ({ page }) => {
    await open(page);
    cohort.parts = await structure(page);
    cohort.items = cohort.parts.flatMap((p) => p.groups).flatMap((g) => g.items);
    const made = enterprises(cohort.items);
    for (const enterprise of made) {
      const link = await fillIn(page, cohort.items, enterprise);
      const hash = new URL(link).hash;
      const profile = { industry: enterprise.industry, size: enterprise.size };
      // The widget's link is the model's: the profile inside the checksum.
      expect(hash).toBe(`#r=${payload(enterprise.answers, { profile })}`);
      expect(hash.length - 3).toBeLessThanOrEqual(32);
      cohort.results.push({ ...enterprise, payload: hash.slice(3), ...score(cohort.parts, enterprise.answers) });
    }
    // The last eight as comparison links, each after the result eight before it.
    const lines = cohort.results.map((r, n) => (n < 32
      ? `企业${n}：${SITE}#r=${r.payload}`
      : `企业${n}：${SITE}#c=${cohort.results[n - 8].payload}.${r.payload}`));
    cohort.text = lines.join('\n');

    await openReader(page);
    await paste(page, cohort.text);
    await expect(page.getByTestId('reader-valid')).toHaveText('40');
    const rows = page.getByTestId('reader-row');
    await expect(rows).toHaveCount(40);
    const profiles = await rows.evaluateAll((trs) => trs.map((tr) => [tr.dataset.industry, tr.dataset.size]));
    expect(profiles).toEqual(cohort.results.map((r) => [r.industry, r.size]));

    const segments = page.getByTestId('reader-segment');
    const shownSegments = () => segments.evaluateAll((trs) => trs.map((tr) => [tr.dataset.field, tr.dataset.value, tr.dataset.count, tr.dataset.mean]));
    expect(await shownSegments()).toEqual(segmentsOf(cohort.results));

    // Narrowed to manufacturing: every figure and the table.
    await page.getByTestId('reader-filter-industry').selectOption('C');
    const c = cohort.results.filter((r) => r.industry === 'C');
    await expect(rows).toHaveCount(c.length);
    expect(await shownSegments()).toEqual(segmentsOf(c));
    for (const level of ['L0', 'L1', 'L2', 'L3']) {
      await expect(page.locator(`[data-testid=reader-level-count][data-level=${level}]`))
        .toHaveText(String(c.filter((r) => r.level === level).length));
    }
    for (const [p, part] of cohort.parts.entries()) {
      const scores = c.map((r) => r.partPoints[p]).filter((x) => x !== null).map(toScore);
      await expect(page.locator(`[data-testid=reader-part-mean][data-part=${part.id}]`)).toHaveText(String(whole(mean(scores))));
    }
    // And to small manufacturers.
    await page.getByTestId('reader-filter-size').selectOption('small');
    const cSmall = c.filter((r) => r.size === 'small');
    await expect(rows).toHaveCount(cSmall.length);
    expect(await shownSegments()).toEqual(segmentsOf(cSmall));
    await page.getByTestId('reader-filter-industry').selectOption('');
    await page.getByTestId('reader-filter-size').selectOption('');
    await expect(rows).toHaveCount(40);

    // The CSV ends with the codes.
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reader-export').click()]);
    const csv = readFileSync(await csvDownload.path(), 'utf8').slice(1).split('\r\n').filter(Boolean);
    expect(csv[0].split(',').slice(-2)).toEqual(['industry', 'size']);
    expect(csv.slice(1).map((line) => line.split(',').slice(-2))).toEqual(cohort.results.map((r) => [r.industry, r.size]));

    // Before and after, from the eight comparison links.
    const pairs = cohort.results.slice(32).map((after, i) => [cohort.results[24 + i], after]);
    const moves = page.getByTestId('reader-moves');
    await expect(moves).toHaveAttribute('data-count', '8');
    for (const [p, part] of cohort.parts.entries()) {
      const both = pairs.filter(([b, a]) => b.partPoints[p] !== null && a.partPoints[p] !== null);
      const row = page.locator(`[data-testid=reader-move-part][data-part=${part.id}]`);
      await expect(row).toHaveAttribute('data-before', String(whole(mean(both.map(([b]) => toScore(b.partPoints[p]))))));
      await expect(row).toHaveAttribute('data-after', String(whole(mean(both.map(([, a]) => toScore(a.partPoints[p]))))));
    }
    const levelMoves = {};
    for (const [b, a] of pairs) {
      if (b.level !== a.level) levelMoves[`${b.level}>${a.level}`] = (levelMoves[`${b.level}>${a.level}`] ?? 0) + 1;
    }
    const shownMoves = await page.getByTestId('reader-level-move').evaluateAll((lis) => Object.fromEntries(lis.map((li) => [`${li.dataset.from}>${li.dataset.to}`, Number(li.dataset.count)])));
    expect(shownMoves).toEqual(levelMoves);

    // The benchmark file: aggregates only, segments under ten left out.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reader-benchmark-export').click()]);
    expect(download.suggestedFilename()).toBe('benchmark.json');
    cohort.benchmark = readFileSync(await download.path(), 'utf8');
    const file = JSON.parse(cohort.benchmark);
    expect(file.all.count).toBe(40);
    const expectedSegments = segmentsOf(cohort.results).filter(([, value, count]) => value !== '' && Number(count) >= 10);
    expect(file.segments.map((s) => [s.field, s.value, String(s.figures.count)])).toEqual(expectedSegments.map((s) => s.slice(0, 3)));
    expect(expectedSegments.length).toBeGreaterThan(1);
    for (const r of cohort.results) expect(cohort.benchmark).not.toContain(r.payload);
    expect(cohort.benchmark).not.toContain('企业');

    // The reader checks it before it is published.
    await page.getByTestId('reader-benchmark-file').setInputFiles({ name: 'benchmark.json', mimeType: 'application/json', buffer: Buffer.from(cohort.benchmark) });
    await expect(page.getByTestId('reader-benchmark-check')).toHaveAttribute('data-valid', 'true');
    await expect(page.getByTestId('reader-benchmark-check')).toContainText('40');
    await expect(page.getByTestId('reader-benchmark-check').locator('li')).toHaveCount(expectedSegments.length);
    const broken = cohort.benchmark.replace('"count": 40', '"count": 4');
    await page.getByTestId('reader-benchmark-file').setInputFiles({ name: 'benchmark.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await expect(page.getByTestId('reader-benchmark-check')).toHaveAttribute('data-valid', 'false');
    await expect(page.getByTestId('reader-benchmark-check')).toContainText('all.count: 4 results; a figure needs at least 10');
  });

  test('the exported file beside the widget places a result among all and among its segment', async ({ page }) => {
    expect(cohort.benchmark, 'the first test made the file').not.toBe('');
    await page.route(/\/benchmark\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: cohort.benchmark }));
    // A manufacturer of medium size (a segment of fewer than ten).
    const mine = { answers: cohort.items.map((_, i) => (i % 3 === 0 ? '2' : i % 3 === 1 ? '1' : null)), industry: 'C', size: 'medium' };
    await fillIn(page, cohort.items, mine);
    const own = score(cohort.parts, mine.answers);
    const ownOverall = whole(toScore(own.overall));
    const all = cohort.results.filter((r) => r.overall !== null).map((r) => whole(toScore(r.overall)));
    const benchmark = page.getByTestId('benchmark');
    await expect(benchmark).toHaveAttribute('data-count', '40');
    await expect(benchmark).toHaveAttribute('data-below', String(below(all, ownOverall)));
    await expect(benchmark).toContainText(`高于 ${below(all, ownOverall)}% 的参评企业（共 40 家，`);
    for (const [p, part] of cohort.parts.entries()) {
      const scores = cohort.results.map((r) => r.partPoints[p]).filter((x) => x !== null).map((x) => whole(toScore(x)));
      await expect(page.locator(`[data-testid=benchmark-part][data-part=${part.id}]`))
        .toHaveAttribute('data-below', String(below(scores, whole(toScore(own.partPoints[p])))));
    }
    const c = cohort.results.filter((r) => r.industry === 'C' && r.overall !== null).map((r) => whole(toScore(r.overall)));
    const segment = page.locator('[data-testid=benchmark-segment][data-field=industry]');
    await expect(segment).toHaveAttribute('data-count', String(c.length));
    await expect(segment).toHaveAttribute('data-below', String(below(c, ownOverall)));
    // Medium is not in the file: said to be too small, with no figure.
    await expect(page.locator('[data-testid=benchmark-segment][data-field=size]')).toHaveCount(0);
    await expect(page.locator('[data-testid=benchmark-segment-too-small][data-field=size]')).toContainText('太少');

    // A tap moves it a frame later.
    await answer(page, cohort.items[2], '3');
    const moved = score(cohort.parts, mine.answers.map((a, i) => (i === 2 ? '3' : a)));
    await expect(benchmark).toHaveAttribute('data-below', String(below(all, whole(toScore(moved.overall)))));

    // The shared view shows the shared result in the same context.
    const shared = cohort.results[2];
    await page.goto(`/#r=${shared.payload}`);
    await expect(page.getByTestId('shared-banner')).toBeVisible();
    await expect(page.getByTestId('shared-profile')).toContainText('信息传输、软件和信息技术服务业');
    await expect(page.getByTestId('benchmark')).toHaveAttribute('data-below', String(below(all, whole(toScore(shared.overall)))));
    const i = cohort.results.filter((r) => r.industry === 'I' && r.overall !== null).map((r) => whole(toScore(r.overall)));
    await expect(page.locator('[data-testid=benchmark-segment][data-field=industry]')).toHaveAttribute('data-below', String(below(i, whole(toScore(shared.overall)))));
  });

  test('axe: none on the profile, the benchmark and the reader\'s new parts, at 320 px, both languages, large text', async ({ page }) => {
    await page.route(/\/benchmark\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: cohort.benchmark }));
    await page.setViewportSize({ width: 320, height: 800 });
    for (const lang of ['', '?lang=en']) {
      await startAfresh(page);
      await open(page, `/${lang}`);
      await answer(page, cohort.items[0], '2');
      await page.getByTestId('profile-industry').selectOption('C');
      await page.getByTestId('profile-size').selectOption('micro');
      await expect(page.getByTestId('benchmark')).toBeVisible();
      for (const large of [false, true]) {
        if (large) await page.getByTestId('large-text').click();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        expect(await accessibilityViolations(page), `widget ${lang} large ${large}`).toEqual([]);
      }
      await page.getByTestId('large-text').click();
      await openReader(page, `reader.html${lang}`);
      await paste(page, cohort.text);
      await page.getByTestId('reader-filter-size').selectOption('small');
      await page.getByTestId('reader-benchmark-file').setInputFiles({ name: 'benchmark.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
      await expect(page.getByTestId('reader-benchmark-check')).toHaveAttribute('data-valid', 'false');
      for (const large of [false, true]) {
        if (large) await page.getByTestId('large-text').click();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        expect(await accessibilityViolations(page), `reader ${lang} large ${large}`).toEqual([]);
      }
      await page.getByTestId('large-text').click();
    }
  });
});

for (const [name, body] of [
  ['missing (the server answers 204)', null],
  ['not JSON', '<html>Not found</html>'],
  ['for another version', (text) => text.replace('"version": 1,', '"version": 2,')],
  ['for another rubric', (text) => text.replace('"rubric": "cloud-adoption"', '"rubric": "other"')],
]) {
  test(`a benchmark file ${name} shows nothing and changes nothing`, async ({ page }) => {
    if (body !== null) {
      const text = typeof body === 'function' ? body(JSON.stringify(benchmarkOfTen(), null, 2)) : body;
      await page.route(/\/benchmark\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: text }));
    }
    const warnings = [];
    page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
    await open(page);
    await answer(page, 'infra.it.server', '2');
    await page.getByTestId('profile-industry').selectOption('C');
    await expect(page.getByTestId('overall-score')).toHaveText('3');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    await expect(page.getByTestId('benchmark')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    if (body !== null) expect(warnings.join('\n')).toContain('benchmark.json');
  });
}

test('a benchmark file missing where the server answers 404: only the browser\'s note of the request', async ({ page, errors }) => {
  await page.route(/\/benchmark\.json$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await open(page);
  await answer(page, 'infra.it.server', '2');
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('benchmark')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Chromium logs the failed request; the page itself reports nothing.
  expect(errors.splice(0)).toEqual(['console error: Failed to load resource: the server responded with a status of 404 (Not Found)']);
});

/** A valid file of ten results, all at 0 (the model's format). */
function benchmarkOfTen() {
  const zeros = () => [10, ...Array(100).fill(0)];
  return {
    format: 'selfcheck-benchmark',
    format_version: 1,
    rubric: 'cloud-adoption',
    version: 1,
    date: '2026-11-30',
    full_score: 100,
    all: { count: 10, overall: zeros(), parts: { biz: zeros(), infra: zeros(), mgmt: zeros() }, levels: { L0: 10, L1: 0, L2: 0, L3: 0 } },
    segments: [],
  };
}

test('a valid file of ten is read by the widget as the model writes it', async ({ page }) => {
  await page.route(/\/benchmark\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(benchmarkOfTen()) }));
  await open(page);
  await answer(page, 'infra.it.server', '2');
  await expect(page.getByTestId('benchmark')).toHaveAttribute('data-below', '100');
  await expect(page.getByTestId('benchmark')).toHaveAttribute('data-count', '10');
});

test('the profile is optional, saved with the progress, carried in the link and said beside it', async ({ page, freshPage }) => {
  await open(page);
  await answer(page, 'infra.it.server', '2');
  await expect(page.getByTestId('profile-industry')).toHaveValue('');
  let link = await page.getByTestId('share-link').inputValue();
  expect(new URL(link).hash).toBe(`#r=${payload(['2', ...Array(39).fill(null)])}`);
  await expect(page.getByTestId('share-profile')).toHaveCount(0);

  await page.getByTestId('profile-industry').selectOption('I');
  await page.getByTestId('profile-size').selectOption('micro');
  await expect(page.getByTestId('share-profile')).toContainText('所属行业：信息传输、软件和信息技术服务业；企业规模：微型');
  link = await page.getByTestId('share-link').inputValue();
  expect(new URL(link).hash).toBe(`#r=${payload(['2', ...Array(39).fill(null)], { profile: { industry: 'I', size: 'micro' } })}`);
  await page.reload();
  await expect(page.getByTestId('profile-industry')).toHaveValue('I');
  await expect(page.getByTestId('profile-size')).toHaveValue('micro');

  // Another browser opens it: the profile is shown, read-only; in print too.
  await freshPage.goto(link.replace(/^http:\/\/[^/]+/, ''));
  await expect(freshPage.getByTestId('shared-profile')).toHaveText('所属行业：信息传输、软件和信息技术服务业；企业规模：微型');
  await expect(freshPage.getByTestId('profile-industry')).toHaveCount(0);
  // Printed once: the shared line, not the visitor's own print-only line too.
  await freshPage.emulateMedia({ media: 'print' });
  await expect(freshPage.locator('.profile').getByText('所属行业：', { exact: false })).toHaveCount(1);
  await expect(freshPage.getByTestId('shared-profile')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.profile .print-only')).toHaveText('所属行业：信息传输、软件和信息技术服务业；企业规模：微型');
  await expect(page.locator('.profile-fields')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The share picture's alt says it too.
  await page.getByRole('button', { name: '生成分享图' }).click();
  await expect(page.getByTestId('share-image')).toHaveAttribute('alt', /企业规模：微型/);

  // Taken back: the link is as before profiles.
  await page.getByTestId('profile-industry').selectOption('');
  await page.getByTestId('profile-size').selectOption('');
  await expect(page.getByTestId('share-profile')).toHaveCount(0);
  link = await page.getByTestId('share-link').inputValue();
  expect(new URL(link).hash).toBe(`#r=${payload(['2', ...Array(39).fill(null)])}`);
});

test('the reader says when too few results make a benchmark that holds nothing', async ({ page }) => {
  const lines = Array.from({ length: 9 }, (_, n) => `企业${n} ${SITE}#r=${payload(Array.from({ length: 40 }, (_, i) => (i === n ? '3' : '1')))}`);
  await openReader(page);
  await paste(page, lines.join('\n'));
  await expect(page.getByTestId('reader-valid')).toHaveText('9');
  await expect(page.getByTestId('reader-benchmark-too-few')).toContainText('少于 10 份');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reader-benchmark-export').click()]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect([file.all, file.segments]).toEqual([null, []]);
});
