// What a visitor sees when the page cannot start: a browser without
// WebAssembly or below the floor (told what to do, and that answers are
// not kept; the questions still tick as a checklist), a download that broke or arrived damaged (told
// so, with a retry that starts the page without a reload), and a browser
// without modules. The widget and the officials' reader alike. Also: the
// checked answer stays visible where `:has()` is unknown.
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { test, expect, answer, radio, startUpStrings } from './fixtures.mjs';

const DIST = new URL('../../dist/', import.meta.url).pathname;
// The messages as the strings table words them: the widget's page in its
// language, the reader's in both (its first paragraph is the Chinese).
const ZH = startUpStrings('zh');
const EN = startUpStrings('en');
const OLD = {
  widget: ZH.cannot_run + ZH.answers_not_kept + ZH.switch_mode + ZH.checklist_note,
  reader: ZH.cannot_run + ZH.switch_mode,
};
const FAILED = {
  widget: ZH.failed + ZH.answers_kept_on_retry + ZH.check_connection,
  reader: ZH.failed + ZH.check_connection,
};
const BLOCKED = {
  widget: ZH.blocked + ZH.answers_not_kept + ZH.open_elsewhere,
  reader: ZH.blocked + ZH.open_elsewhere,
};
const RETRY = { widget: ZH.retry, reader: `${ZH.retry} ${EN.retry}` };
const PAGES = [
  ['widget', '', 'fieldset[data-item]', 40],
  ['reader', 'reader.html', '[data-testid=reader-input]', 1],
];

/** Takes from `errors` the browser's own report of each load the test cut off. */
function expectCutLoads(errors) {
  const cut = errors.filter((e) => e.startsWith('console error: Failed to load resource: net::ERR_CONNECTION_RESET'));
  expect(cut.length).toBeGreaterThan(0);
  errors.splice(0, errors.length, ...errors.filter((e) => !cut.includes(e)));
}

/** Waits until the page of `selector` has started. */
const started = (page, selector, count) => expect(page.locator(selector)).toHaveCount(count);

// An engine below the floor (Chrome 73, say): it validates no module that
// imports a mutable global, and compiles none of the build's.
function belowTheFloor() {
  WebAssembly.validate = () => false;
  const refuse = async () => { throw new WebAssembly.CompileError('WebAssembly.compile(): imported mutable global'); };
  WebAssembly.compile = refuse;
  WebAssembly.compileStreaming = refuse;
}

async function expectOldBrowserMessage(page, which) {
  const message = page.locator('#boot-old');
  await expect(message).toBeVisible();
  await expect(message.locator('p').first()).toHaveText(OLD[which]);
  // On the first screen, with the page's address to copy.
  expect((await message.boundingBox()).y).toBeLessThan(200);
  await expect(message.locator('.boot-address')).toHaveValue(page.url());
  await expect(page.locator('#boot-failed')).toBeHidden();
  // Nothing says it is loading.
  await expect(page.getByText(ZH.loading).filter({ visible: true })).toHaveCount(0);
  if (which === 'widget') {
    // Every question stays, to tick and print, and the page says it did not start.
    await expect(page.locator('#prerendered legend')).toHaveCount(40);
    await expect(page.locator('#prerendered legend').first()).toHaveText('1. 服务器');
    await expect(page.locator('#prerendered .progress-text')).toHaveText(ZH.not_started);
    await expectChecklist(page, message.getByRole('link', { name: ZH.checklist_link, exact: true }), '40. 客服', '通过云端部署客服系统');
  }
}

/** Follows `link` to the checklist: every question, each with what it means shown, and no script. */
async function expectChecklist(page, link, last, lastDescription) {
  await link.click();
  await expect(page).toHaveURL(/\/checklist(\.en)?\.html$/);
  await expect(page.locator('legend')).toHaveCount(40);
  await expect(page.locator('legend').last()).toHaveText(last);
  await expect(page.locator('details.item-description[open]')).toHaveCount(40);
  await expect(page.locator('fieldset').last().locator('.item-description p')).toContainText(lastDescription);
  await expect(page.locator('script')).toHaveCount(0);
}

