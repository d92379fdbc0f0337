// From a score to a plan: a note and evidence per item, an action plan
// with owners, dates and what it leads to, kept like everything else the
// widget keeps (and never in a link), carried in the records file, and
// printed in the report to sign.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import {
  test, expect, accessibilityViolations, open, answer, answerAll, stored, overallScore, overallLevel,
} from './fixtures.mjs';

const NOTEBOOK_KEY = 'selfcheck:cloud-adoption:notebook';
const notebook = async (page) => JSON.parse(await page.evaluate((key) => localStorage.getItem(key), NOTEBOOK_KEY));
const toggle = (page, item) => page.locator(`[data-testid=item-notes-toggle][data-item="${item}"]`);
const row = (page, item) => page.locator(`[data-testid=plan-row][data-item="${item}"]`);
const field = (page, item, name) => row(page, item).getByTestId(`plan-${name}`);

/** Opens an item's note and evidence, and writes `note`. */
async function writeNote(page, item, note) {
  if (await toggle(page, item).getAttribute('aria-expanded') !== 'true') await toggle(page, item).click();
  await page.locator(`[data-testid=item-note][data-item="${item}"]`).fill(note);
}

const evidence = (page, item, kind) => page.locator(`[data-testid=evidence][data-item="${item}"][data-kind=${kind}]`);

/**
 * The next steps on screen: each step's item and the answer it needs, once
 * they follow the last answer (they are worked out after its frame).
 */
async function nextSteps(page) {
  await stored(page);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return page.locator('[data-testid=next-steps] [data-testid=plan-add]')
    .evaluateAll((buttons) => buttons.map((b) => [b.dataset.item, b.dataset.target]));
}

test('each item opens a note and evidence on demand; they are kept over a reload', async ({ page }) => {
  await open(page);
  await expect(page.getByTestId('item-notes-toggle')).toHaveCount(40);
  // Nothing of the notes is in the page until asked for.
  await expect(page.getByTestId('item-note')).toHaveCount(0);
  await expect(page.getByTestId('evidence')).toHaveCount(0);
  await expect(page.getByTestId('plan')).toBeEmpty();
  await expect(page.getByTestId('plan')).toBeAttached();

  const server = toggle(page, 'infra.it.server');
  await expect(server).toHaveAttribute('aria-expanded', 'false');
  await expect(server).toHaveAccessibleName('备注与凭证');
  await expect(page.locator('fieldset[data-item="infra.it.server"]')).toContainText('服务器');
  await server.click();
  await expect(server).toHaveAttribute('aria-expanded', 'true');
  const note = page.locator('[data-testid=item-note][data-item="infra.it.server"]');
  await expect(note).toHaveAttribute('maxlength', '1000');
  await expect(page.getByLabel('备注（最多 1000 字）')).toHaveCount(1);
  const kinds = await page.locator('[data-testid=evidence][data-item="infra.it.server"]').evaluateAll(
    (boxes) => boxes.map((b) => [b.dataset.kind, b.closest('label').textContent.trim()]),
  );
  expect(kinds).toEqual([['contract', '合同'], ['invoice', '发票'], ['payment', '付款凭证'], ['screenshot', '系统截图'], ['bill', '云服务账单']]);

  await note.fill('2025 年起使用云服务器，合同编号 HT-001');
  await evidence(page, 'infra.it.server', 'contract').check();
  await evidence(page, 'infra.it.server', 'invoice').check();
  await evidence(page, 'infra.it.server', 'contract').uncheck();
  // Answering the item leaves its evidence as it was.
  await answer(page, 'infra.it.server', '2');
  await expect(evidence(page, 'infra.it.server', 'invoice')).toBeChecked();

  const kept = await notebook(page);
  expect(kept.notes).toHaveLength(1);
  expect(kept.notes[0]).toMatchObject({ item: 'infra.it.server', note: '2025 年起使用云服务器，合同编号 HT-001', evidence: ['invoice'] });
  expect(kept.notes[0].changed).toBeGreaterThan(Date.now() - 60_000);

  // Closed again, the note leaves the page; a reload keeps it.
  await server.click();
  await expect(page.getByTestId('item-note')).toHaveCount(0);
  await page.reload();
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await toggle(page, 'infra.it.server').click();
  await expect(note).toHaveValue('2025 年起使用云服务器，合同编号 HT-001');
  await expect(evidence(page, 'infra.it.server', 'invoice')).toBeChecked();
  await expect(evidence(page, 'infra.it.server', 'contract')).not.toBeChecked();
  // A note longer than 1,000 characters is cut there.
  await note.evaluate((el) => { el.removeAttribute('maxlength'); });
  await note.fill('长'.repeat(1200));
  await expect.poll(async () => (await notebook(page)).notes[0].note.length).toBe(1000);
});

