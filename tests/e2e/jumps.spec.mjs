// Jumps within the page land on their target on a phone (360 × 740, touch),
// tapped as a person taps: the bottom bar's result button, "continue" to
// the next unanswered question, a next step's button to its question. The
// parts off screen are laid out lazily, so a jump that trusted their
// guessed height would land thousands of pixels short.
import { test, expect, open, answer, itemIds } from './fixtures.mjs';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const SEE_RESULT = { zh: '查看结果', en: 'See result' };
const CONTINUE = { zh: '继续作答', en: 'Continue answering' };

/** Opens the widget in `lang`, in large text if asked, with the first `count` items answered 2. */
async function openAnswered(page, lang, count, largeText = false) {
  await open(page, lang === 'en' ? '?lang=en' : '');
  if (largeText) await page.getByTestId('large-text').tap();
  for (const id of (await itemIds(page)).slice(0, count)) await answer(page, id, '2');
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Expects `locator` wholly on screen, above the bottom bar, once the
 * smooth scroll has ended. (Playwright's toBeInViewport reads an
 * intersection ratio, which a legend on its fieldset's border never fills.)
 */
async function expectOnScreen(page, locator) {
  const place = () => locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const bar = document.querySelector('.mobile-bar').getBoundingClientRect();
    return box.top >= 0 && box.bottom <= bar.top ? 'on screen' : `${Math.round(box.top)} px from the top`;
  });
  await expect.poll(place, { timeout: 8000 }).toBe('on screen');
}

/** Taps the bottom bar's result button and expects the score on screen. */
async function seeResult(page, lang) {
  await page.locator('.mobile-bar').getByRole('button', { name: SEE_RESULT[lang] }).tap();
  await expect(page.locator('#result-heading')).toBeFocused();
  await expectOnScreen(page, page.getByTestId('overall-score'));
}

for (const [lang, count, largeText] of [
  ['zh', 0, false],
  ['zh', 5, false],
  ['en', 12, false],
  ['zh', 0, true],
  ['en', 5, true],
  ['zh', 40, false],
]) {
  test(`the result button lands on the score (${lang}, ${count} answered${largeText ? ', large text' : ''})`, async ({ page }) => {
    await openAnswered(page, lang, count, largeText);
    await seeResult(page, lang);
  });
}

for (const lang of ['zh', 'en']) {
  test(`from the result, "continue" and a next step land on their question (${lang})`, async ({ page }) => {
    await openAnswered(page, lang, 5);
    await seeResult(page, lang);

    // The first unanswered question is the sixth.
    const sixth = (await itemIds(page))[5];
    await page.getByRole('button', { name: CONTINUE[lang] }).tap();
    await expect(page.locator(`[data-item="${sixth}"] input`).first()).toBeFocused();
    await expectOnScreen(page, page.locator(`[data-item="${sixth}"] legend`));

    // A next step far down the page: the last one listed.
    await seeResult(page, lang);
    const step = page.locator('[data-step]').last();
    const id = await step.getAttribute('data-step');
    await step.tap();
    await expect(page.locator(`[data-item="${id}"] input`).first()).toBeFocused();
    await expectOnScreen(page, page.locator(`[data-item="${id}"] legend`));
  });
}
