// The officials' reader (reader.html): a generated list of 1,000 links with
// labels, repeats, damaged and other-version links; counts, rows, figures
// and the CSV checked against an independent model (result-links.mjs).
import { readFileSync } from 'node:fs';
import { test, expect, accessibilityViolations, open, openReader, paste, whole } from './fixtures.mjs';
import { answerSets, payload, score, structure } from './result-links.mjs';

const SITE = 'https://www.example.gov.cn/zt/shangyun/';

/** The guide's structure, read once from the widget. */
async function guide(page) {
  await open(page);
  return structure(page);
}

/**
 * 1,000 links as a chat export: labels, WeChat queries and punctuation,
 * every 50th a repeat, every 97th damaged, every 211th of version 2, every
 * 73rd a comparison link (read as its later result).
 */
function chatExport(parts, count = 1000) {
  const itemCount = parts.flatMap((p) => p.groups).flatMap((g) => g.items).length;
  const sets = answerSets(count, itemCount);
  const lines = ['企业上云自评 群聊记录'];
  const expected = { results: [], refused: [], repeats: [] };
  sets.forEach((answers, n) => {
    const label = `企业${n}有限公司`;
    if (n % 97 === 96) {
      lines.push(`${label}：${SITE}#r=${payload(answers).slice(0, 22)}`);
      expected.refused.push({ line: lines.length, reason: '已损坏' });
    } else if (n % 211 === 210) {
      lines.push(`${label}：${SITE}#r=${payload(answers, { version: 2 })}`);
      expected.refused.push({ line: lines.length, reason: '第 2 版' });
    } else if (n % 50 === 49) {
      const first = expected.results[expected.results.length - 3];
      lines.push(`${label}（重发）${SITE}?from=singlemessage#r=${first.payload}）`);
      expected.repeats.push({ line: lines.length, of: first.line });
    } else if (n % 73 === 72) {
      const p = payload(answers);
      lines.push(`${label}：${SITE}#c=${payload(sets[n - 1])}.${p}`);
      expected.results.push({ line: lines.length, label, payload: p, answers, ...score(parts, answers) });
    } else {
      const p = payload(answers);
      lines.push(`${label}：${SITE}?from=singlemessage&isappinstalled=0#r=${p}。`);
      expected.results.push({ line: lines.length, label, payload: p, answers, ...score(parts, answers) });
    }
  });
  return { text: lines.join('\r\n'), expected };
}


test('a chat export of 1,000 links: counts, rows, levels, part means and the CSV', async ({ page }) => {
  const parts = await guide(page);
  const { text, expected } = chatExport(parts);
  await openReader(page);
  await paste(page, text);

  const { results, refused, repeats } = expected;
  await expect(page.getByTestId('reader-valid')).toHaveText(String(results.length));
  await expect(page.getByTestId('reader-invalid')).toHaveText(String(refused.length));
  await expect(page.getByTestId('reader-duplicates')).toHaveText(String(repeats.length));
  await expect(page.getByTestId('reader-found')).toHaveText('1000');
  expect(results.length + refused.length + repeats.length).toBe(1000);

  // Rows: one per result, in input order, with level, score and label.
  const rows = page.getByTestId('reader-row');
  await expect(rows).toHaveCount(results.length);
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => [tr.dataset.level, tr.dataset.overall, tr.querySelector('th').textContent]));
  expect(shown).toEqual(results.map((r) => [r.level, r.overall === null ? '' : String(whole(r.overall * 100 / 3)), r.label]));

  // Refused links with their line and reason; repeats named.
  const invalid = page.getByTestId('reader-invalid-row');
  await expect(invalid).toHaveCount(refused.length);
  for (const [i, r] of refused.entries()) {
    await expect(invalid.nth(i)).toHaveAttribute('data-line', String(r.line));
    await expect(invalid.nth(i)).toContainText(r.reason);
  }
  await expect(page.getByTestId('reader-duplicate-row').first()).toContainText(`第 ${repeats[0].of} 行`);

  // Levels and part means, from the model.
  for (const level of ['L0', 'L1', 'L2', 'L3']) {
    const count = results.filter((r) => r.level === level).length;
    await expect(page.locator(`[data-testid=reader-level-count][data-level=${level}]`)).toHaveText(String(count));
  }
  for (const [p, part] of parts.entries()) {
    const scores = results.map((r) => r.partPoints[p]).filter((x) => x !== null).map((x) => (x * 100) / 3);
    const mean = whole(scores.reduce((a, b) => a + b, 0) / scores.length);
    await expect(page.locator(`[data-testid=reader-part-mean][data-part=${part.id}]`)).toHaveText(String(mean));
  }
  await expect(page.getByTestId('reader-holding').first()).toBeVisible();

  // The CSV: BOM, header, a row a result in input order with its answers.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reader-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const lines = csv.slice(1).split('\r\n').filter(Boolean);
  const itemIds = parts.flatMap((p) => p.groups).flatMap((g) => g.items);
  expect(lines[0]).toBe(['label', 'link', 'overall', 'level', 'level_name', 'infra', 'mgmt', 'biz', ...itemIds, 'industry', 'size'].join(','));
  expect(lines).toHaveLength(results.length + 1);
  const first = lines[1].split(',');
  const r = results[0];
  expect(first[0]).toBe(r.label);
  expect(first[1]).toBe(`${SITE}?from=singlemessage&isappinstalled=0#r=${r.payload}`);
  expect(first[3]).toBe(r.level);
  expect(first.slice(8)).toEqual([...r.answers.map((a) => a ?? ''), '', '']);
});

