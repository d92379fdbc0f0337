// Shared helpers of the browser tests. Every page a test opens is watched:
// a page error or console error fails the test.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test as base, expect } from '@playwright/test';

const require = createRequire(import.meta.url);
const axeSource = require('axe-core').source;
const aceSource = readFileSync(require.resolve('accessibility-checker-engine/ace.js'), 'utf8');

export { expect };

export const STORAGE_KEY = 'selfcheck:cloud-adoption:v1';

/** Collects page errors and console errors of `page` into `errors`. */
export function watch(page, errors) {
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  return page;
}

export const test = base.extend({
  errors: async ({}, use) => {
    const errors = [];
    await use(errors);
    expect(errors, 'no page or console errors').toEqual([]);
  },
  page: async ({ page, errors }, use) => {
    await use(watch(page, errors));
  },
  /** Opens another page in a fresh browser context (no shared storage). */
  freshPage: async ({ browser, errors }, use) => {
    const context = await browser.newContext();
    await use(watch(await context.newPage(), errors));
    await context.close();
  },
});

/**
 * Holds the page's wasm back until the returned function is called: the
 * opening written at build time is what the page shows meanwhile.
 */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  return release;
}

/** Opens the widget and waits until it has rendered. */
export async function open(page, path = '') {
  await page.goto(path);
  await expect(page.locator('fieldset[data-item]')).toHaveCount(40);
}

export function radio(page, item, value) {
  return page.locator(`[data-item="${item}"] input[value="${value}"]`);
}

export async function answer(page, item, value) {
  await radio(page, item, value).check();
}

/** The item ids in page order. */
export async function itemIds(page) {
  return page.locator('fieldset[data-item]').evaluateAll((items) => items.map((i) => i.dataset.item));
}

/** Answers every item whose id starts with `prefix` with `value`. */
export async function answerAll(page, prefix, value) {
  for (const id of await itemIds(page)) {
    if (id.startsWith(prefix)) await answer(page, id, value);
  }
}

/** The saved progress, once the last answer's frame is painted (when it is saved). */
export async function stored(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  return page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
}

export const overallScore = (page) => page.getByTestId('overall-score');
export const overallLevel = (page) => page.getByTestId('overall-level');
export const partScore = (page, part) => page.locator(`[data-testid=part-score][data-part=${part}]`);

/**
 * What two accessibility engines find against WCAG 2.1 A and AA on the page
 * as it is, one line each: axe-core, and IBM's Equal Access engine (policy
 * WCAG_2_1, its violations). Each sees things the other does not.
 */
export async function accessibilityViolations(page) {
  return [...await axeViolations(page), ...await equalAccessViolations(page)];
}

async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/**
 * IBM Equal Access' violations. The widget's parts off screen are laid out
 * first, as a jump within the page lays them out: under
 * `content-visibility: auto` their questions look nameless to an engine
 * that runs in the page, though the browser's accessibility tree names
 * them (Chromium with an assistive technology on exposes all forty groups).
 */
async function equalAccessViolations(page) {
  if (!await page.evaluate(() => typeof window.ace === 'object')) await page.evaluate(aceSource);
  const results = await page.evaluate(async () => {
    const root = document.documentElement;
    const wasLaidOut = root.hasAttribute('data-laid-out');
    root.setAttribute('data-laid-out', '');
    try {
      const report = await new window.ace.Checker().check(document, ['WCAG_2_1']);
      return report.results
        .filter((r) => r.value[0] === 'VIOLATION' && r.value[1] === 'FAIL')
        .map((r) => `${r.ruleId}: ${r.message} (${r.path.dom})`);
    } finally {
      if (!wasLaidOut) root.removeAttribute('data-laid-out');
    }
  });
  return results;
}

/** Opens the officials' reader and waits until it has started. */
export async function openReader(page, path = 'reader.html') {
  await page.goto(path);
  await expect(page.getByTestId('reader-input')).toBeVisible();
}

/** Puts `text` in the reader's box and waits until it is read. */
export async function paste(page, text) {
  await page.getByTestId('reader-input').fill(text);
  await expect(page.locator('.reading-status')).toBeEmpty();
}

/** A score shown as a whole number, halves rounded up, as the pages show it. */
export const whole = (x) => Math.floor(x + 0.5);

/**
 * The start-up messages' strings in `lang` (`zh` or `en`), by name, from
 * the strings table (src/model/i18n.rs, printed by src/bin/page-parts.rs), with
 * `{items}` filled in with `items`.
 */
export function startUpStrings(lang, items = 40) {
  const json = execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'page-parts', '--', 'start-up-strings', lang], {
    cwd: new URL('../..', import.meta.url).pathname,
    encoding: 'utf8',
  });
  return Object.fromEntries(Object.entries(JSON.parse(json)).map(([name, text]) => [name, text.replaceAll('{items}', items)]));
}
