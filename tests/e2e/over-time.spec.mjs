// Results over time: dated snapshots, before/after comparisons, and a link
// that opens the same comparison read-only in another browser.
import { test, expect, accessibilityViolations, open, answer, answerAll, radio, stored, watch } from './fixtures.mjs';

const SNAPSHOTS_KEY = 'selfcheck:cloud-adoption:snapshots';
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const comparePart = (page, part) => page.locator(`[data-testid=compare-part][data-part=${part}]`);

async function saveSnapshot(page, note) {
  await page.getByLabel('备注（可选）').fill(note);
  await page.getByTestId('snapshot-save').click();
}

test('save a snapshot, change answers, compare; a colleague opens the same comparison', async ({ page, freshPage }) => {
  await open(page);
  await answerAll(page, 'infra.', '1');
  await saveSnapshot(page, '2026 年申报前');
  const snapshot = page.getByTestId('snapshot');
  await expect(snapshot).toHaveCount(1);
  await expect(snapshot).toHaveAttribute('data-date', today());
  await expect(snapshot).toContainText('2026 年申报前');

  // It survives a reload.
  await page.reload();
  await expect(page.getByTestId('snapshot')).toHaveCount(1);

  await answerAll(page, 'infra.', '3');
  await answer(page, 'mgmt.office.files', '2');
  await page.getByRole('button', { name: '与当前答案对比' }).click();
  const compare = page.getByTestId('compare');
  await expect(compare).toBeVisible();
  await expect(comparePart(page, 'infra')).toHaveAttribute('data-before', '33');
  await expect(comparePart(page, 'infra')).toHaveAttribute('data-after', '100');
  await expect(comparePart(page, 'mgmt')).toHaveAttribute('data-before', '0');
  await expect(comparePart(page, 'mgmt')).toHaveAttribute('data-after', '6');
  await expect(page.getByTestId('compare-level')).toHaveText('上云等级：L0 未上云 → L1 基础上云');
  // Each side named: the saved result by its date, then the answers now.
  await expect(compare.locator('caption')).toHaveText(`${today()} 保存的结果 → 当前答案`);
  await expect(compare.locator('.changed-items li')).toHaveCount(8);
  await expect(compare.locator('.changed-items')).toContainText('服务器：部分上云 → 深度用云');
  await expect(compare.locator('.still-needed')).toContainText('应用上云');

  const link = await page.getByTestId('compare-link').inputValue();
  expect(new URL(link).hash).toMatch(/^#c=[A-Za-z0-9_-]{27}\.[A-Za-z0-9_-]{27}$/);
  await freshPage.goto(link);
  await expect(freshPage.getByTestId('shared-banner').locator('.shared-banner-text')).toHaveText('您正在查看他人分享的对比（只读）。');
  await expect(comparePart(freshPage, 'infra')).toHaveAttribute('data-before', '33');
  await expect(comparePart(freshPage, 'infra')).toHaveAttribute('data-after', '100');
  await expect(comparePart(freshPage, 'mgmt')).toHaveAttribute('data-after', '6');
  await expect(freshPage.getByTestId('compare').locator('caption')).toHaveText('之前 → 之后');
  expect(await freshPage.locator('input[type=radio]').evaluateAll((rs) => rs.every((r) => r.disabled))).toBe(true);
  // Read-only: it saves nothing in the colleague's browser.
  expect(await stored(freshPage)).toBeNull();
  expect(await freshPage.evaluate((key) => localStorage.getItem(key), SNAPSHOTS_KEY)).toBeNull();

  // The same link in English: English words and punctuation throughout.
  const english = new URL(link);
  english.search = '?lang=en';
  await freshPage.goto(english.href);
  await expect(freshPage.getByTestId('shared-banner').locator('.shared-banner-text')).toHaveText('You are viewing a comparison someone shared (read-only).');
  await expect(freshPage.getByTestId('compare-level')).toHaveText('Level: L0 Not yet on the cloud → L1 Infrastructure on the cloud');
  await expect(freshPage.locator('.changed-items li').first()).toHaveText('Servers: Partly on the cloud → Deeply on the cloud');
  await expect(freshPage.getByTestId('compare').locator('caption')).toHaveText('Before → After');
  expect(await freshPage.getByTestId('compare').textContent()).not.toMatch(/[：（），。、]/);
});

test('a comparison link never touches the visitor\'s own progress or snapshots', async ({ page, freshPage }) => {
  await open(page);
  await answerAll(page, 'infra.', '2');
  await saveSnapshot(page, '');
  await answer(page, 'infra.it.server', '3');
  await page.getByRole('button', { name: '与当前答案对比' }).click();
  const link = await page.getByTestId('compare-link').inputValue();

  await open(freshPage);
  await answer(freshPage, 'biz.marketing.website', '1');
  await saveSnapshot(freshPage, '我的');
  const progress = await stored(freshPage);
  const snapshots = await freshPage.evaluate((key) => localStorage.getItem(key), SNAPSHOTS_KEY);
  await freshPage.goto(link);
  await expect(comparePart(freshPage, 'infra')).toHaveAttribute('data-before', '67');
  expect(await stored(freshPage)).toBe(progress);
  expect(await freshPage.evaluate((key) => localStorage.getItem(key), SNAPSHOTS_KEY)).toBe(snapshots);
  await freshPage.getByRole('button', { name: '开始我的自评' }).click();
  await expect(freshPage.getByTestId('snapshot')).toHaveCount(1);
  await expect(freshPage.getByTestId('snapshot')).toContainText('我的');
});

test('saving is offered when every item is first answered; two snapshots compared; one deleted', async ({ page }) => {
  await open(page);
  await answerAll(page, '', '1');
  const offer = page.locator('.snapshot-offer');
  await expect(offer).toHaveText('全部 40 项已答完。保存本次结果，日后可与新的自评对比。');
  await expect(offer).toHaveAttribute('role', 'status');
  await saveSnapshot(page, '第一次');
  await expect(offer).toHaveCount(0);

  await answerAll(page, 'biz.', '3');
  await saveSnapshot(page, '第二次');
  await expect(page.getByTestId('snapshot')).toHaveCount(2);
  const chooser = page.locator('.compare-chooser');
  await chooser.getByLabel('之前').selectOption({ index: 0 });
  await chooser.getByLabel('之后').selectOption({ index: 2 });
  await chooser.getByRole('button', { name: '对比' }).click();
  await expect(comparePart(page, 'biz')).toHaveAttribute('data-before', '33');
  await expect(comparePart(page, 'biz')).toHaveAttribute('data-after', '100');

  page.once('dialog', (dialog) => dialog.accept());
  await page.getByTestId('snapshot').first().getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
  await expect(page.getByTestId('snapshot')).toContainText('第二次');
  await expect(page.getByTestId('compare')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
});

test('unreadable saved snapshots are set aside with a notice; the readable ones stay', async ({ page }) => {
  await open(page);
  await answer(page, 'infra.it.server', '2');
  await saveSnapshot(page, '好的');
  const good = await page.evaluate((key) => localStorage.getItem(key), SNAPSHOTS_KEY);
  const broken = `${good}garbage line\n`;
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [SNAPSHOTS_KEY, broken]);
  await page.reload();
  // About the saved results, not the progress: the answers are fine.
  await expect(page.getByRole('status').locator('p')).toHaveText(['之前保存的结果有一部分无法读取，已另行保留；其余的照常列出。您的答案不受影响。']);
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
  await expect(radio(page, 'infra.it.server', '2')).toBeChecked();
  const aside = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)).map((k) => localStorage.getItem(k)), SNAPSHOTS_KEY);
  expect(aside).toEqual([broken]);
});