test('the next steps go into the plan with their targets, and its outcome is what the engine gives', async ({ page, freshPage }) => {
  await open(page);
  await answerAll(page, 'infra.', '1');
  const steps = await nextSteps(page);
  expect(steps.length).toBeGreaterThan(0);
  await expect(page.getByTestId('plan-add').first()).toHaveAccessibleName(/^加入计划：/);

  // One step, then all of them: each once, with the answer its step needs.
  await page.locator(`[data-testid=next-steps] [data-testid=plan-add][data-item="${steps[0][0]}"]`).click();
  await expect(page.getByTestId('plan-row')).toHaveCount(1);
  await page.getByTestId('plan-from-next-steps').click();
  await expect(page.getByTestId('plan-row')).toHaveCount(steps.length);
  for (const [item, target] of steps) await expect(field(page, item, 'target')).toHaveValue(target);
  // Every target offered is an answer with points above none.
  const offered = await field(page, steps[0][0], 'target').locator('option').evaluateAll((o) => o.map((x) => x.value));
  expect(offered).toEqual(['1', '2', '3']);

  // Any item can be added, from its note, with the answer above its own.
  await toggle(page, 'biz.marketing.crm').click();
  const crm = page.locator('.item-notes [data-testid=plan-add][data-item="biz.marketing.crm"]');
  await expect(crm).toHaveAttribute('data-target', '1');
  await crm.click();
  await expect(page.locator('.item-notes .in-plan')).toHaveText('已在行动计划中。');
  await expect(page.getByTestId('plan-row')).toHaveCount(steps.length + 1);
  await field(page, 'biz.marketing.crm', 'target').selectOption('3');

  // The outcome: what the page itself scores once each planned item has
  // its target (items already above it stay as they are).
  const outcome = page.getByTestId('plan-outcome');
  const planned = [...steps, ['biz.marketing.crm', '3']];
  await open(freshPage);
  await answerAll(freshPage, 'infra.', '1');
  for (const [item, target] of planned) await answer(freshPage, item, target);
  await expect(outcome).toHaveAttribute('data-overall', await overallScore(freshPage).textContent());
  await expect(outcome).toHaveAttribute('data-level', await overallLevel(freshPage).getAttribute('data-level'));
  await expect(outcome).toContainText(`全部按计划完成后：${await overallLevel(freshPage).textContent()}，综合得分 ${await overallScore(freshPage).textContent()}`);

  // Taken out, a row leaves the plan and the outcome with it.
  await row(page, 'biz.marketing.crm').getByTestId('plan-remove').click();
  await expect(page.getByTestId('plan-row')).toHaveCount(steps.length);
  const kept = await notebook(page);
  expect(kept.plan.filter((r) => !r.removed).map((r) => [r.item, r.target])).toEqual(steps);
  expect(kept.plan.find((r) => r.item === 'biz.marketing.crm').removed).toBe(true);
});

