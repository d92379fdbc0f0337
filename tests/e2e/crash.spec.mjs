// A panic shows a message instead of a dead page, and saved answers stay.
// Runs against the build with the crash-test feature (served on port 8790),
// which panics when opened with `#crash`.
import { test as base, expect } from '@playwright/test';
import { STORAGE_KEY } from './fixtures.mjs';

const crashBuild = 'http://127.0.0.1:8790/';

for (const [lang, query, message] of [
  ['Chinese', '', '出错了，请刷新页面；您已保存的答案不受影响'],
  ['English', '?lang=en', 'Something went wrong. Please reload the page; your saved answers are not affected.'],
]) {
  base(`a panic shows a message in ${lang}, and saved answers are kept`, async ({ page }) => {
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const saved = 'rubric=cloud-adoption\nversion=1\ninfra.it.server=2\n';
    await page.goto(`${crashBuild}${query}`);
    await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
    await page.evaluate(([key, text]) => localStorage.setItem(key, text), [STORAGE_KEY, saved]);

    // A fresh load: going to the same page with another fragment would not reload.
    await page.goto('about:blank');
    await page.goto(`${crashBuild}${query}#crash`);
    await expect(page.getByRole('alert')).toHaveText(message);
    // Not mistaken for a browser without WebAssembly.
    await expect(page.locator('#boot-old')).toBeHidden();
    await expect(page.locator('#boot-failed')).toBeHidden();
    // The wasm stopped at the panic, as it should with panic = "abort".
    expect(errors.join('\n')).toContain('unreachable');
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(saved);
  });
}

base('without #crash the crash-test build is the ordinary widget', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(crashBuild);
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});