for (const [which, path, selector, count] of PAGES) {
  test(`${which}: without WebAssembly it says what to do, and nothing says loading`, async ({ page }) => {
    await page.addInitScript(() => { delete window.WebAssembly; });
    await page.goto(path);
    await expectOldBrowserMessage(page, which);
  });

  test(`${which}: on an engine below the floor it says the browser is too old`, async ({ page }) => {
    await page.addInitScript(belowTheFloor);
    await page.goto(path);
    await expectOldBrowserMessage(page, which);
  });

  test(`${which}: where the site's policy forbids WebAssembly it says so, not that the download failed`, async ({ page }) => {
    // As Chromium before 97 reads the shipped policy: it knows no 'wasm-unsafe-eval'.
    await page.route((url) => url.pathname === `/${path}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self'" } });
    });
    await page.goto(path);
    const message = page.locator('#boot-blocked');
    await expect(message).toBeVisible();
    await expect(message.locator('p').first()).toHaveText(BLOCKED[which]);
    await expect(message.locator('.boot-address')).toHaveValue(page.url());
    await expect(page.locator('#boot-old, #boot-failed').filter({ visible: true })).toHaveCount(0);
  });

  test(`${which}: a download cut off says so, and the retry starts it without a reload`, async ({ page, errors }) => {
    await page.route(/_bg\.wasm$/, (route) => route.abort('connectionreset'));
    await page.goto(path);
    const message = page.locator('#boot-failed');
    await expect(message).toBeVisible();
    await expect(message.locator('p').first()).toHaveText(FAILED[which]);
    await expect(page.locator('#boot-old')).toBeHidden();
    await page.evaluate(() => { window.sameDocument = true; });
    // An answer ticked meanwhile is the visitor's once the retry succeeds.
    if (which === 'widget') await page.locator('#prerendered input[name="mgmt.finance.tax"][value="3"]').check();
    await page.unroute(/_bg\.wasm$/);
    await message.getByRole('button', { name: RETRY[which], exact: true }).click();
    await started(page, selector, count);
    await expect(message).toBeHidden();
    expect(await page.evaluate(() => window.sameDocument)).toBe(true);
    if (which === 'widget') {
      await expect(radio(page, 'mgmt.finance.tax', '3')).toBeChecked();
      await expect(page.getByTestId('progress')).toHaveText('已答 1/40 项');
    }
    expectCutLoads(errors);
  });

  test(`${which}: a damaged download says so (not that the browser is old), and the retry starts it`, async ({ page }) => {
    // The first half of the module as built, sent whole as far as the browser knows.
    await page.route(/_bg\.wasm$/, (route) => {
      const body = readFileSync(DIST + new URL(route.request().url()).pathname.split('/').pop());
      return route.fulfill({ contentType: 'application/wasm', body: body.subarray(0, body.length >> 1) });
    });
    await page.goto(path);
    await expect(page.locator('#boot-failed')).toBeVisible();
    await expect(page.locator('#boot-old')).toBeHidden();
    await page.unroute(/_bg\.wasm$/);
    await page.getByRole('button', { name: RETRY[which], exact: true }).click();
    await started(page, selector, count);
  });

  test(`${which}: its script cut off says so too, and the retry starts it`, async ({ page, errors }) => {
    const glue = which === 'widget' ? /\/selfcheck-[0-9a-f]+\.js$/ : /\/reader-[0-9a-f]+\.js$/;
    await page.route(glue, (route) => route.abort('connectionreset'));
    await page.goto(path);
    await expect(page.locator('#boot-failed')).toBeVisible();
    await page.unroute(glue);
    await page.getByRole('button', { name: RETRY[which], exact: true }).click();
    await started(page, selector, count);
    expectCutLoads(errors);
  });
}

test('the English page says it in English, and links to the English checklist', async ({ page }) => {
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto('?lang=en');
  const message = page.locator('#boot-old');
  await expect(message).toBeVisible();
  await expect(message.locator('p').first()).toHaveText([EN.cannot_run, EN.answers_not_kept, EN.switch_mode, EN.checklist_note].join(' '));
  await expect(page.locator('#prerendered .progress-text')).toHaveText(EN.not_started);
  await expect(message.locator('[lang=zh-CN]')).toHaveCount(0);
  await expectChecklist(page, message.getByRole('link', { name: EN.checklist_link, exact: true }), '40. Customer service', 'Deploy a customer service system in the cloud');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('where modules do not run (IE mode), the classic script shows the message', async ({ page }) => {
  // The boot module does nothing here, as in a browser that skips modules.
  await page.route(/\/boot-[0-9a-f]+\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
  await page.goto('');
  await expect(page.locator('#boot-old')).toBeHidden();
  const nomodule = await page.locator('script[nomodule]').getAttribute('src');
  await page.addScriptTag({ url: nomodule });
  await expectOldBrowserMessage(page, 'widget');
  // Written in ES5, which Internet Explorer parses: esbuild refuses anything later.
  const text = await (await page.request.get(nomodule)).text();
  expect(() => transformSync(text, { target: 'es5', loader: 'js' })).not.toThrow();
});

test('a checked answer shows in the native radio where :has() is unknown', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
  await answer(page, 'infra.it.server', '2');
  // The style sheet as an engine without :has() (Chrome before 105, Safari before 15.4) reads it.
  const dropped = await page.evaluate(() => {
    let count = 0;
    const prune = (rules) => {
      for (let i = rules.length - 1; i >= 0; i--) {
        if (rules[i].cssRules && !rules[i].selectorText) prune(rules[i].cssRules);
        else if (rules[i].selectorText?.includes(':has(')) {
          rules[i].parentRule ? rules[i].parentRule.deleteRule(i) : rules[i].parentStyleSheet.deleteRule(i);
          count++;
        }
      }
    };
    for (const sheet of document.styleSheets) prune(sheet.cssRules);
    return count;
  });
  expect(dropped).toBeGreaterThan(0);
  const checked = radio(page, 'infra.it.server', '2');
  await expect(checked).toBeChecked();
  await expect(checked).toBeVisible();
  const box = await checked.boundingBox();
  expect(box.width).toBeGreaterThanOrEqual(14);
  expect(await checked.evaluate((r) => getComputedStyle(r).opacity)).toBe('1');
  await page.screenshot({ path: test.info().outputPath('checked-without-has.png'), clip: { x: 0, y: Math.max(0, box.y - 80), width: 600, height: 200 } });
});

test('the shipped style sheet is lowered for the floor: `inset` written out (Chrome 87, Safari 14.1 have the shorthand)', () => {
  // What it uses beyond the floor is checked with stylelint in scripts/test.sh.
  const html = readFileSync(`${DIST}index.html`, 'utf8');
  const css = readFileSync(DIST + html.match(/href="\.\/(main-[0-9a-f]+\.css)"/)[1], 'utf8');
  expect(css).not.toMatch(/[{;]inset:/);
});

test('the title, description and start-up messages come from the rubric: a build of tests/rubrics/small.toml names its 4 questions', () => {
  const small = new URL('../../target/dist-small/', import.meta.url).pathname;
  for (const [dist, count, titles] of [[DIST, 40, ['企业上云自评', 'Cloud adoption self-check']], [small, 4, ['小', 'Small']]]) {
    for (const [page, strings, description, title] of [
      ['index.html', startUpStrings('zh', count), `的 ${count} 项要素条件`, titles[0]],
      ['index.en.html', startUpStrings('en', count), `the ${count} element conditions`, titles[1]],
    ]) {
      const html = readFileSync(`${dist}${page}`, 'utf8');
      expect(html, page).not.toContain('{items}');
      expect(html, page).toContain(`<title>${title}</title>`);
      expect(html, page).toMatch(new RegExp(`<meta name="description" content="[^"]*${description}`));
      expect(html, page).toContain(strings.checklist_note);
      // The old browser's message and the one without scripts link to it.
      expect(html.split(`>${strings.checklist_link}</a>`), page).toHaveLength(3);
    }
    // embed.js names its frame with the rubric's title.
    const embed = readFileSync(`${dist}embed.js`, 'utf8');
    for (const title of titles) expect(embed).toContain(`'${title}'`);
  }
});