test('a row has an owner, a date and a status; one past its date and not done is overdue, in words', async ({ page }) => {
  await open(page);
  await answerAll(page, 'infra.', '1');
  await page.getByTestId('plan-from-next-steps').click();
  const [[item]] = await nextSteps(page);
  await field(page, item, 'owner').fill('信息部 王工');
  await field(page, item, 'date').fill('2020-01-31');
  await expect(row(page, item)).toHaveAttribute('data-overdue', '');
  await expect(row(page, item).locator('.overdue')).toHaveText('已逾期');
  await expect(row(page, item).locator('.overdue')).toBeVisible();
  await expect(page.locator('.plan-summary[role=status]')).toContainText('1 项已逾期。');
  // Typing goes on where it was: the row is not written again under it.
  await field(page, item, 'owner').press('End');
  await field(page, item, 'owner').pressSequentially('（主）');
  await expect(field(page, item, 'owner')).toHaveValue('信息部 王工（主）');
  await expect(field(page, item, 'owner')).toBeFocused();

  await field(page, item, 'status').selectOption('doing');
  await expect(row(page, item)).toHaveAttribute('data-overdue', '');
  await field(page, item, 'status').selectOption('done');
  await expect(row(page, item)).not.toHaveAttribute('data-overdue', '');
  await expect(row(page, item).locator('.overdue')).toBeHidden();
  await expect(page.locator('.plan-summary')).not.toContainText('已逾期');
  await field(page, item, 'status').selectOption('planned');
  await field(page, item, 'date').fill('2999-12-31');
  await expect(row(page, item)).not.toHaveAttribute('data-overdue', '');

  await page.reload();
  await expect(field(page, item, 'owner')).toHaveValue('信息部 王工（主）');
  await expect(field(page, item, 'date')).toHaveValue('2999-12-31');
  await expect(field(page, item, 'status')).toHaveValue('planned');
  const kept = (await notebook(page)).plan.find((r) => r.item === item);
  expect(kept).toMatchObject({ owner: '信息部 王工（主）', date: '2999-12-31', status: 'planned' });
});

test('two open tabs keep each other\'s notes and plan', async ({ page, context }) => {
  await open(page);
  await answerAll(page, 'infra.', '1');
  const other = await context.newPage();
  await open(other);
  await writeNote(page, 'infra.it.database', '数据库已迁到云上');
  await other.getByTestId('plan-from-next-steps').click();
  const [[item]] = await nextSteps(other);
  await expect(page.getByTestId('plan-row')).not.toHaveCount(0);
  await expect(row(page, item)).toBeVisible();
  await field(page, item, 'owner').fill('张三');
  await expect(field(other, item, 'owner')).toHaveValue('张三');
  await toggle(other, 'infra.it.database').click();
  await expect(other.locator('[data-testid=item-note][data-item="infra.it.database"]')).toHaveValue('数据库已迁到云上');
  const kept = await notebook(other);
  expect(kept.notes.map((n) => n.note)).toEqual(['数据库已迁到云上']);
  expect(kept.plan.find((r) => r.item === item).owner).toBe('张三');
});

test('notes and the plan never enter a link or a request', async ({ page }) => {
  const requests = [];
  page.on('request', (request) => requests.push(`${request.url()} ${request.postData() ?? ''}`));
  await open(page);
  await answerAll(page, 'infra.', '2');
  await page.getByLabel('备注（可选）').fill('');
  await page.getByTestId('snapshot-save').click();
  const before = await page.getByTestId('share-link').inputValue();
  await page.getByTestId('records-toggle').click();
  const recordsBefore = await page.getByTestId('records-link').inputValue();

  await writeNote(page, 'infra.it.server', '秘密备注 ABC');
  await evidence(page, 'infra.it.server', 'bill').check();
  await page.getByTestId('plan-from-next-steps').click();
  const [[item]] = await nextSteps(page);
  await field(page, item, 'owner').fill('负责人 XYZ');
  await expect(page.getByTestId('plan-row')).not.toHaveCount(0);

  expect(await page.getByTestId('share-link').inputValue()).toBe(before);
  await expect(page.getByTestId('records-link')).toHaveValue(recordsBefore);
  await page.locator('[data-compare-now]').click();
  const comparison = await page.getByTestId('compare-link').inputValue();
  expect(comparison).not.toMatch(/ABC|XYZ|%/);
  await page.reload();
  await expect(page.getByTestId('plan-row')).not.toHaveCount(0);
  expect(requests.filter((r) => /ABC|XYZ|%E7%A7%98/.test(r))).toEqual([]);
  expect(await page.getByTestId('share-link').inputValue()).toBe(before);
});

