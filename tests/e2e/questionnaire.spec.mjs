// The questionnaire and the live result, per the automation contract.
import { execFileSync } from 'node:child_process';
import {
  test, expect, open, answer, answerAll, itemIds, radio,
  overallScore, overallLevel, partScore,
} from './fixtures.mjs';

test('all forty items are on the page as labelled native radio groups', async ({ page }) => {
  await open(page);
  const ids = await itemIds(page);
  expect(ids).toHaveLength(40);
  expect(ids[0]).toBe('infra.it.server');
  expect(ids[39]).toBe('biz.marketing.support');
  await expect(page.locator('fieldset[data-item="infra.it.server"] > legend')).toContainText('服务器');
  await expect(page.locator('fieldset[data-item="biz.marketing.support"] > legend')).toContainText('客服');
  for (const id of [ids[0], ids[20], ids[39]]) {
    const radios = page.locator(`fieldset[data-item="${id}"] input[type=radio]`);
    await expect(radios).toHaveCount(5);
    expect(await radios.evaluateAll((rs) => rs.map((r) => r.value))).toEqual(['0', '1', '2', '3', 'na']);
    expect(await radios.evaluateAll((rs) => rs.every((r) => r.labels.length === 1))).toBe(true);
  }
  await expect(page.getByTestId('progress')).toContainText('0/40');
  await expect(overallLevel(page)).toHaveAttribute('data-level', 'L0');
  await expect(overallLevel(page)).toHaveText('未上云');
  // The result link comes with the first answer: before it, its panel
  // (built with the result, to be shown at once) is hidden.
  await expect(page.getByTestId('share-link')).toHaveCount(0);
  await expect(page.locator('section.share')).toBeHidden();
  await answer(page, 'infra.it.server', '1');
  await expect(page.getByTestId('share-link')).toBeVisible();
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '重新开始' }).click();
  await expect(page.getByTestId('progress')).toContainText('0/40');
  await expect(page.locator('section.share')).toBeHidden();
  await expect(page.getByTestId('share-link')).toHaveCount(0);
});

test('the result is on the page from the moment the questionnaire is', async ({ page }) => {
  // Recorded at the very mutation that completes the questionnaire, before
  // any later task: what a script that waits for the items finds.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelectorAll('fieldset[data-item]').length < 40) return;
      observer.disconnect();
      const present = (selector) => document.querySelectorAll(selector).length;
      window.foundWithItems = {
        progress: present('[data-testid=progress]'),
        score: present('[data-testid=overall-score]'),
        level: present('[data-testid=overall-level]'),
        parts: present('[data-testid=part-score]'),
        nextSteps: present('[data-testid=next-steps]'),
      };
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await open(page);
  await page.waitForFunction(() => window.foundWithItems);
  expect(await page.evaluate(() => window.foundWithItems)).toEqual({ progress: 1, score: 1, level: 1, parts: 3, nextSteps: 1 });
});

test('answers update progress, scores and level; a part at exactly 1.5 points meets its threshold', async ({ page }) => {
  await open(page);
  await answer(page, 'infra.it.server', '2');
  await expect(page.getByTestId('progress')).toContainText('1/40');
  // IT resources (2+0+0+0)/4 = 0.5, security 0: infra 0.25 points = 8.
  await expect(partScore(page, 'infra')).toHaveText('8');
  await expect(page.getByTestId('share-link')).toHaveCount(1);

  // IT resources all 1, security all 2: infra exactly 1.5 points = 50, L1.
  await answerAll(page, 'infra.it.', '1');
  await answerAll(page, 'infra.security.', '2');
  await expect(page.getByTestId('progress')).toContainText('7/40');
  await expect(partScore(page, 'infra')).toHaveText('50');
  await expect(partScore(page, 'mgmt')).toHaveText('0');
  await expect(overallScore(page)).toHaveText('17');
  await expect(overallLevel(page)).toHaveAttribute('data-level', 'L1');
  await expect(overallLevel(page)).toHaveText('基础上云');
  await expect(page.locator('.completeness')).toContainText('还有 33 项未答');

  // One security item lower: 4/3 points, below the threshold.
  await answer(page, 'infra.security.network', '1');
  await expect(partScore(page, 'infra')).toHaveText('44');
  await expect(overallLevel(page)).toHaveAttribute('data-level', 'L0');
});