test('storage full when a snapshot is saved: it stays listed for this visit, and the visitor is told', async ({ page }) => {
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name, value) {
      if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, name, value);
    };
  }, SNAPSHOTS_KEY);
  await open(page);
  await answer(page, 'infra.it.server', '2');
  await expect(page.getByRole('status')).toHaveCount(0);
  await saveSnapshot(page, '存不下');
  await expect(page.getByTestId('snapshot')).toContainText('存不下');
  // About this result, not the answers, which are kept.
  await expect(page.getByRole('status').locator('p')).toHaveText(['浏览器存储空间已满，这份结果没有保存：它只在页面打开期间列出。您的答案不受影响。']);
  await answer(page, 'infra.it.database', '1');
  expect(await stored(page)).toContain('infra.it.database=1');
});

test('keyboard and axe: the snapshot list and the comparison', async ({ page }) => {
  await open(page);
  await answerAll(page, 'infra.', '2');
  await page.getByLabel('备注（可选）').focus();
  await page.keyboard.type('键盘');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('snapshot-save')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('snapshot')).toContainText('键盘');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '与当前答案对比' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare')).toBeVisible();

  expect(await accessibilityViolations(page)).toEqual([]);
});

for (const [lang, path, button, altText] of [
  ['Chinese', '/', '生成分享图', (score, level) => `综合得分 ${score}，等级：${level}`],
  ['English', '/?lang=en', 'Make a picture to share', (score, level) => `overall score ${score}, level: ${level}`],
]) {
  test(`the share picture (${lang}): a PNG at least 750 px wide, its alt and its QR code`, async ({ page }) => {
    const { execFileSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    await open(page, path);
    await answerAll(page, 'infra.', '2');
    await page.getByTestId('large-text').click();
    await page.getByRole('button', { name: button }).click();
    const image = page.getByTestId('share-image');
    await expect(image).toBeVisible();
    const score = await page.getByTestId('overall-score').textContent();
    const level = await page.getByTestId('overall-level').textContent();
    await expect(image).toHaveAttribute('alt', new RegExp(altText(score, level)));
    const { width, height, src } = await image.evaluate((img) => ({ width: img.naturalWidth, height: img.naturalHeight, src: img.src }));
    expect(width).toBeGreaterThanOrEqual(750);
    expect(height).toBeGreaterThan(width);
    expect(src).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(src.split(',')[1], 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const file = test.info().outputPath('share.png');
    writeFileSync(file, png);
    const scanned = execFileSync('zbarimg', ['--quiet', '--raw', file], { stdio: ['ignore', 'pipe', 'ignore'] });
    expect(scanned.toString().trim()).toBe(await page.getByTestId('share-link').inputValue());
    // A changed result makes the picture out of date: it goes.
    await answer(page, 'infra.it.server', '3');
    await expect(image).toHaveCount(0);
  });
}

test('the share picture takes its colours from the page\'s computed style', async ({ page }) => {
  await open(page);
  await answerAll(page, 'infra.', '2');
  // The page's look changed through the CSSOM, as a site's theme would.
  await page.evaluate(() => {
    document.documentElement.style.setProperty('--accent', '#c00000');
    document.documentElement.style.setProperty('--paper', '#fff8e0');
  });
  await page.getByRole('button', { name: '生成分享图' }).click();
  await expect(page.getByTestId('share-image')).toBeVisible();
  // The strip along the top is the accent; below it, the paper.
  const pixels = await page.getByTestId('share-image').evaluate(async (img) => {
    await img.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
    const context = canvas.getContext('2d');
    context.drawImage(img, 0, 0);
    const at = (x, y) => Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3));
    return { strip: at(10, 8), paper: at(10, 40) };
  });
  expect(pixels).toEqual({ strip: [192, 0, 0], paper: [255, 248, 224] });
});

