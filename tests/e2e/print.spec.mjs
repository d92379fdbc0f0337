// Printing gives a clean A4 report: result first, then the answers compactly.
import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect, open, answer, answerAll } from './fixtures.mjs';

const out = new URL('../output/', import.meta.url).pathname;

test('the printed report has what an official needs, and no controls', async ({ page }) => {
  await open(page);
  await answerAll(page, 'infra.', '2');
  await answer(page, 'mgmt.office.files', '3');
  await page.emulateMedia({ media: 'print' });

  const header = page.locator('.print-header');
  await expect(header).toBeVisible();
  const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
  await expect(header).toContainText('企业上云自评报告');
  await expect(header).toContainText('自治区“企业上云”评价指南');
  await expect(header).toContainText('第 1 版');
  await expect(header).toContainText(today);

  for (const shown of ['[data-testid=overall-score]', '[data-testid=overall-level]', '.part-scores', '.group-chart svg', '[data-testid=next-steps]', '.share-link-text', 'svg.qr-code', '.indicative']) {
    await expect(page.locator(shown)).toBeVisible();
  }
  const link = await page.getByTestId('share-link').inputValue();
  await expect(page.locator('.share-link-text')).toHaveText(link);
  for (const hidden of ['.toolbar', '.section-nav', '.progress-actions', '.mobile-bar', '[data-testid=share-link]', '.skip-link']) {
    await expect(page.locator(hidden)).toBeHidden();
  }
  // Answers compactly: the chosen answer's label only, no radios.
  await expect(page.locator('input[type=radio]').first()).toBeHidden();
  await expect(page.locator('[data-item="infra.it.server"] .choice:visible')).toHaveText('已上云');
  // The result comes before the questions.
  const result = await page.locator('.summary').boundingBox();
  const questions = await page.locator('.questions').boundingBox();
  expect(result.y).toBeLessThan(questions.y);

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}report.pdf`, pdf);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g).length;
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(4);
  // A4 is 595 × 842 points.
  expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 595\.?\d* 841\.?\d*|\/MediaBox\s*\[\s*0 0 595\.?\d* 842/);
});
