// Links that outlive the guide's next edition: a build whose current rubric
// is version 2 (tests/rubrics/cloud-adoption-v2.toml drops 中间件, adds
// 容器服务 and renames CRM), with version 1 kept as an earlier release.
import { test, expect, answer, radio, partScore, overallLevel } from './fixtures.mjs';
import { payload, score } from './result-links.mjs';

const V2 = 'http://127.0.0.1:8792/';

/** Version 1's structure: the default rubric, read from the current build. */
async function version1(page) {
  await page.goto('/');
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  const { structure } = await import('./result-links.mjs');
  return structure(page);
}

/** Version 1 answers: 已上云 throughout, but 深度用云 for an item version 2
 * drops and 未上云 for one it renames. */
async function version1Answers(page) {
  const parts = await version1(page);
  const ids = parts.flatMap((p) => p.groups).flatMap((g) => g.items);
  const answers = Array(40).fill('2');
  answers[ids.indexOf('infra.it.middleware')] = '3'; // dropped in version 2
  answers[ids.indexOf('biz.marketing.crm')] = '0'; // renamed in version 2
  return { parts, answers };
}

test('a version 1 link opens read-only in a version 2 build, with version 1 items and rules', async ({ page }) => {
  const { parts, answers } = await version1Answers(page);
  const expected = score(parts, answers);

  await page.goto(`${V2}#r=${payload(answers)}`);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await expect(page.getByTestId('release-note')).toHaveText('此结果按第 1 版指南作答，现行为第 2 版；得分按第 1 版的规则计算。');
  // Version 1's items, checked and read-only.
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await expect(page.locator('fieldset[data-item="infra.it.middleware"]')).toHaveCount(1);
  await expect(page.locator('fieldset[data-item="infra.it.containers"]')).toHaveCount(0);
  await expect(radio(page, 'infra.it.middleware', '3')).toBeChecked();
  await expect(radio(page, 'biz.marketing.crm', '0')).toBeChecked();
  expect(await page.locator('input[type=radio]').evaluateAll((rs) => rs.every((r) => r.disabled))).toBe(true);
  // Scored by version 1's rules.
  await expect(partScore(page, 'infra')).toHaveText(String(Math.floor((expected.partPoints[0] * 100) / 3 + 0.5)));
  await expect(overallLevel(page)).toHaveAttribute('data-level', expected.level);
  // Its link stays a version 1 link.
  expect(new URL(await page.getByTestId('share-link').inputValue()).hash).toBe(`#r=${payload(answers)}`);
});

test('one\'s own version 2 result beside a version 1 result, part by part; leaving shows version 2', async ({ page }) => {
  await page.goto(V2);
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await answer(page, 'infra.it.containers', '3');
  await page.goto(`${V2}#r=${payload(Array(40).fill('1'))}`);
  await expect(page.getByTestId('release-note')).toBeVisible();
  await page.getByRole('button', { name: '与我的结果对比' }).click();
  const compare = page.getByTestId('compare');
  // Theirs (v1): every item 1 = 33. Mine (v2): one IT item of four at 3 = (3/4)/2 points = 13.
  await expect(compare.locator('tr', { hasText: '基础设施上云' }).locator('th, td')).toHaveText(['基础设施上云', '33', '13']);

  await page.getByRole('button', { name: '开始我的自评' }).click();
  await expect(page.getByTestId('release-note')).toHaveCount(0);
  await expect(page.locator('fieldset[data-item="infra.it.containers"]')).toHaveCount(1);
  await expect(page.locator('fieldset[data-item="infra.it.middleware"]')).toHaveCount(0);
  await expect(radio(page, 'infra.it.containers', '3')).toBeChecked();
});

test('carrying on from a version 1 result in a version 2 build keeps the answers whose items remain', async ({ page }) => {
  const { answers } = await version1Answers(page);
  await page.goto(`${V2}#r=${payload(answers)}`);
  await page.getByTestId('continue-from-shared').click();
  await expect(page.getByTestId('release-note')).toHaveCount(0);
  await expect(page.locator('fieldset[data-item="infra.it.containers"]')).toHaveCount(1);
  await expect(radio(page, 'infra.it.server', '2')).toBeChecked();
  await expect(page.locator('[data-item="infra.it.containers"] input:checked')).toHaveCount(0);
  // 38 of version 1's items remain in version 2 under their ids.
  await expect(page.getByTestId('progress')).toContainText('38/40');
});

test('a link of a version this build never released is refused, naming it', async ({ page }) => {
  await page.goto(`${V2}#r=${payload(Array(40).fill('1'), { version: 3 })}`);
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await expect(page.getByRole('alert')).toContainText('第 3 版');
  await expect(page.getByTestId('shared-banner')).toHaveCount(0);
});

test('the reader of a version 2 build reads a version 1 result by version 1, as the widget opens it', async ({ page }) => {
  const { answers } = await version1Answers(page);
  const earlier = `${V2}#r=${payload(answers)}`;
  // What the widget shows for it.
  await page.goto(earlier);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  const overall = await page.getByTestId('overall-score').textContent();
  const level = await overallLevel(page).getAttribute('data-level');
  // A version 2 result beside it.
  await page.goto('about:blank');
  await page.goto(V2);
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await answer(page, 'infra.it.containers', '2');
  const current = await page.getByTestId('share-link').inputValue();

  await page.goto(`${V2}reader.html`);
  await page.getByTestId('reader-input').fill(`老企业：${earlier}\n新企业：${current}\n`);
  await expect(page.getByTestId('reader-valid')).toHaveText('2');
  await expect(page.getByTestId('reader-invalid')).toHaveText('0');
  const row = page.getByTestId('reader-row').filter({ hasText: '老企业' });
  await expect(row).toHaveAttribute('data-version', '1');
  await expect(row).toHaveAttribute('data-overall', overall);
  await expect(row).toHaveAttribute('data-level', level);
  await expect(row.locator('.row-version')).toHaveText('第 1 版');
  await expect(page.getByTestId('reader-row').filter({ hasText: '新企业' })).toHaveAttribute('data-version', '2');
  await expect(page.getByTestId('reader-versions')).toHaveText('其中第 2 版 1 份、第 1 版 1 份。每份结果按其版本的规则计分；逐项统计只计入含有该项的版本。');
});