test('sorting, filtering, and a row opens the result in the self-check', async ({ page, context }) => {
  const parts = await guide(page);
  const { text, expected } = chatExport(parts, 120);
  await openReader(page);
  await paste(page, text);
  const rows = page.getByTestId('reader-row');
  await expect(rows).toHaveCount(expected.results.length);

  await page.getByRole('button', { name: '综合' }).click();
  await expect(page.locator('th[aria-sort=descending]')).toHaveCount(1);
  const overall = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.overall)));
  expect(overall).toEqual([...overall].sort((a, b) => b - a));

  await page.getByTestId('reader-filter').selectOption('L3');
  const l3 = expected.results.filter((r) => r.level === 'L3').length;
  await expect(rows).toHaveCount(l3);
  expect(await rows.evaluateAll((trs) => trs.every((tr) => tr.dataset.level === 'L3'))).toBe(true);
  await page.getByTestId('reader-filter').selectOption('');
  await expect(rows).toHaveCount(expected.results.length);

  // Back to input order, and the first row's link.
  await page.getByRole('button', { name: '综合' }).click();
  await page.getByRole('button', { name: '企业' }).click();
  const link = rows.first().getByRole('link');
  const [widget] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await expect(widget.getByTestId('shared-banner')).toBeVisible();
  const r = expected.results.find((x) => x.label === '企业0有限公司');
  await expect(widget.getByTestId('overall-level')).toHaveAttribute('data-level', r.level);
});

