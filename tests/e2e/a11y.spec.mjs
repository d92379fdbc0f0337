// Accessibility (WCAG 2.1 AA, GB/T 37668-2019) and 适老化: axe-core and IBM Equal Access, the
// keyboard, headings, announcements, zoom and narrow screens, user settings.
import { test, expect, accessibilityViolations, holdWasm, open, answer, answerAll, radio, overallLevel } from './fixtures.mjs';

test('axe and IBM: no WCAG 2.1 A/AA violation on the fresh page', async ({ page }) => {
  await open(page);
  expect(await accessibilityViolations(page)).toEqual([]);
});

for (const [lang, width] of [['', 1280], ['?lang=en', 320]]) {
  test(`axe and IBM: none on the opening, answered before the wasm arrives (${width} px${lang && `, ${lang}`})`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    const release = await holdWasm(page);
    await page.goto(lang);
    await page.locator('#prerendered input[name="infra.it.server"][value="2"]').check();
    await page.locator('#prerendered .item-description summary').first().click();
    expect(await accessibilityViolations(page)).toEqual([]);
    release();
    await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  });
}

test('axe and IBM: none on a fully answered page with the table and descriptions open', async ({ page }) => {
  await open(page);
  await answerAll(page, '', '2');
  await answer(page, 'biz.marketing.crm', 'na');
  await page.locator('.chart-table summary').click();
  await page.locator('.item-description summary').first().click();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('axe and IBM: none on the shared view, compared', async ({ page }) => {
  await open(page);
  await answerAll(page, 'infra.', '3');
  const link = await page.getByTestId('share-link').inputValue();
  await answer(page, 'biz.marketing.crm', '1');
  await page.goto(link);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await page.getByRole('button', { name: '与我的结果对比' }).click();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('axe and IBM: none on the English page with a notice', async ({ page }) => {
  await open(page, '/?lang=en#r=1ACDbbbbbbbbbbbbbbbbbbbAzAs');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('axe and IBM: none in large-text mode at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page);
  await page.getByTestId('large-text').click();
  await answerAll(page, 'infra.it.', '1');
  expect(await accessibilityViolations(page)).toEqual([]);
});

test('keyboard only: skip link, Tab to a group, arrows within it, a visible focus ring', async ({ page }) => {
  await open(page);
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#questions')).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');

  // From the first radio group, arrows choose within it.
  await radio(page, 'infra.it.server', '0').focus();
  await page.keyboard.press('Space');
  await expect(radio(page, 'infra.it.server', '0')).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(radio(page, 'infra.it.server', '2')).toBeChecked();
  await expect(page.getByTestId('progress')).toContainText('1/40');
  const ring = await page.locator('[data-item="infra.it.server"] .choice').nth(2)
    .evaluate((label) => { const s = getComputedStyle(label); return [s.outlineStyle, parseFloat(s.outlineWidth)]; });
  expect(ring[0]).toBe('solid');
  expect(ring[1]).toBeGreaterThanOrEqual(2);

  // Tab leaves the group for its notes' toggle, then the next item's
  // description, then its radios.
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-testid=item-notes-toggle][data-item="infra.it.server"]')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-item="infra.it.database"] summary')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(radio(page, 'infra.it.database', '0')).toBeFocused();
});

test('headings are in order and level changes are announced politely', async ({ page }) => {
  await open(page);
  const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
  await expect(page.locator('[aria-live=polite]').getByTestId('overall-level')).toHaveCount(1);
  await answerAll(page, 'infra.', '2');
  await expect(page.locator('[aria-live=polite]')).toContainText('基础上云');
});

for (const [name, width, largeText] of [['320 px wide', 320, false], ['200% zoom', 640, false], ['200% zoom with large text', 640, true]]) {
  test(`usable at ${name} with no horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await open(page);
    if (largeText) await page.getByTestId('large-text').click();
    await answerAll(page, 'infra.', '2');
    await page.locator('.chart-table summary').click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expect(page.getByTestId('overall-score')).toBeVisible();
    await page.getByRole('button', { name: '查看结果' }).click();
    await expect(page.locator('#result-heading')).toBeFocused();
  });
}

test('reduced motion turns off smooth scrolling', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

test('forced colours (Windows high contrast) draw the chart in system colours', async ({ page }) => {
  await open(page);
  await answerAll(page, 'infra.it.', '3');
  const fill = () => page.locator('.chart-bar').first().evaluate((bar) => getComputedStyle(bar).fill);
  const normal = await fill();
  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await fill();
  expect(forced).not.toBe(normal);
  await expect(overallLevel(page)).toBeVisible();
});

for (const page of ['checklist.html', 'checklist.en.html']) {
  test(`axe and IBM: none on the checklist (${page})`, async ({ page: tab }) => {
    await tab.goto(page);
    await expect(tab.locator('fieldset')).toHaveCount(40);
    expect(await accessibilityViolations(tab)).toEqual([]);
  });
}
