import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const [url, out, width, height, listFile, large] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(url);
await page.waitForSelector('[data-testid=reader-input]');
if (listFile) { await page.getByTestId('reader-input').fill(readFileSync(listFile, 'utf8')); await page.waitForSelector('[data-testid=reader-valid]'); }
if (large) await page.getByTestId('large-text').click();
await page.waitForTimeout(400);
console.log(await page.evaluate(() => { const w = window.innerWidth; return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1 && !e.closest('.table-scroll')).slice(0, 8).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`); }));
const h = await page.evaluate(() => document.documentElement.scrollHeight); console.log('height', h);
for (let y = 0, i = 0; y < Math.min(h, 4800); y += 1600, i++) await page.screenshot({ path: out.replace('.png', `-${i}.png`), fullPage: true, clip: { x: 0, y, width: Number(width), height: 1600 } });
await browser.close();
