// Pictures of the real page, Chinese and English, wide and at phone width.
// Written to tests/output/screenshots/, or with UPDATE_SCREENSHOTS=1 to
// tests/e2e/screenshots/, where the README shows them.
import { test, expect, open, answerAll, answer } from './fixtures.mjs';

const dir = new URL(process.env.UPDATE_SCREENSHOTS === '1' ? './screenshots/' : '../output/screenshots/', import.meta.url).pathname;

async function fillExample(page) {
  await answerAll(page, 'infra.', '2');
  await answerAll(page, 'mgmt.office.', '2');
  await answerAll(page, 'mgmt.finance.', '1');
  await answer(page, 'biz.marketing.website', '3');
  await answer(page, 'biz.marketing.ecommerce', '1');
}

for (const [name, path, width, height] of [
  ['result-zh-wide', '/', 1280, 900],
  ['result-en-wide', '/?lang=en', 1280, 900],
  ['phone-zh', '/', 360, 780],
  ['phone-en', '/?lang=en', 360, 780],
]) {
  test(`screenshot ${name}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await open(page, path);
    await fillExample(page);
    const horizontalOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(horizontalOverflow).toBeLessThanOrEqual(0);
    if (width < 600) await page.locator('#group-infra\\.it').scrollIntoViewIfNeeded();
    else await page.evaluate(() => window.scrollTo(0, 0));
    // A part that comes back on screen after a jump is drawn a frame or two
    // later (`content-visibility: auto`): wait for it, as the eye would.
    await expect(page.locator('fieldset[data-item="infra.it.server"]')).toBeInViewport();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: `${dir}${name}.png` });
  });
}

test('screenshot reader-zh-wide', async ({ page }) => {
  const { answerSets, payload } = await import('./result-links.mjs');
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto('reader.html');
  const sets = answerSets(120, 40);
  const names = ['华信科技', '安达物流', '新宇机械', '海川食品', '博远电子', '金石建材'];
  const lines = sets.map((a, i) => `${names[i % names.length]}${i + 1}号有限公司：https://www.example.gov.cn/zt/shangyun/?from=singlemessage#r=${payload(a)}`);
  lines.splice(7, 0, `瑞丰纺织：https://www.example.gov.cn/zt/shangyun/#r=${payload(sets[3]).slice(0, 18)}`);
  await page.getByTestId('reader-input').fill(lines.join('\n'));
  await expect(page.getByTestId('reader-valid')).toHaveText('120');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${dir}reader-zh-wide.png` });
});

test('screenshot compare-zh and share-image-zh', async ({ page }) => {
  const { writeFileSync } = await import('node:fs');
  await page.setViewportSize({ width: 420, height: 900 });
  await open(page);
  await answerAll(page, 'infra.', '1');
  await answerAll(page, 'mgmt.office.', '1');
  await page.getByLabel('备注（可选）').fill('2025 年申报前');
  await page.getByTestId('snapshot-save').click();
  await fillExample(page);
  await answerAll(page, 'mgmt.hr.', '2');
  await page.getByRole('button', { name: '与当前答案对比' }).click();
  const box = page.locator('.comparison-box');
  await expect(box).toBeVisible();
  // At the top, so that the panel's box is in page coordinates.
  await page.evaluate(() => window.scrollTo(0, 0));
  const panel = await page.locator('.snapshot-panel').boundingBox();
  await page.screenshot({ path: `${dir}compare-zh.png`, fullPage: true, clip: panel });
  await page.getByRole('button', { name: '生成分享图' }).click();
  const src = await page.getByTestId('share-image').getAttribute('src');
  writeFileSync(`${dir}share-image-zh.png`, Buffer.from(src.split(',')[1], 'base64'));
});

test('screenshot reader-segments-zh and benchmark-zh', async ({ page }) => {
  const { readFileSync } = await import('node:fs');
  const { answerSets, payload, PROFILE } = await import('./result-links.mjs');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('reader.html');
  const [industries, sizes] = PROFILE.map((field) => field.codes);
  const lines = answerSets(300, 40).map((answers, i) => {
    const profile = { industry: industries[[2, 2, 2, 8, 5, 4, 6][i % 7]], size: i % 9 === 0 ? '' : sizes[i % 4] };
    return `企业${i + 1}：https://www.example.gov.cn/zt/shangyun/#r=${payload(answers, { profile })}`;
  });
  await page.getByTestId('reader-input').fill(lines.join('\n'));
  await expect(page.getByTestId('reader-valid')).toHaveText('300');
  const segments = page.locator('.segments');
  await segments.scrollIntoViewIfNeeded();
  await segments.screenshot({ path: `${dir}reader-segments-zh.png` });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reader-benchmark-export').click()]);
  const benchmark = readFileSync(await download.path(), 'utf8');

  await page.route(/\/benchmark\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: benchmark }));
  await page.setViewportSize({ width: 420, height: 900 });
  await open(page);
  await fillExample(page);
  await page.getByTestId('profile-industry').selectOption('C');
  await page.getByTestId('profile-size').selectOption('small');
  // The standing is written again after each answer: wait for the one
  // that places the chosen size too, then take it.
  const standing = page.getByTestId('benchmark');
  await expect(standing.locator('[data-field=size]')).toBeVisible();
  await standing.screenshot({ path: `${dir}benchmark-zh.png` });
});

for (const lang of ['zh', 'en']) {
  test(`screenshot plan-${lang}: an item's notes and the action plan, at phone width`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, lang === 'en' ? '/?lang=en' : '/');
    await fillExample(page);
    await page.locator('[data-testid=item-notes-toggle][data-item="mgmt.office.video"]').click();
    await page.locator('[data-testid=item-note][data-item="mgmt.office.video"]').fill(lang === 'en' ? 'On Tencent Meeting since March; contract no. HT-2025-031.' : '3 月起使用腾讯会议，合同编号 HT-2025-031。');
    for (const kind of ['contract', 'invoice', 'payment']) await page.locator(`[data-testid=evidence][data-item="mgmt.office.video"][data-kind=${kind}]`).check();
    await page.getByTestId('plan-from-next-steps').click();
    const rows = page.getByTestId('plan-row');
    await expect(rows.first()).toBeVisible();
    await rows.nth(0).getByTestId('plan-owner').fill(lang === 'en' ? 'IT: Wang Li' : '信息部 王丽');
    await rows.nth(0).getByTestId('plan-date').fill('2026-11-30');
    await rows.nth(0).getByTestId('plan-status').selectOption('doing');
    await expect(rows.nth(0)).toHaveAttribute('data-overdue', '');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('fieldset[data-item="mgmt.office.video"]').screenshot({ path: `${dir}notes-${lang}.png` });
    // Tall enough for the whole plan, so that the bottom bar is not over it.
    await page.setViewportSize({ width: 390, height: 3000 });
    await page.getByTestId('plan').scrollIntoViewIfNeeded();
    await page.getByTestId('plan').screenshot({ path: `${dir}plan-${lang}.png` });
  });
}
