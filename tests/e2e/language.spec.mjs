// English, complete, and the switch between the languages.
import { test, expect, open, answer, answerAll, radio, overallLevel } from './fixtures.mjs';

test('?lang=en shows everything in English', async ({ page }) => {
  await open(page, '/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Cloud adoption self-check');
  await expect(page.locator('fieldset[data-item="infra.it.server"] > legend')).toContainText('Servers');
  await expect(page.locator('fieldset[data-item="infra.it.server"] label').first()).toHaveText('Not on the cloud');
  await expect(page.getByTestId('progress')).toContainText('0/40 answered');
  await expect(overallLevel(page)).toHaveText('Not yet on the cloud');
  await answerAll(page, 'infra.', '2');
  await expect(overallLevel(page)).toHaveText('Infrastructure on the cloud');
  await expect(page.locator('.group-chart')).toContainText('IT resources');
  await expect(page.getByTestId('next-steps')).toContainText('Next steps: reach “Applications on the cloud”');
  // No Chinese left on the page but the switch back to it.
  const text = await page.locator('body').innerText();
  const chinese = text.match(/[\u4e00-\u9fff]+/g) ?? [];
  expect(chinese).toEqual(['中文']);
});

test('the switch changes the language, <html lang> and the address', async ({ page }) => {
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await answer(page, 'infra.it.server', '3');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Cloud adoption self-check');
  expect(new URL(page.url()).search).toBe('?lang=en');
  // The page is rebuilt in English: answers kept, focus back on the switch.
  await expect(page.getByRole('button', { name: '中文' })).toBeFocused();
  await expect(radio(page, 'infra.it.server', '3')).toBeChecked();
  await expect(page.getByTestId('share-link')).toHaveValue(/\?lang=en#r=/);
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Cloud adoption self-check');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(new URL(page.url()).search).toBe('');
});
