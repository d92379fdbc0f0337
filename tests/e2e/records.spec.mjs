// Records that outlast the browser: the records file downloaded and
// imported, the records link opened and taken in, every refusal whole, the
// advice to keep them, and the reader reading a records link.
import {
  test, expect, accessibilityViolations, open, answer, answerAll, stored, STORAGE_KEY, openReader, paste,
} from './fixtures.mjs';
import { payload } from './result-links.mjs';

const SNAPSHOTS_KEY = 'selfcheck:cloud-adoption:snapshots';
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const forty = (key) => Array(40).fill(key);

/** Saves the answers as a snapshot noted `note`. */
async function saveSnapshot(page, note) {
  await page.getByLabel('备注（可选）').fill(note);
  await page.getByTestId('snapshot-save').click();
}

/** Opens the records' controls. */
/** Opens `page` as another browser whose items under `prefix` are answered `value`, saved: returns what it keeps. */
async function withOwnAnswers(page, prefix, value) {
  await open(page);
  await answerAll(page, prefix, value);
  await stored(page);
  return everything(page);
}

async function openRecords(page) {
  await page.getByTestId('records-toggle').click();
  await expect(page.getByTestId('records-export')).toBeVisible();
}

/** Everything this origin keeps in localStorage, key by key. */
const everything = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

/** Downloads the records file and returns its text. */
async function exportRecords(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('records-export').click()]);
  expect(download.suggestedFilename()).toBe(`selfcheck-records-${today()}.json`);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** Chooses a file named `name` holding `text` in the records' import. */
