// Result links: the shared view, and links that cannot be read.
import { test, expect, open, answer, answerAll, radio, stored, overallScore, overallLevel, partScore } from './fixtures.mjs';

/** Answers the infrastructure items 已上云 and returns the result link. */
async function makeLink(page) {
  await open(page);
  await answerAll(page, 'infra.', '2');
  await answer(page, 'mgmt.hr.payroll', 'na');
  return page.getByTestId('share-link').inputValue();
}

/** A result link made in `page`, and progress of one's own in `other`
 * (one item, 门户网站 深度用云), as stored. */
async function linkAndOwnProgress(page, other) {
  const link = await makeLink(page);
  await open(other);
  await answer(other, 'biz.marketing.website', '3');
  return { link, mine: await stored(other) };
}

test('a result link opened in a fresh browser shows the same result read-only', async ({ page, freshPage }) => {
  const link = await makeLink(page);
  expect(new URL(link).hash).toMatch(/^#r=[A-Za-z0-9_-]{27}$/);
  expect(new URL(link).search).toBe('');
  const score = await overallScore(page).textContent();

  await freshPage.goto(link);
  await expect(freshPage.getByTestId('shared-banner')).toBeVisible();
  await expect(freshPage.locator('fieldset[data-item]')).toHaveCount(40);
  await expect(overallScore(freshPage)).toHaveText(score);
  await expect(overallLevel(freshPage)).toHaveAttribute('data-level', 'L1');
  await expect(partScore(freshPage, 'infra')).toHaveText('67');
  await expect(freshPage.getByTestId('progress')).toContainText('8/40');
  await expect(radio(freshPage, 'infra.it.server', '2')).toBeChecked();
  await expect(radio(freshPage, 'mgmt.hr.payroll', 'na')).toBeChecked();
  expect(await freshPage.locator('input[type=radio]').evaluateAll((rs) => rs.every((r) => r.disabled))).toBe(true);
  await expect(freshPage.getByTestId('share-link')).toHaveValue(link);
  // Viewing saves nothing.
  expect(await stored(freshPage)).toBeNull();
  // No "compare" without progress of one's own.
  await expect(freshPage.getByRole('button', { name: '与我的结果对比' })).toHaveCount(0);

  await freshPage.getByRole('button', { name: '开始我的自评' }).click();
  await expect(freshPage.getByTestId('shared-banner')).toHaveCount(0);
  await expect(freshPage.getByTestId('progress')).toContainText('0/40');
  expect(new URL(freshPage.url()).hash).toBe('');
  await answer(freshPage, 'infra.it.server', '1');
  await expect(radio(freshPage, 'infra.it.server', '1')).toBeChecked();
});

test('one\'s own result opened on another device: carry on from it as one\'s own', async ({ page, freshPage }) => {
  const link = await makeLink(page);
  await freshPage.goto(link);
  await freshPage.getByTestId('continue-from-shared').click();
  await expect(freshPage.getByTestId('shared-banner')).toHaveCount(0);
  expect(new URL(freshPage.url()).hash).toBe('');
  await expect(freshPage.getByTestId('progress')).toContainText('8/40');
  await expect(radio(freshPage, 'infra.it.server', '2')).toBeChecked();
  await expect(radio(freshPage, 'mgmt.hr.payroll', 'na')).toBeChecked();
  expect(await stored(freshPage)).toBe(await stored(page));
  // Their own now: it takes answers and keeps them.
  await answer(freshPage, 'biz.marketing.website', '3');
  await freshPage.reload();
  await expect(radio(freshPage, 'biz.marketing.website', '3')).toBeChecked();
  await expect(freshPage.getByTestId('progress')).toContainText('9/40');
});

test('carrying on from a link over answers of one\'s own asks first; declined, nothing changes', async ({ page, freshPage }) => {
  const { link, mine } = await linkAndOwnProgress(page, freshPage);
  await freshPage.goto(link);

  let question = '';
  freshPage.once('dialog', (dialog) => { question = dialog.message(); dialog.dismiss(); });
  await freshPage.getByTestId('continue-from-shared').click();
  expect(question).toBe('这会用链接中的答案替换您已作答的 1 项。继续吗？');
  await expect(freshPage.getByTestId('shared-banner')).toBeVisible();
  expect(await stored(freshPage)).toBe(mine);

  freshPage.once('dialog', (dialog) => dialog.accept());
  await freshPage.getByTestId('continue-from-shared').click();
  await expect(freshPage.getByTestId('shared-banner')).toHaveCount(0);
  await expect(radio(freshPage, 'biz.marketing.website', '3')).not.toBeChecked();
  await expect(radio(freshPage, 'infra.it.server', '2')).toBeChecked();
  expect(await stored(freshPage)).toBe(await stored(page));
});

test('opening a link never touches the visitor\'s saved progress; they can compare', async ({ page, freshPage }) => {
  const { link, mine: before } = await linkAndOwnProgress(page, freshPage);

  await freshPage.goto(link);
  await expect(freshPage.getByTestId('shared-banner')).toBeVisible();
  await expect(radio(freshPage, 'biz.marketing.website', '3')).not.toBeChecked();
  expect(await stored(freshPage)).toBe(before);

  await freshPage.getByRole('button', { name: '与我的结果对比' }).click();
  const compare = freshPage.getByTestId('compare');
  // Theirs: infra 67. Mine: website 3 of 5 marketing items, biz (0 + 0 + 0.6) / 3 = 0.2 points.
  await expect(compare.locator('tr', { hasText: '基础设施上云' }).locator('th, td')).toHaveText(['基础设施上云', '67', '0']);
  await expect(compare.locator('tr', { hasText: '业务上云' }).locator('th, td')).toHaveText(['业务上云', '0', '7']);
  await expect(compare.locator('caption')).toHaveText('分享的结果 → 我的结果');
  await freshPage.getByRole('button', { name: '关闭' }).click();
  await expect(compare).toHaveCount(0);
  await expect(freshPage.getByRole('button', { name: '与我的结果对比' })).toHaveAttribute('aria-expanded', 'false');

  await freshPage.getByRole('button', { name: '开始我的自评' }).click();
  await expect(radio(freshPage, 'biz.marketing.website', '3')).toBeChecked();
  // Their own questions take answers again.
  expect(await freshPage.locator('input[type=radio]').evaluateAll((rs) => rs.length === 200 && rs.every((r) => !r.disabled))).toBe(true);
  await expect(freshPage.getByTestId('progress')).toContainText('1/40');
  expect(await stored(freshPage)).toBe(before);
});

for (const [name, mangle, message] of [
  ['one character changed', (p) => p.slice(0, 10) + (p[10] === 'A' ? 'B' : 'A') + p.slice(11), '已损坏或不完整'],
  ['truncated', (p) => p.slice(0, 20), '已损坏或不完整'],
  ['not a link at all', () => '%E4%BC%81%E4%B8%9A', '已损坏或不完整'],
  ['made for another version of the guide', () => '1ACDbbbbbbbbbbbbbbbbbbbAzAs', '另一版本（第 2 版）'],
]) {
  test(`a link ${name} is refused with a clear message and progress kept`, async ({ page }) => {
    const link = await makeLink(page);
    const before = await stored(page);
    const payload = new URL(link).hash.slice('#r='.length);
    await page.goto(`/#r=${mangle(payload)}`);
    await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByTestId('shared-banner')).toHaveCount(0);
    await expect(page.getByTestId('progress')).toContainText('8/40');
    await expect(radio(page, 'infra.it.server', '2')).toBeChecked();
    expect(await stored(page)).toBe(before);
  });
}