test('a .csv file is read like pasted text, and the list is kept until cleared', async ({ page }) => {
  const parts = await guide(page);
  const sets = answerSets(3, 40);
  const csv = ['企业,链接', ...sets.map((a, i) => `"企业${i}","${SITE}#r=${payload(a)}"`)].join('\r\n');
  await openReader(page);
  await page.getByTestId('reader-file').setInputFiles({ name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}`) });
  await expect(page.getByTestId('reader-valid')).toHaveText('3');
  await expect(page.getByTestId('reader-row').first()).toContainText('企业0');
  await expect(page.getByTestId('reader-input')).toHaveValue(new RegExp('企业0'));

  await page.reload();
  await expect(page.getByTestId('reader-valid')).toHaveText('3');
  await expect(page.getByTestId('reader-input')).toHaveValue(new RegExp('企业2'));

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '清除列表' }).click();
  await expect(page.getByTestId('reader-input')).toHaveValue('');
  await expect(page.getByTestId('reader-row')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('reader-input')).toHaveValue('');
  expect(parts).toHaveLength(3);
});

test('the read button reads again, and text without links says so', async ({ page }) => {
  await openReader(page);
  await paste(page, '没有链接的文字\nhttps://www.example.gov.cn/#top');
  await expect(page.locator('.no-links')).toHaveText('没有找到自评结果链接。');
  await page.getByTestId('reader-read').click();
  await expect(page.locator('.no-links')).toBeVisible();
});

test('storage unavailable: the reader works and says the list will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await openReader(page);
  await expect(page.getByRole('status').locator('p')).toHaveText(['此浏览器不允许保存粘贴的链接（例如无痕模式）：汇总照常可用，但关闭页面后列表不会保留。']);
  await paste(page, `甲 ${SITE}#r=${payload(answerSets(1, 40)[0])}`);
  await expect(page.getByTestId('reader-valid')).toHaveText('1');
});

test('storage full: the reader works and says the list cannot be kept', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name, value) {
      if (name === 'selfcheck:reader') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, name, value);
    };
  });
  await openReader(page);
  await paste(page, `甲 ${SITE}#r=${payload(answerSets(1, 40)[0])}`);
  await expect(page.getByTestId('reader-valid')).toHaveText('1');
  await expect(page.getByRole('status').locator('p')).toHaveText(['浏览器存储空间已满，粘贴的链接无法保存：汇总照常可用，但关闭页面后列表不会保留。']);
});

test('an unreadable kept list is set aside with a notice', async ({ page }) => {
  await openReader(page);
  await page.evaluate(() => localStorage.setItem('selfcheck:reader', 'not the reader format'));
  await page.reload();
  await expect(page.getByRole('status').locator('p')).toHaveText(['之前保存的链接列表无法读取，已另行保留；本次从空白开始。']);
  const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('selfcheck:reader:unreadable:')).map((k) => localStorage.getItem(k)));
  expect(aside).toEqual(['not the reader format']);
});

test('English, large text, 320 px and axe: no WCAG 2.1 A/AA violation', async ({ page }) => {
  const parts = await guide(page);
  const { text } = chatExport(parts, 60);
  await page.setViewportSize({ width: 320, height: 800 });
  await openReader(page, 'reader.html?lang=en');
  await expect(page.locator('h1')).toHaveText('Cloud adoption self-checks: many results at once');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await paste(page, text);
  await expect(page.getByTestId('reader-valid')).not.toHaveText('0');
  await page.getByTestId('large-text').click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('the widget links to the reader discreetly, in its language', async ({ page }) => {
  await open(page, '/?lang=en');
  const link = page.getByTestId('reader-link');
  await expect(link).toHaveText('Read many results at once (for authorities)');
  await link.click();
  await expect(page).toHaveURL(/reader\.html\?lang=en$/);
  await expect(page.getByTestId('reader-input')).toBeVisible();
});

test('a file dropped on the box is read', async ({ page }) => {
  await openReader(page);
  const text = `甲公司 ${SITE}#r=${payload(answerSets(1, 40)[0])}`;
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'list.txt', { type: 'text/plain' }));
    return transfer;
  }, text);
  await page.getByTestId('reader-input').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByTestId('reader-valid')).toHaveText('1');
  await expect(page.getByTestId('reader-row')).toContainText('甲公司');
});

test('the printed report: A4, with the date and guide version, no controls', async ({ page }) => {
  const parts = await guide(page);
  const { text, expected } = chatExport(parts, 40);
  await openReader(page);
  await paste(page, text);
  await expect(page.getByTestId('reader-row')).toHaveCount(expected.results.length);
  await page.emulateMedia({ media: 'print' });
  const header = page.locator('.print-header');
  await expect(header).toBeVisible();
  const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
  await expect(header).toContainText('第 1 版');
  await expect(header).toContainText(today);
  await expect(header).toContainText(`${expected.results.length} 家企业`);
  for (const hidden of ['.list-input', '.table-actions', '.toolbar']) await expect(page.locator(hidden)).toBeHidden();
  await expect(page.getByTestId('reader-row').last()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