async function importRecords(page, text, name = 'records.json') {
  await page.getByTestId('records-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A records file as a test writes it: `overrides` over a valid one. */
function recordsFile(overrides = {}) {
  return JSON.stringify({
    format: 'selfcheck-records',
    format_version: 1,
    rubric: 'cloud-adoption',
    date: '2026-06-01',
    release: 1,
    answers: payload(forty('2')),
    snapshots: [
      { id: 11, date: '2026-03-02', release: 1, answers: payload(forty('0')), note: '申报前' },
      { id: 12, date: '2026-04-15', release: 1, answers: payload(forty('1')), note: '' },
    ],
    ...overrides,
  });
}

test('the records file carries everything to another browser, and merges without loss', async ({ page, freshPage }) => {
  await open(page);
  await answerAll(page, 'infra.', '2');
  await answer(page, 'biz.marketing.crm', 'na');
  await saveSnapshot(page, '申报前');
  await answer(page, 'mgmt.office.files', '3');
  await openRecords(page);
  const file = await exportRecords(page);
  const records = JSON.parse(file);
  expect(records).toMatchObject({ format: 'selfcheck-records', format_version: 1, rubric: 'cloud-adoption', date: today(), release: 1 });
  expect(records.snapshots).toHaveLength(1);
  expect(records.snapshots[0]).toMatchObject({ date: today(), release: 1, note: '申报前' });

  // Another browser, with answers of its own and a saved result.
  await open(freshPage);
  await answerAll(freshPage, 'biz.', '1');
  await saveSnapshot(freshPage, '');
  await stored(freshPage);
  const own = await freshPage.getByTestId('share-link').inputValue();
  await openRecords(freshPage);
  await importRecords(freshPage, file);
  await expect(freshPage.getByTestId('records-import-result')).toHaveText('已导入：1 份保存的结果，以及当前答案。您原来的答案已另存为今天的一份结果。');
  await expect(freshPage.getByTestId('records-import-result')).toHaveAttribute('role', 'status');
  // The file's answers are now this browser's; its own are kept, dated today.
  await expect(freshPage.getByTestId('share-link')).toHaveValue(await page.getByTestId('share-link').inputValue());
  await expect(freshPage.getByTestId('snapshot')).toHaveCount(3);
  await expect(freshPage.getByTestId('snapshot').filter({ hasText: '导入前的答案' })).toHaveCount(1);
  await expect(freshPage.getByTestId('snapshot').filter({ hasText: '申报前' })).toHaveCount(1);
  await freshPage.getByTestId('snapshot').filter({ hasText: '导入前的答案' }).getByRole('button', { name: '与当前答案对比' }).click();
  const before = await freshPage.getByTestId('compare-link').inputValue();
  expect(before).toContain(own.split('#r=')[1]);

  // It survives a reload; importing the same file again takes nothing.
  await freshPage.reload();
  await expect(freshPage.getByTestId('snapshot')).toHaveCount(3);
  await openRecords(freshPage);
  await importRecords(freshPage, file);
  await expect(freshPage.getByTestId('records-import-result')).toHaveText('这些记录本浏览器都已经有了，没有改动。');
  await expect(freshPage.getByTestId('snapshot')).toHaveCount(3);
});

test('a file written by the test is read as the model says: older saved results in date order', async ({ page }) => {
  await open(page);
  await saveSnapshot(page, '今天');
  await openRecords(page);
  await importRecords(page, recordsFile());
  await expect(page.getByTestId('records-import-result')).toContainText('已导入：2 份保存的结果，以及当前答案。');
  await expect(page.getByTestId('snapshot')).toHaveCount(3);
  const dates = await page.getByTestId('snapshot').evaluateAll((s) => s.map((x) => x.dataset.date));
  expect(dates).toEqual(['2026-03-02', '2026-04-15', today()]);
  await expect(page.getByTestId('overall-score')).toHaveText('67');
});

const refusals = [
  ['cut short', recordsFile().slice(0, 120), ['不是本自评的记录文件（EOF while parsing a string at line 1 column 120）']],
  ['not JSON', '申报前的记录', ['不是本自评的记录文件（expected value at line 1 column 1）']],
  ['a benchmark file', JSON.stringify({ format: 'selfcheck-benchmark', format_version: 1, rubric: 'cloud-adoption' }), ['不是本自评的记录文件（its format is "selfcheck-benchmark"）']],
  ['another rubric, an unknown format', recordsFile({ rubric: 'other-guide', format_version: 2 }), ['记录文件格式为第 2 版，本页面只能读取第 1 版', '这是另一份自评（other-guide）的记录']],
  ['an unknown release, a damaged result, a bad date, an id twice', recordsFile({
    release: 9,
    answers: payload(forty('2'), { version: 9 }),
    snapshots: [
      { id: 11, date: '2026-03-02', release: 1, answers: payload(forty('0')).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')), note: '' },
      { id: 11, date: '三月', release: 1, answers: payload(forty('1')), note: '' },
    ],
  }), ['当前答案是按评价指南第 9 版生成的，本页面无法读取', '第 1 份保存的结果已损坏或不完整', '第 2 份保存的结果的日期“三月”无法读取', '保存的结果编号 11 出现了两次']],
];

for (const [name, text, problems] of refusals) {
  test(`a records file refused whole: ${name}`, async ({ page }) => {
    await open(page);
    await answerAll(page, 'infra.', '1');
    await saveSnapshot(page, '我的');
    // The advice is shown by the same write that remembers it was given.
    await expect(page.getByTestId('records-advice')).toBeVisible();
    await stored(page);
    const kept = await everything(page);
    await openRecords(page);
    await importRecords(page, text, 'records.json');
    const alert = page.getByTestId('records-import-refused');
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert.locator('p')).toHaveText('未能导入“records.json”，本浏览器的记录没有改动：');
    await expect(alert.locator('li')).toHaveText(problems);
    await expect(page.getByTestId('records-import-result')).toHaveCount(0);
    expect(await everything(page)).toEqual(kept);
    await expect(page.getByTestId('snapshot')).toHaveCount(1);
  });
}

test('the records link carries the answers and saved results; opened, it changes nothing until taken', async ({ page, freshPage }) => {
  await open(page);
  await answerAll(page, 'infra.', '1');
  await saveSnapshot(page, '第一次');
  await answerAll(page, 'infra.', '3');
  await page.getByTestId('profile-size').selectOption('small');
  await saveSnapshot(page, '第二次');
  await answer(page, 'biz.marketing.crm', '2');
  await openRecords(page);
  await expect(page.locator('.records-link-label')).toContainText('当前答案和 2 份保存的结果，不含备注');
  const link = await page.getByTestId('records-link').inputValue();
  const fragment = link.split('#')[1];
  expect(fragment).toMatch(/^s=[A-Za-z0-9_-]+$/);
  expect(fragment.length - 2).toBeLessThanOrEqual(40 + 30 * 2);
  // Always current: a third saved result is in it at once.
  await saveSnapshot(page, '');
  await expect(page.getByTestId('records-link')).not.toHaveValue(link);
  const third = await page.getByTestId('records-link').inputValue();

  // Another browser with its own answers: shown read-only, nothing touched.
  const kept = await withOwnAnswers(freshPage, 'mgmt.', '2');
  await freshPage.goto(third);
  await expect(freshPage.getByTestId('records-banner')).toHaveAttribute('data-snapshots', '3');
  await expect(freshPage.getByTestId('shared-banner')).toBeVisible();
  await expect(freshPage.getByTestId('overall-score')).toHaveText(await page.getByTestId('overall-score').textContent());
  await expect(freshPage.locator('fieldset[data-item] input:not([disabled])')).toHaveCount(0);
  expect(await everything(freshPage)).toEqual(kept);

  await freshPage.getByTestId('records-take').click();
  await expect(freshPage.getByTestId('shared-banner')).toHaveCount(0);
  await expect(freshPage.getByTestId('records-import-result')).toHaveText('已导入：3 份保存的结果，以及当前答案。您原来的答案已另存为今天的一份结果。');
  await expect(freshPage.getByTestId('snapshot')).toHaveCount(4);
  await expect(freshPage.getByTestId('share-link')).toHaveValue(await page.getByTestId('share-link').inputValue());
  // Taken again: the same saved results, matched by date and answers.
  await freshPage.goto(third);
  await freshPage.getByTestId('records-take').click();
  await expect(freshPage.getByTestId('records-import-result')).toHaveText('这些记录本浏览器都已经有了，没有改动。');
  await expect(freshPage.getByTestId('snapshot')).toHaveCount(4);
});

test('a damaged or cut records link is refused with a message, and nothing changes', async ({ page }) => {
  await open(page);
  await saveSnapshot(page, '');
  await openRecords(page);
  const link = await page.getByTestId('records-link').inputValue();
  await stored(page);
  const kept = await everything(page);
  const at = link.length - 10;
  for (const damaged of [link.slice(0, -3), link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1)]) {
    await page.goto('about:blank');
    await page.goto(damaged);
    await expect(page.getByRole('alert')).toContainText('已损坏或不完整');
    await expect(page.getByTestId('records-banner')).toHaveCount(0);
    expect(await everything(page)).toEqual(kept);
  }
});

test('a records link whose reader cannot be fetched says so, and nothing changes', async ({ page, freshPage, errors }) => {
  await open(page);
  await answerAll(page, 'infra.', '2');
  await saveSnapshot(page, '');
  await openRecords(page);
  const link = await page.getByTestId('records-link').inputValue();
  // Another browser, offline once the page is in: the code that reads the
  // link never arrives.
  const kept = await withOwnAnswers(freshPage, 'mgmt.hr.', '1');
  const module = /\/split_on_click-[0-9a-f]{16}\.wasm$/;
  await freshPage.route(module, (route) => route.abort('internetdisconnected'));
  await freshPage.goto(link);
  await expect(freshPage.getByRole('alert')).toContainText('这项功能未能加载（可能网络已断开），请稍后再试。您的答案不受影响。');
  await expect(freshPage.getByTestId('records-banner')).toHaveCount(0);
  expect(await everything(freshPage)).toEqual(kept);
  // The fetch's failures are in the console (the browser's and the loader's): expected here.
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), errors.join('\n')).toBe(true);
  errors.length = 0;
  // Reloaded online, it opens.
  await freshPage.unroute(module);
  await freshPage.reload();
  await expect(freshPage.getByTestId('records-banner')).toHaveAttribute('data-snapshots', '1');
});