test('the records file carries notes and plan, merged item by item, and counts them', async ({ page, freshPage }) => {
  await page.addInitScript(() => {
    window.persistCalls = 0;
    if (navigator.storage) navigator.storage.persist = async () => { window.persistCalls += 1; return false; };
  });
  await open(page);
  await answer(page, 'infra.it.server', '1');
  expect(await page.evaluate(() => window.persistCalls)).toBe(0);
  // A note alone is worth keeping: the browser is asked, the advice shown.
  await writeNote(page, 'infra.it.server', '已签合同');
  await expect.poll(() => page.evaluate(() => window.persistCalls)).toBe(1);
  await expect(page.getByTestId('records-advice')).toHaveCount(1);
  await evidence(page, 'infra.it.server', 'contract').check();
  await page.getByTestId('plan-from-next-steps').click();
  const rows = await page.getByTestId('plan-row').count();
  await page.getByTestId('records-toggle').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('records-export').click()]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const file = Buffer.concat(chunks).toString('utf8');
  const json = JSON.parse(file);
  expect(json.notebook.notes[0]).toMatchObject({ item: 'infra.it.server', note: '已签合同', evidence: ['contract'] });
  expect(json.notebook.plan.filter((r) => !r.removed)).toHaveLength(rows);

  // Another browser with a note of its own for another item keeps it.
  await open(freshPage);
  await writeNote(freshPage, 'mgmt.office.video', '视频会议已上云');
  await freshPage.getByTestId('records-toggle').click();
  await freshPage.getByTestId('records-import').setInputFiles({ name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(freshPage.getByTestId('records-import-result')).toContainText(`备注 1 条，行动计划 ${rows} 项。`);
  await expect(freshPage.getByTestId('plan-row')).toHaveCount(rows);
  const kept = await notebook(freshPage);
  expect(kept.notes.map((n) => n.item).sort()).toEqual(['infra.it.server', 'mgmt.office.video']);
  // Taken in again: nothing new.
  await freshPage.getByTestId('records-import').setInputFiles({ name: 'r.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(freshPage.getByTestId('records-import-result')).toHaveText('这些记录本浏览器都已经有了，没有改动。');

  // A file whose plan names an item this guide does not have is refused whole.
  const bad = JSON.stringify({ ...json, notebook: { ...json.notebook, plan: [{ ...json.notebook.plan[0], item: 'infra.it.gone' }] } });
  const before = await notebook(freshPage);
  await freshPage.getByTestId('records-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await expect(freshPage.getByTestId('records-import-refused')).toContainText('行动计划第 1 项：本自评没有“infra.it.gone”这一项');
  expect(await notebook(freshPage)).toEqual(before);
});

test('a plan entry alone is worth keeping: the browser is asked to keep storage, the advice shown once', async ({ page }) => {
  await page.addInitScript(() => {
    window.persistCalls = 0;
    if (navigator.storage) navigator.storage.persist = async () => { window.persistCalls += 1; return false; };
  });
  await open(page);
  await answerAll(page, 'infra.', '1');
  expect(await page.evaluate(() => window.persistCalls)).toBe(0);
  await expect(page.getByTestId('records-advice')).toHaveCount(0);
  await page.getByTestId('plan-from-next-steps').click();
  await expect(page.getByTestId('plan-row')).not.toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.persistCalls)).toBe(1);
  await expect(page.getByTestId('records-advice')).toHaveCount(1);
  await page.reload();
  await expect(page.getByTestId('plan-row')).not.toHaveCount(0);
  await expect(page.getByTestId('records-advice')).toHaveCount(0);
});

test('a notebook that cannot be read is set aside whole, and said so', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"notes": [broken');
      sessionStorage.setItem('seeded', '1');
    }
  }, NOTEBOOK_KEY);
  await open(page);
  await expect(page.locator('[data-testid=plan] [role=alert]')).toHaveText('本浏览器保存的备注和行动计划无法读取，已原样另存；这里从空白开始。');
  const aside = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)).map((k) => localStorage.getItem(k)), NOTEBOOK_KEY);
  expect(aside).toEqual(['{"notes": [broken']);
  await writeNote(page, 'infra.it.server', '重新开始');
  expect((await notebook(page)).notes[0].note).toBe('重新开始');
});