test('the saved results, the comparison and the share picture are fetched on first use; a failed fetch is said in place, loses nothing, and a retry works', async ({ page, freshPage, errors }) => {
  const module = /\/split_on_click-[0-9a-f]{16}\.wasm$/;
  const unavailable = '这项功能未能加载（可能网络已断开），请稍后再试。您的答案不受影响。';
  const fetched = [];
  page.on('request', (r) => { if (module.test(r.url())) fetched.push(r.url()); });
  await open(page);
  await page.waitForLoadState('networkidle');
  expect(fetched, 'not fetched at start').toEqual([]);

  // Offline at the first click: the share picture says so beside its button,
  // the saved results in their place; the answers and the snapshot are kept.
  await page.route(module, (route) => route.abort('internetdisconnected'));
  await answerAll(page, 'infra.', '2');
  const progress = await stored(page);
  const shareBox = page.locator('.share-image-box');
  await shareBox.getByRole('button', { name: '生成分享图' }).click();
  await expect(shareBox.getByRole('status')).toHaveText(unavailable);
  await expect(page.getByTestId('share-image')).toHaveCount(0);
  await saveSnapshot(page, '离线');
  const saved = page.locator('.saved-results');
  await expect(saved.getByRole('status')).toHaveText(unavailable);
  expect(await stored(page)).toBe(progress);
  // The fetches' failures are in the console (the browser's and the loader's): expected here.
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), errors.join('\n')).toBe(true);
  errors.length = 0;

  // Back online: the retry fetches the module and writes the saved results.
  await page.unroute(module);
  await saved.getByRole('button', { name: '重试' }).click();
  await expect(page.getByTestId('snapshot')).toContainText('离线');
  // The snapshot saved offline was kept.
  await page.reload();
  await expect(page.getByTestId('snapshot')).toContainText('离线');
  const tries = fetched.length;
  // The comparison and the share picture are in the same module: no fetch more.
  await answer(page, 'mgmt.office.files', '2');
  await page.getByRole('button', { name: '与当前答案对比' }).click();
  await expect(comparePart(page, 'mgmt')).toHaveAttribute('data-after', '6');
  await shareBox.getByRole('button', { name: '生成分享图' }).click();
  await expect(page.getByTestId('share-image')).toBeVisible();
  await expect(shareBox.getByRole('status')).toHaveCount(0);
  expect(fetched).toHaveLength(tries);

  // A comparison link opened offline: said in place, with a retry that works.
  const link = await page.getByTestId('compare-link').inputValue();
  await freshPage.route(module, (route) => route.abort('internetdisconnected'));
  await freshPage.goto(link);
  const compare = freshPage.getByTestId('compare');
  await expect(compare.getByRole('status')).toHaveText(unavailable);
  await expect(compare).toHaveAttribute('aria-busy', 'false');
  await freshPage.unroute(module);
  await compare.getByRole('button', { name: '重试' }).click();
  await expect(comparePart(freshPage, 'mgmt')).toHaveAttribute('data-after', '6');
  await expect(compare.getByRole('status')).toHaveCount(0);
  // Only that failed fetch is in the console again.
  expect(errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), errors.join('\n')).toBe(true);
  errors.length = 0;
});

