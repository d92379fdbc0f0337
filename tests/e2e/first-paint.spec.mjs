// Answerable at first paint: all forty questions are in the page as the
// server sends it, and can be answered before the wasm has arrived. The
// widget takes the questions over as they are, and what was answered then
// as the visitor's own (over saved progress, item by item), counts it and
// keeps it; a tap while it starts is not lost; a shared link keeps the
// opening read-only.
import { test, expect, holdWasm, open, radio, startUpStrings, stored, STORAGE_KEY } from './fixtures.mjs';
import { payload } from './result-links.mjs';

/** An answer of the opening, before the widget has started. */
const openingRadio = (page, item, value) => page.locator(`#prerendered input[name="${item}"][value="${value}"]`);

/** The answers the page shows checked, as `item=value`, in page order. */
const checked = (page) => page.locator('fieldset[data-item] input:checked').evaluateAll((radios) => radios.map((r) => `${r.name}=${r.value}`));

const THREE = [['infra.it.server', '2'], ['mgmt.hr.payroll', 'na'], ['biz.marketing.support', '3']];

test('answers given before the wasm arrives are counted and kept', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('');
  // All forty, enabled; nothing says the page failed while it loads.
  await expect(page.locator('#prerendered fieldset')).toHaveCount(40);
  expect(await page.locator('#prerendered input[type=radio]').evaluateAll((rs) => rs.length === 200 && rs.every((r) => !r.disabled))).toBe(true);
  for (const [item, value] of THREE) await openingRadio(page, item, value).check();
  // A description opened meanwhile stays open: the widget takes the
  // questions over as they are.
  await page.locator('#prerendered #item-mgmt\\.hr\\.payroll summary').click();
  // Longer than the boot's fallback timer: still loading is not failing.
  await page.waitForTimeout(400);
  for (const id of ['boot-old', 'boot-blocked', 'boot-failed']) await expect(page.locator(`#${id}`)).toBeHidden();
  await expect(page.locator('#prerendered .progress-text')).toHaveText('正在加载…');

  release();
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await expect(page.locator('#prerendered')).toHaveCount(0);
  expect(await checked(page)).toEqual(THREE.map(([item, value]) => `${item}=${value}`));
  await expect(page.getByTestId('progress')).toHaveText('已答 3/40 项');
  await expect(page.locator('fieldset.item.answered')).toHaveCount(3);
  await expect(page.locator('details.item-description[open]')).toHaveCount(1);
  await expect(page.locator('[data-item="mgmt.hr.payroll"] details.item-description')).toHaveAttribute('open', '');
  expect(await stored(page)).toContain('infra.it.server=2');

  await open(page);
  expect(await checked(page)).toEqual(THREE.map(([item, value]) => `${item}=${value}`));
  await expect(page.getByTestId('progress')).toHaveText('已答 3/40 项');
});

test('answers given before the wasm arrives win over saved progress for their items; the rest of it stays', async ({ page }) => {
  // Saved in an earlier visit: two items, one of which is answered again.
  await open(page);
  await radio(page, 'infra.it.database', '1').check();
  await radio(page, 'infra.it.server', '0').check();
  expect(await stored(page)).toContain('infra.it.server=0');

  const release = await holdWasm(page);
  await page.reload();
  // The opening does not know the saved answers: it is the same static page.
  await expect(page.locator('#prerendered')).toHaveCount(1);
  for (const [item, value] of THREE) await openingRadio(page, item, value).check();
  release();
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  expect(await checked(page)).toEqual(['infra.it.server=2', 'infra.it.database=1', 'mgmt.hr.payroll=na', 'biz.marketing.support=3']);
  await expect(page.getByTestId('progress')).toHaveText('已答 4/40 项');
  await open(page);
  expect(await checked(page)).toEqual(['infra.it.server=2', 'infra.it.database=1', 'mgmt.hr.payroll=na', 'biz.marketing.support=3']);
});

test('a tap while the widget starts is not lost', async ({ page }) => {
  // The tap lands in the task right after the widget has made its store
  // (saved progress read, the wasm running) and before it takes over the
  // page: the widget schedules that takeover as its first timer once
  // instantiated, and the tap is put just before it.
  await page.addInitScript(() => {
    const { instantiate } = WebAssembly;
    let instantiated = false;
    WebAssembly.instantiate = (...args) => instantiate(...args).then((result) => { instantiated = true; return result; });
    const { setTimeout } = window;
    window.setTimeout = function (callback, delay, ...rest) {
      if (instantiated && window.tapAt === undefined) {
        window.tapAt = 'pending';
        setTimeout(() => {
          window.tapAt = document.getElementById('prerendered') ? 'opening' : 'too late';
          document.querySelector('#prerendered input[name="mgmt.office.video"][value="1"]').click();
        }, 0);
      }
      return setTimeout.call(this, callback, delay, ...rest);
    };
  });
  await page.goto('');
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  expect(await page.evaluate(() => window.tapAt)).toBe('opening');
  await expect(radio(page, 'mgmt.office.video', '1')).toBeChecked();
  await expect(page.getByTestId('progress')).toHaveText('已答 1/40 项');
  expect(await stored(page)).toContain('mgmt.office.video=1');
});