test('a link pasted into an open tab is shown', async ({ page }) => {
  const link = await makeLink(page);
  await answer(page, 'infra.it.server', '0');
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await expect(page.getByTestId('shared-banner')).toBeVisible();
  await expect(radio(page, 'infra.it.server', '2')).toBeChecked();
});

// Links as chat apps and mail deliver them: the widget finds the result the
// same way as the officials' reader.
for (const [name, glue] of [
  ['a full stop glued to its end', (hash) => `${hash}。`],
  ['a full-width bracket glued to its end', (hash) => `${hash}）`],
  ['a quote glued to its end', (hash) => `${hash}"`],
  ['a WeChat parameter glued to its end', (hash) => `${hash}&from=singlemessage`],
  ['its = percent-encoded', (hash) => hash.replace('#r=', '#r%3D')],
]) {
  test(`a link with ${name} opens the result`, async ({ page, freshPage }) => {
    const link = await makeLink(page);
    const score = await overallScore(page).textContent();
    const url = new URL(link);
    await freshPage.goto(`${url.origin}${url.pathname}${glue(url.hash)}`);
    await expect(freshPage.getByTestId('shared-banner')).toBeVisible();
    await expect(overallScore(freshPage)).toHaveText(score);
    await expect(partScore(freshPage, 'infra')).toHaveText('67');
    await expect(freshPage.getByRole('alert')).toHaveCount(0);
  });
}