test('served without application/wasm, as some hosts do, the widget starts and its module loads', async ({ page }) => {
  await page.route(/\.wasm$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await open(page);
  await answerAll(page, 'infra.', '2');
  await page.getByRole('button', { name: '生成分享图' }).click();
  await expect(page.getByTestId('share-image')).toBeVisible();
  await saveSnapshot(page, '');
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
});

test('a page left open overnight dates what it saves and prints the day it happens', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T23:50:00'));
  await open(page);
  await answerAll(page, 'infra.', '2');
  const printed = page.locator('.print-header p').nth(1);
  await expect(printed).toContainText('2026-11-30');
  // Past midnight, the page still open.
  await page.clock.setFixedTime(new Date('2026-12-01T00:10:00'));
  await saveSnapshot(page, '');
  await expect(page.getByTestId('snapshot')).toHaveAttribute('data-date', '2026-12-01');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(printed).toContainText('2026-12-01');

  // The officials' reader's printed report too.
  const link = await page.getByTestId('share-link').inputValue();
  await page.clock.setFixedTime(new Date('2026-12-01T23:55:00'));
  await page.goto('reader.html');
  await page.getByTestId('reader-input').fill(link);
  await expect(page.getByTestId('reader-valid')).toContainText('1');
  const report = page.locator('.print-header p').nth(1);
  await expect(report).toContainText('2026-12-01');
  await page.clock.setFixedTime(new Date('2026-12-02T00:05:00'));
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(report).toContainText('2026-12-02');
});