test('a shared result shows no notes and no plan', async ({ page }) => {
  await open(page);
  await answerAll(page, 'infra.', '1');
  await page.getByTestId('plan-from-next-steps').click();
  const link = await page.getByTestId('share-link').inputValue();
  await page.goto(link);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await expect(page.getByTestId('item-notes-toggle')).toHaveCount(0);
  await expect(page.getByTestId('plan-add')).toHaveCount(0);
  await expect(page.getByTestId('plan')).toHaveCount(0);
  // Carrying on from it (over this browser's answers, once confirmed)
  // brings the notes and plan back.
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByTestId('continue-from-shared').click();
  await expect(page.getByTestId('item-notes-toggle')).toHaveCount(40);
  await expect(page.getByTestId('plan-row')).not.toHaveCount(0);
});

for (const lang of ['zh', 'en']) {
  test(`the printed report holds the plan and every noted item (${lang})`, async ({ page }) => {
    await open(page, lang === 'en' ? '?lang=en' : '');
    await answerAll(page, 'infra.', '1');
    await page.getByTestId('plan-from-next-steps').click();
    const [[item]] = await nextSteps(page);
    await field(page, item, 'owner').fill('Wang Li');
    await field(page, item, 'date').fill('2027-03-31');
    await field(page, item, 'status').selectOption('doing');
    await writeNote(page, 'mgmt.office.video', 'Tencent Meeting since 2024');
    await evidence(page, 'mgmt.office.video', 'invoice').check();
    await evidence(page, 'mgmt.office.video', 'bill').check();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.plan-report')).toBeVisible();
    await expect(page.locator('.plan-rows')).toBeHidden();
    for (const hidden of ['[data-testid=item-notes-toggle]', '.item-notes', '[data-testid=plan-remove]', '[data-testid=plan-from-next-steps]']) {
      await expect(page.locator(hidden).first()).toBeHidden();
    }
    const file = test.info().outputPath(`plan-${lang}.pdf`);
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const words = lang === 'zh'
      ? ['行动计划', '要素', '目标', '负责人', '完成日期', '进度', 'Wang Li', '2027-03-31', '进行中', '备注与凭证', '视频会议系统', 'Tencent Meeting since 2024', '凭证：发票、云服务账单', '本单位承诺以上自评信息真实、准确。']
      : ['Action plan', 'Item', 'Target', 'Owner', 'Due date', 'Status', 'Wang Li', '2027-03-31', 'Under way', 'Notes and evidence', 'Video conferencing', 'Tencent Meeting since 2024', 'Evidence: Invoice, Cloud bill', 'We declare that the self-assessment above is true and accurate.'];
    let at = -1;
    for (const word of words) {
      const found = text.indexOf(word, at + 1);
      expect(found, `"${word}" after what comes before it`).toBeGreaterThan(at);
      at = found;
    }
  });

  test(`the notes and the plan are accessible at 320 px (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 720 });
    await open(page, lang === 'en' ? '?lang=en' : '');
    await answerAll(page, 'infra.', '1');
    await page.getByTestId('plan-from-next-steps').click();
    const [[item]] = await nextSteps(page);
    await field(page, item, 'date').fill('2020-01-01');
    await writeNote(page, 'infra.it.server', 'note');
    await expect(row(page, item)).toHaveAttribute('data-overdue', '');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Every field is labelled.
    for (const name of ['target', 'owner', 'date', 'status']) {
      await expect(field(page, item, name)).toHaveAccessibleName(/\S/);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
