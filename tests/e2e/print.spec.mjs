// Printing gives a clean A4 report: result first, then the answers
// compactly, then the declaration to sign.
// The PDF is read back with poppler's pdfinfo and pdftotext (Debian's
// poppler-utils, installed by scripts/setup.sh --browser).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test, expect, open, answer, answerAll } from './fixtures.mjs';

test('the printed report has what an official needs, ends with the declaration to sign, and has no controls', async ({ page }) => {
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

  const file = test.info().outputPath('report.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // The page size is the style sheet's (@page): A4 is 595 × 842 points.
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/^Page size:\s+59[45]\.\d* x 84[12]\.\d* pts \(A4\)$/m);
  const pages = Number(info.match(/^Pages:\s+(\d+)$/m)[1]);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(4);
  // What an official reads: the title, the score and level, every part, the
  // link, and the answers, in that order; no control's text.
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const order = ['企业上云自评报告', '综合得分', '基础上云', '基础设施上云', '管理上云', '业务上云', link, '1. 服务器', '已上云', '40. 客服', '本单位承诺以上自评信息真实、准确。', '单位名称（盖章）', '填报人', '联系电话', '日期'];
  const places = order.map((words) => text.indexOf(words));
  expect(places.every((place) => place >= 0), `all of ${order.join(', ')} in: ${text.slice(0, 400)}`).toBe(true);
  expect(places).toEqual([...places].sort((a, b) => a - b));
  expect(text).not.toContain('查看结果');
});

test('the declaration to sign is shown only in print, in the page\'s language', async ({ page }) => {
  await open(page, '?lang=en');
  const declaration = page.getByTestId('print-declaration');
  await expect(declaration).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(declaration).toBeVisible();
  await expect(declaration.locator('.declaration')).toHaveText('We declare that the self-assessment above is true and accurate.');
  await expect(declaration.locator('dt')).toHaveText(['Organisation (seal)', 'Filled in by', 'Telephone', 'Date']);
  // Each line to fill in is wide enough to write on, and the block stays on one page.
  for (const line of await declaration.locator('dd').all()) expect((await line.boundingBox()).width).toBeGreaterThan(120);
  const file = test.info().outputPath('report-en.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('We declare that the self-assessment above is true and accurate.');
  expect(text).toMatch(/Organisation \(seal\).*Filled in by.*Telephone.*Date/);
  expect(text).not.toContain('本单位承诺');
});