test('once something is saved, the browser is asked to keep storage and the advice shows once', async ({ page }) => {
  await page.addInitScript(() => {
    window.persistCalls = 0;
    if (navigator.storage) navigator.storage.persist = async () => { window.persistCalls += 1; return false; };
  });
  await open(page);
  await answer(page, 'infra.it.server', '2');
  await expect(page.getByTestId('records-advice')).toHaveCount(0);
  expect(await page.evaluate(() => window.persistCalls)).toBe(0);
  await saveSnapshot(page, '');
  await expect(page.getByTestId('records-advice')).toContainText('本浏览器可能会清除保存的结果');
  await expect.poll(() => page.evaluate(() => window.persistCalls)).toBe(1);
  // The next visit asks the browser again, but does not repeat the advice.
  await page.reload();
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => window.persistCalls)).toBe(1);
  await saveSnapshot(page, '');
  await expect(page.getByTestId('snapshot')).toHaveCount(2);
  await expect(page.getByTestId('records-advice')).toHaveCount(0);
});

test('a file with the same answers takes only its saved results', async ({ page }) => {
  await open(page);
  await answerAll(page, 'infra.', '2');
  const shareLink = await page.getByTestId('share-link').inputValue();
  await openRecords(page);
  // The guide's first seven items are the infrastructure's.
  await importRecords(page, recordsFile({ answers: payload([...Array(7).fill('2'), ...Array(33).fill(null)]) }));
  await expect(page.getByTestId('records-import-result')).toHaveText('已导入：2 份保存的结果。');
  await expect(page.getByTestId('share-link')).toHaveValue(shareLink);
  await expect(page.getByTestId('snapshot')).toHaveCount(2);
});

test('the reader counts a records link as its latest result, and its earliest as the before', async ({ page }) => {
  await open(page);
  await answerAll(page, 'infra.', '1');
  await saveSnapshot(page, '');
  await answerAll(page, 'infra.', '3');
  await openRecords(page);
  const link = await page.getByTestId('records-link').inputValue();
  await openReader(page);
  await paste(page, `甲公司：${link}。\n乙公司 ${link.slice(0, -2)}`);
  await expect(page.getByTestId('reader-row')).toHaveCount(1);
  await expect(page.getByTestId('reader-row')).toHaveAttribute('data-overall', '33');
  await expect(page.getByTestId('reader-row')).toContainText('甲公司');
  await expect(page.getByTestId('reader-invalid')).toContainText('1');
  await expect(page.getByTestId('reader-moves')).toHaveAttribute('data-count', '1');
  const infra = page.locator('[data-testid=reader-move-part][data-part=infra]');
  await expect(infra).toHaveAttribute('data-before', '33');
  await expect(infra).toHaveAttribute('data-after', '100');
});

for (const [lang, width] of [['', 320], ['?lang=en', 1280]]) {
  test(`axe and IBM: none with the records open, a refusal and the advice (${width} px${lang && `, ${lang}`})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page, lang);
    await page.getByTestId('snapshot-save').click();
    await expect(page.getByTestId('records-advice')).toBeVisible();
    await openRecords(page);
    await importRecords(page, '{}');
    await expect(page.getByTestId('records-import-refused')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}