test('every item 已上云 is the top level and no longer provisional', async ({ page }) => {
  await open(page);
  await answerAll(page, '', '2');
  await expect(page.getByTestId('progress')).toContainText('40/40');
  await expect(overallScore(page)).toHaveText('67');
  await expect(overallLevel(page)).toHaveAttribute('data-level', 'L3');
  await expect(page.locator('.completeness')).toHaveText('全部 40 项已作答。');
  await expect(page.getByTestId('next-steps')).toContainText('已达到最高等级');
});

test('a part marked all 不适用 has no score and meets no level', async ({ page }) => {
  await open(page);
  await answerAll(page, 'infra.', 'na');
  await answerAll(page, 'mgmt.', '3');
  await expect(partScore(page, 'infra')).toHaveText('不适用');
  await expect(partScore(page, 'mgmt')).toHaveText('100');
  await expect(overallLevel(page)).toHaveAttribute('data-level', 'L0');
  await expect(page.getByTestId('next-steps')).toContainText('“基础设施上云”的各项均为“不适用”');
});

test('next steps name the fewest items with the answer to reach and the guide\'s description', async ({ page }) => {
  await open(page);
  const steps = page.locator('[data-testid=next-steps] .steps > li');
  await expect(page.getByTestId('next-steps')).toContainText('下一步：达到“基础上云”');
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText('数据安全');
  await expect(steps.nth(0)).toContainText('未作答 → 改为“深度用云”');
  await expect(steps.nth(0)).toContainText('采用云平台服务商数据（对象存储）安全保护模块');
  // A step's title takes the visitor to its item.
  await steps.nth(0).getByRole('button', { name: '数据安全', exact: true }).click();
  await expect(page.locator('[data-item="infra.security.data"] input').first()).toBeFocused();
  // Following the plan reaches the level.
  for (const id of ['infra.security.data', 'infra.security.application', 'infra.security.network']) {
    await answer(page, id, '3');
  }
  await expect(overallLevel(page)).toHaveAttribute('data-level', 'L1');
  await expect(page.getByTestId('next-steps')).toContainText('下一步：达到“应用上云”');
});

test('the section navigator shows completion and jumps to a group', async ({ page }) => {
  await open(page);
  const it = page.locator('.nav-group', { hasText: 'IT资源' });
  await expect(it).toContainText('0/4');
  await answerAll(page, 'infra.it.', '2');
  await expect(it).toContainText('4/4');
  await expect(it).toHaveClass(/complete/);
  await page.locator('.nav-group', { hasText: '营销' }).click();
  await expect(page.locator('#group-biz\\.marketing')).toBeFocused();
});

test('continue goes to the first unanswered item; start over clears after confirming', async ({ page }) => {
  await open(page);
  await answer(page, 'infra.it.server', '1');
  await answer(page, 'infra.it.database', '1');
  // Answered items are marked as such.
  await expect(page.locator('fieldset.answered')).toHaveCount(2);
  await page.getByRole('button', { name: '继续作答' }).click();
  await expect(radio(page, 'infra.it.storage', '0')).toBeFocused();

  page.once('dialog', (dialog) => dialog.dismiss());
  await page.getByRole('button', { name: '重新开始' }).click();
  await expect(page.getByTestId('progress')).toContainText('2/40');
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: '重新开始' }).click();
  await expect(page.getByTestId('progress')).toContainText('0/40');
  await expect(radio(page, 'infra.it.server', '1')).not.toBeChecked();
  await expect(page.locator('fieldset.answered')).toHaveCount(0);
});

test('the result link can be copied and is shown as a QR code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page);
  await answer(page, 'infra.it.server', '3');
  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#r=1AB[A-Za-z0-9_-]{24}$/);
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.locator('.copy-status')).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(page.locator('svg.qr-code path')).toHaveAttribute('d', /^M\d+ \d+h1v1h-1z/);
  // The QR code, scanned (zbarimg, Debian's zbar-tools), reads as the link.
  const picture = test.info().outputPath('qr.png');
  await page.locator('svg.qr-code').screenshot({ path: picture });
  const scanned = execFileSync('zbarimg', ['--quiet', '--raw', picture], { stdio: ['ignore', 'pipe', 'ignore'] });
  expect(scanned.toString().trim()).toBe(link);

  // The link is always current.
  await answer(page, 'infra.it.server', '2');
  await expect(page.getByTestId('share-link')).not.toHaveValue(link);
});