for (const [blocked, block] of [
  ['no 2D context', () => { HTMLCanvasElement.prototype.getContext = () => null; }],
  ['reading the canvas refused', () => { HTMLCanvasElement.prototype.toDataURL = () => { throw new DOMException('blocked', 'SecurityError'); }; }],
]) {
  test(`where the browser lets no page draw (${blocked}), the share picture says why and the rest works`, async ({ page }) => {
    await page.addInitScript(block);
    await open(page);
    await answerAll(page, 'infra.', '2');
    await page.getByRole('button', { name: '生成分享图' }).click();
    await expect(page.locator('.share-image-box [role=status]')).toHaveText('此浏览器不允许网页绘制图片（多为隐私设置所致），无法生成分享图。结果链接照常可用，可复制后发送。');
    await expect(page.getByTestId('share-image')).toHaveCount(0);
    await expect(page.getByTestId('share-link')).toHaveValue(/#r=/);
    await answer(page, 'mgmt.office.files', '1');
    await expect(page.getByTestId('progress')).toContainText('8/40');
  });
}

test('two tabs of one browser: each one\'s snapshot is kept, a delete stays deleted, and both tabs\' answers are kept', async ({ page, context, errors }) => {
  // Both open before anything is saved, as two tabs left open.
  const other = watch(await context.newPage(), errors);
  await open(page);
  await open(other);
  const notes = (tab) => tab.getByTestId('snapshot').locator('.snapshot-note').allTextContents();

  await answer(page, 'infra.it.server', '2');
  await saveSnapshot(page, '甲');
  await answer(other, 'infra.it.database', '3');
  await saveSnapshot(other, '乙');
  await expect.poll(() => notes(page)).toEqual(['甲', '乙']);
  await expect.poll(() => notes(other)).toEqual(['甲', '乙']);

  // A delete in one tab, then a save in the other: the deleted one stays gone.
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByTestId('snapshot').filter({ hasText: '甲' }).getByRole('button', { name: '删除' }).click();
  await expect.poll(() => notes(other)).toEqual(['乙']);
  await saveSnapshot(other, '丙');
  await expect.poll(() => notes(page)).toEqual(['乙', '丙']);

  // All of it after a reload, and both tabs' answers.
  for (const tab of [page, other]) {
    await tab.reload();
    await expect(tab.locator('fieldset[data-item]')).toHaveCount(40);
    // The list comes with the module fetched on first use.
    await expect.poll(() => notes(tab)).toEqual(['乙', '丙']);
    await expect(radio(tab, 'infra.it.server', '2')).toBeChecked();
    await expect(radio(tab, 'infra.it.database', '3')).toBeChecked();
  }
  expect(await page.evaluate((key) => localStorage.getItem(key), SNAPSHOTS_KEY)).toMatch(/^selfcheck-snapshots 2\n\d+ \d{4}-\d\d-\d\d \S+ 乙\n\d+ \d{4}-\d\d-\d\d \S+ 丙\n$/);
});

test('snapshots saved before they had ids are read, and written with ids at the next change', async ({ page }) => {
  await open(page);
  const v1 = await answerSetPayload(page);
  await page.evaluate(([key, text]) => localStorage.setItem(key, text), [SNAPSHOTS_KEY, `selfcheck-snapshots 1\n2026-01-05 ${v1} 旧的\n2026-02-06 ${v1} 第二个\n`]);
  await page.reload();
  await expect(page.getByTestId('snapshot')).toHaveCount(2);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByTestId('snapshot').filter({ hasText: '旧的' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
  expect(await page.evaluate((key) => localStorage.getItem(key), SNAPSHOTS_KEY)).toBe(`selfcheck-snapshots 2\n2 2026-02-06 ${v1} 第二个\n`);
});

/** The payload of a result link of one answer, as the widget makes it. */
async function answerSetPayload(page) {
  await answer(page, 'infra.it.server', '1');
  return new URL(await page.getByTestId('share-link').inputValue()).hash.slice(3);
}

test('saved results left unreadable by another tab are set aside when this tab saves, not written over', async ({ page }) => {
  await open(page);
  await answer(page, 'infra.it.server', '2');
  await page.evaluate((key) => localStorage.setItem(key, 'not the snapshots format'), SNAPSHOTS_KEY);
  await saveSnapshot(page, '新的');
  await expect(page.getByTestId('snapshot')).toHaveCount(1);
  await expect(page.getByRole('status').locator('p')).toHaveText(['之前保存的结果有一部分无法读取，已另行保留；其余的照常列出。您的答案不受影响。']);
  const aside = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)).map((k) => localStorage.getItem(k)), SNAPSHOTS_KEY);
  expect(aside).toEqual(['not the snapshots format']);
  expect(await page.evaluate((key) => localStorage.getItem(key), SNAPSHOTS_KEY)).toMatch(/^selfcheck-snapshots 2\n\d+ \d{4}-\d\d-\d\d \S+ 新的\n$/);
});
