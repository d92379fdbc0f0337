// Progress kept in localStorage, and the widget working on when it is not.
import { test, expect, open, answer, answerAll, radio, stored, STORAGE_KEY, partScore, overallLevel } from './fixtures.mjs';

test('answers survive a reload', async ({ page }) => {
  await open(page);
  await answerAll(page, 'infra.', '2');
  await answer(page, 'biz.marketing.crm', 'na');
  expect(await stored(page)).toBe([
    'rubric=cloud-adoption', 'version=1',
    'infra.it.server=2', 'infra.it.database=2', 'infra.it.storage=2', 'infra.it.middleware=2',
    'infra.security.data=2', 'infra.security.application=2', 'infra.security.network=2',
    'biz.marketing.crm=na', '',
  ].join('\n'));
  await page.reload();
  await expect(page.getByTestId('progress')).toContainText('8/40');
  await expect(radio(page, 'biz.marketing.crm', 'na')).toBeChecked();
  await expect(overallLevel(page)).toHaveAttribute('data-level', 'L1');
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('another open tab picks up the answers', async ({ page, context }) => {
  await open(page);
  const other = await context.newPage();
  await open(other);
  await answer(other, 'infra.it.server', '3');
  await expect(radio(page, 'infra.it.server', '3')).toBeChecked();
  await expect(page.getByTestId('progress')).toContainText('1/40');
  await other.close();
});

test('storage unavailable: the widget works in memory and says progress will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  await open(page);
  const unavailable = '此浏览器不允许保存进度（例如无痕模式）：可以正常作答，但关闭页面后答案不会保留。';
  await expect(page.getByRole('status').locator('p')).toHaveText([unavailable]);
  await answerAll(page, 'infra.', '2');
  await expect(partScore(page, 'infra')).toHaveText('67');
  await expect(page.getByRole('status').locator('p')).toHaveText([unavailable]);
  // The large-text toggle still works for this visit.
  await page.getByTestId('large-text').click();
  await expect(page.getByTestId('large-text')).toHaveAttribute('aria-pressed', 'true');
});

test('storage full: the widget keeps working and says so once', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await open(page);
  await expect(page.getByRole('status')).toHaveCount(0);
  await answer(page, 'infra.it.server', '2');
  await answer(page, 'infra.it.database', '2');
  await expect(page.getByRole('status').locator('p')).toHaveText(['浏览器存储空间已满，进度无法保存：可以继续作答，但关闭页面后答案不会保留。']);
  await expect(page.getByTestId('progress')).toContainText('2/40');
});

test('unreadable saved data is set aside with a notice, never lost', async ({ page }) => {
  await open(page);
  await page.evaluate((key) => localStorage.setItem(key, 'rubric=cloud-adoption\nversion=1\ninfra.it.serv'), STORAGE_KEY);
  await page.reload();
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await expect(page.getByRole('status').locator('p')).toHaveText(['之前保存的进度无法读取，已另行保留，本次从头开始。']);
  await expect(page.getByTestId('progress')).toContainText('0/40');
  const aside = await page.evaluate((key) => Object.keys(localStorage).filter((k) => k.startsWith(`${key}:unreadable:`)).map((k) => localStorage.getItem(k)), STORAGE_KEY);
  expect(aside).toEqual(['rubric=cloud-adoption\nversion=1\ninfra.it.serv']);
  await answer(page, 'infra.it.server', '1');
  expect(await stored(page)).toBe('rubric=cloud-adoption\nversion=1\ninfra.it.server=1\n');
});

test('progress of an older rubric version is carried over where items still exist', async ({ page }) => {
  await open(page);
  await page.evaluate(() => localStorage.setItem('selfcheck:cloud-adoption:v0',
    'rubric=cloud-adoption\nversion=0\ninfra.it.server=3\ninfra.it.mainframe=2\nmgmt.hr.payroll=na\n'));
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: '已沿用您之前的 2 项答案' })).toHaveCount(1);
  await expect(radio(page, 'infra.it.server', '3')).toBeChecked();
  await expect(radio(page, 'mgmt.hr.payroll', 'na')).toBeChecked();
  // The old progress is kept as it was; the new is saved under the new key.
  expect(await page.evaluate(() => localStorage.getItem('selfcheck:cloud-adoption:v0'))).toContain('mainframe');
  expect(await stored(page)).toBe('rubric=cloud-adoption\nversion=1\ninfra.it.server=3\nmgmt.hr.payroll=na\n');
  await page.getByRole('button', { name: '关闭提示' }).click();
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('a visitor who taps and leaves at once loses nothing', async ({ page }) => {
  await open(page);
  await answer(page, 'infra.it.server', '1');
  // The tap and the leaving in one task: a save waiting for the next frame
  // would never run; the page saves when it is hidden or left.
  await page.evaluate(() => {
    document.querySelector('[data-item="infra.it.database"] input[value="3"]').click();
    location.href = 'about:blank';
  });
  await page.waitForURL('about:blank');
  await open(page);
  await expect(radio(page, 'infra.it.database', '3')).toBeChecked();
  await expect(radio(page, 'infra.it.server', '1')).toBeChecked();
});