test('the QR code\'s module is fetched once there is a link, not at start; offline, the box says so and a retry draws it', async ({ page, errors }) => {
  const module = /\/split_qr_code-[0-9a-f]{16}\.wasm$/;
  const fetched = [];
  page.on('request', (r) => { if (module.test(r.url())) fetched.push(r.url()); });
  await page.route(module, (route) => route.abort('internetdisconnected'));
  await open(page);
  await page.waitForLoadState('networkidle');
  expect(fetched, 'not fetched at start').toEqual([]);
  // The box is there, blank, before any answer.
  await expect(page.locator('svg.qr-code')).toHaveAttribute('viewBox', '0 0 0 0');

  await answer(page, 'infra.it.server', '3');
  const box = page.locator('.qr-box');
  await expect(box.getByRole('status')).toHaveText('这项功能未能加载（可能网络已断开），请稍后再试。您的答案不受影响。');
  await expect(page.locator('svg.qr-code')).toHaveAttribute('viewBox', '0 0 0 0');
  expect(errors.every((e) => /ERR_INTERNET_DISCONNECTED|Failed to fetch/.test(e)), errors.join('\n')).toBe(true);
  errors.length = 0;

  await page.unroute(module);
  await box.getByRole('button', { name: '重试' }).click();
  await expect(page.locator('svg.qr-code path')).toHaveAttribute('d', /^M\d+ \d+h1v1h-1z/);
  await expect(box.getByRole('status')).toHaveCount(0);
  expect(fetched.length).toBeGreaterThanOrEqual(2);
});

test('a tap\'s own frame shows the answer and the result; the QR code and the next steps follow it', async ({ page }) => {
  await open(page);
  // Twice: the first answer also brings the result link and its QR code.
  for (const [value, answered] of [['3', '1/40'], ['1', '1/40']]) {
    const inTappedFrame = await page.evaluate(async (value) => {
      const text = (selector) => document.querySelector(selector)?.textContent;
      const [steps, score] = [text('[data-testid=next-steps]'), text('[data-testid=overall-score]')];
      // Blank (no path, or an empty one) until drawn.
      const drawn = () => document.querySelector('svg.qr-code path')?.getAttribute('d') || null;
      const code = drawn();
      document.querySelector(`[data-item="infra.it.server"] input[value="${value}"]`).click();
      // Called before that frame is painted, once the tap's work is done.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return {
        progress: text('[data-testid=progress]'),
        scoreChanged: text('[data-testid=overall-score]') !== score,
        stepsKept: text('[data-testid=next-steps]') === steps,
        codeKept: drawn() === code,
      };
    }, value);
    expect(inTappedFrame).toEqual({
      progress: expect.stringContaining(answered), scoreChanged: true, stepsKept: true, codeKept: true,
    });
    await expect(page.locator('svg.qr-code path')).toHaveAttribute('d', /^M\d+ \d+h1v1h-1z/);
  }
  const code = await page.locator('svg.qr-code path').getAttribute('d');
  await answer(page, 'infra.it.server', '2');
  await expect(page.locator('svg.qr-code path')).not.toHaveAttribute('d', code);
});

for (const [name, withoutClipboard] of [
  ['refused', () => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  }],
  ['missing (plain http)', () => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  }],
]) {
  test(`where the clipboard is ${name}, the link is selected for copying by hand`, async ({ page }) => {
    await page.addInitScript(withoutClipboard);
    await open(page);
    await answer(page, 'infra.it.server', '3');
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.locator('.copy-status')).toContainText('请手动复制');
    const link = page.getByTestId('share-link');
    await expect(link).toBeFocused();
    const selected = await link.evaluate((input) => input.value.slice(input.selectionStart, input.selectionEnd));
    expect(selected).toBe(await link.inputValue());
    // The widget goes on working.
    await answer(page, 'infra.it.server', '2');
    await expect(page.getByTestId('progress')).toContainText('1/40');
  });
}

test('large text enlarges the text by 1.25 and is remembered', async ({ page }) => {
  await open(page);
  const toggle = page.getByTestId('large-text');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const size = () => page.locator('legend').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  const before = await size();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThanOrEqual(before * 1.25);
  await page.reload();
  await expect(page.getByTestId('large-text')).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeGreaterThanOrEqual(before * 1.25);
});
