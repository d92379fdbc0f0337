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
    await page.screenshot({ path: `${dir}${name}.png` });
  });
}