test('a shared link keeps the opening read-only, and its answers are the link\'s', async ({ page }) => {
  await open(page);
  await radio(page, 'infra.it.storage', '3').check();
  const release = await holdWasm(page);
  const shared = payload(Array.from({ length: 40 }, (_, i) => (i < 7 ? '2' : null)));
  await page.goto(`#r=${shared}`);
  await page.reload();
  await expect(page.locator('#prerendered fieldset')).toHaveCount(40);
  expect(await page.locator('#prerendered input[type=radio]').evaluateAll((rs) => rs.length === 200 && rs.every((r) => r.disabled))).toBe(true);
  release();
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  expect(await page.locator('fieldset[data-item] input').evaluateAll((rs) => rs.every((r) => r.disabled))).toBe(true);
  await expect(page.getByTestId('progress')).toHaveText('已答 7/40 项');
  // The visitor's own progress is untouched.
  expect(await stored(page)).toContain('infra.it.storage=3');
});

test('where the wasm never comes, the questions still tick as a checklist and the page says answers are not kept', async ({ page }) => {
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto('');
  await expect(page.locator('#boot-old')).toBeVisible();
  await expect(page.locator('#boot-old p').first()).toContainText(startUpStrings('zh').answers_not_kept);
  await openingRadio(page, 'biz.supply.logistics', '1').check();
  await expect(openingRadio(page, 'biz.supply.logistics', '1')).toBeChecked();
  await openingRadio(page, 'biz.supply.logistics', '3').check();
  await expect(openingRadio(page, 'biz.supply.logistics', '1')).not.toBeChecked();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
});

test('scrolled down to answer in the opening, nothing moves when the widget takes over', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const release = await holdWasm(page);
  await page.goto('');
  await expect(page.locator('#prerendered fieldset')).toHaveCount(40);
  await page.evaluate(() => document.querySelectorAll('#prerendered fieldset')[11].scrollIntoView({ behavior: 'instant' }));
  await openingRadio(page, 'mgmt.hr.records', '2').check();
  const place = () => page.evaluate(() => [scrollY, Math.round(document.querySelectorAll('fieldset.item')[11].getBoundingClientRect().top)]);
  const before = await place();
  expect(before[0]).toBeGreaterThan(1000);
  release();
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  expect(await place()).toEqual(before);
  await expect(radio(page, 'mgmt.hr.records', '2')).toBeChecked();
});

for (const lang of ['', '?lang=en']) {
  test(`large text chosen earlier is there before the wasm, and nothing moves when the widget starts${lang && ` (${lang})`}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await open(page, lang);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await size();
    await page.getByTestId('large-text').click();
    await expect(page.getByTestId('large-text')).toHaveAttribute('aria-pressed', 'true');

    const release = await holdWasm(page);
    await page.reload();
    await expect(page.locator('#prerendered fieldset')).toHaveCount(40);
    expect(await size()).toBeGreaterThanOrEqual(normal * 1.25);
    await page.evaluate(() => document.querySelectorAll('#prerendered fieldset')[5].scrollIntoView({ behavior: 'instant' }));
    const place = () => page.evaluate(() => [scrollY, Math.round(document.querySelectorAll('fieldset.item')[5].getBoundingClientRect().top)]);
    const before = await place();
    release();
    await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
    expect(await place()).toEqual(before);
    expect(await size()).toBeGreaterThanOrEqual(normal * 1.25);
  });
}

test('on a server that serves the Chinese page for ?lang=en, the answers carry into the English questions', async ({ page }) => {
  // `index.html?lang=en` is the Chinese page, as a server that cannot
  // choose sends it: the widget writes the questions again in English.
  const release = await holdWasm(page);
  await page.goto('index.html?lang=en');
  await expect(page.locator('#prerendered')).toHaveAttribute('lang', 'zh-CN');
  await openingRadio(page, 'biz.supply.purchasing', '3').check();
  release();
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await expect(page.locator('[data-item="infra.it.server"] legend')).toHaveText('1. Servers');
  expect(await checked(page)).toEqual(['biz.supply.purchasing=3']);
  await expect(page.getByTestId('progress')).toHaveText('1/40 answered');
});

test('a keyboard user answering in the opening keeps focus where it was when the widget takes over', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('');
  await openingRadio(page, 'infra.it.database', '1').focus();
  await page.keyboard.press('Space');
  release();
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  expect(await page.evaluate(() => `${document.activeElement.name}=${document.activeElement.value}`)).toBe('infra.it.database=1');
  // And goes on from there: the arrow moves to the next answer.
  await page.keyboard.press('ArrowRight');
  await expect(radio(page, 'infra.it.database', '2')).toBeChecked();
  await expect(radio(page, 'infra.it.database', '2')).toBeFocused();
});

test('where storage is unavailable, answers given before the wasm still count, and the page says they will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const release = await holdWasm(page);
  await page.goto('');
  for (const [item, value] of THREE) await openingRadio(page, item, value).check();
  release();
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  expect(await checked(page)).toEqual(THREE.map(([item, value]) => `${item}=${value}`));
  await expect(page.getByTestId('progress')).toHaveText('已答 3/40 项');
  await expect(page.getByRole('status').locator('p')).toHaveText(['此浏览器不允许保存进度（例如无痕模式）：可以正常作答，但关闭页面后答案不会保留。']);
});
