// The size and speed benchmark (run on demand, not in CI's pass/fail):
//   scripts/bench.sh [runs] [base revision]
//   node tests/bench/bench.mjs RUNS DIST [BASE_DIST]
// With a second build (scripts/bench.sh builds the base revision into
// target/bench-base/dist), every figure is measured for both in one run,
// their page loads alternating, and printed side by side: this | base.
// The start-up figures are also measured for the same forty questions in
// SurveyJS (tests/bench/surveyjs.mjs), its loads alternating with theirs.
// Prints, as medians over repeated runs in headless Chromium (Debian's):
// - the bytes fetched at start, per file and in total: raw, gzip, brotli;
// - navigation start to the first answer possible (an enabled radio on
//   screen) and to all 40 items live in the page (the widget's `data-item`
//   hooks, set with the result panel in place), on loopback and on a slow
//   4G profile (1.6 Mbit/s down, 750 kbit/s up, 150 ms latency), at CPU ×1
//   and ×4, each beside SurveyJS and as a ratio of it;
// - the first group's items on screen (in Chinese);
// - the longest main-thread task during start-up, at CPU ×1 and ×4
//   (DevTools' CPU throttling, a mid-range phone);
// - a tap on an answer to the changed overall score and to the next frame
//   painted, at CPU ×1 and ×4, both toggling one item and answering the
//   items in order as people do (each tap new: progress, navigator, next
//   steps and link all change);
// - Lighthouse (mobile: simulated slow 4G, CPU ×4): performance, total
//   blocking time, largest contentful paint, cumulative layout shift, SEO;
// - the officials' reader: 10,000 links pasted to the cohort on screen (and
//   to every row of the table), with the longest main-thread task meanwhile.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { answerSets, payload } from '../e2e/result-links.mjs';
import { writeSurveyJsPage } from './surveyjs.mjs';

const root = new URL('../../', import.meta.url).pathname;
// BENCH_PARTS=start,lighthouse (say) measures those alone: bytes, start,
// taps, lighthouse, reader.
const PARTS = ['bytes', 'start', 'taps', 'lighthouse', 'reader'];
const parts = new Set(process.env.BENCH_PARTS ? process.env.BENCH_PARTS.split(',') : PARTS);
for (const part of parts) if (!PARTS.includes(part)) throw new Error(`BENCH_PARTS: no part "${part}" (${PARTS.join(', ')})`);
const runs = Number(process.argv[2] ?? 7);
// Each build measured: its folder, served on a port of its own.
const builds = process.argv.slice(3).map((dist, i) => ({ dist, url: `http://127.0.0.1:${8797 + i}/` }));
if (builds.length === 0) builds.push({ dist: join(root, 'dist'), url: 'http://127.0.0.1:8797/' });
const names = builds.length > 1 ? ['this', 'base'] : ['this'];
/** `figure(values)` of each build, side by side. */
const sideBySide = (perBuild, figure) => perBuild.map((values, i) => `${names[i]}: ${figure(values)}`).join(' | ');
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const kib = (bytes) => (bytes / 1024).toFixed(1);

// Records when all 40 items are live in the page (`live` matches them: the
// widget marks them with `data-item` once its result panel is in place
// too), when an answer can first be given, and every long task.
function probe(live) {
  window.benchmark = { itemsAt: null, firstGroupAt: null, firstAnswerAt: null, longTasks: [] };
  // The first group's four items laid out on screen (in the frame about to
  // be painted): written into the page at build time, or by the widget.
  const firstGroupShown = () => {
    const items = [...document.querySelectorAll('fieldset.item')].slice(0, 4);
    return items.length === 4 && items.every((item) => item.getBoundingClientRect().height > 0);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchmark.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  // Looked at in the next animation frame, not at each mutation: a layout
  // forced while the parser is still adding the opening would lengthen the
  // very tasks this measures.
  // An answer that a tap would give: an enabled radio laid out on screen
  // (the widget's, a page written at build time, or SurveyJS's).
  const answerPossible = () => [...document.querySelectorAll('input[type=radio]:not(:disabled)')].some((radio) => {
    const box = (radio.closest('label') ?? radio).getBoundingClientRect();
    return box.height > 0 && box.bottom > 0 && box.top < innerHeight;
  });
  let looking = false;
  const lookForFirstGroup = () => {
    const { benchmark } = window;
    if (looking || (benchmark.firstGroupAt !== null && benchmark.firstAnswerAt !== null)) return;
    looking = true;
    requestAnimationFrame(() => {
      looking = false;
      if (benchmark.firstGroupAt === null && firstGroupShown()) benchmark.firstGroupAt = performance.now();
      if (benchmark.firstAnswerAt === null && answerPossible()) benchmark.firstAnswerAt = performance.now();
    });
  };
  new MutationObserver((_, observer) => {
    lookForFirstGroup();
    if (document.querySelectorAll(live).length === 40) {
      window.benchmark.itemsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributeFilter: ['data-item'] });
  document.addEventListener('DOMContentLoaded', lookForFirstGroup);
}

// The same forty questions in SurveyJS, measured beside them.
// Written only for the parts that load it (bytes, start).
const surveyJs = parts.has('bytes') || parts.has('start')
  ? { dist: await writeSurveyJsPage(builds[0].dist), url: `http://127.0.0.1:${8797 + builds.length}/`, live: '.sd-question' }
  : null;
const servers = [...builds, ...(surveyJs ? [surveyJs] : [])].map(({ dist, url }) => spawn('node', [join(root, 'scripts/static-server.mjs'), dist, new URL(url).port], { stdio: 'ignore' }));
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

try {
  // One cold load in a fresh context; returns the start-up figures.
  async function load(url, network, cpu = 1, live = 'fieldset[data-item]') {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const files = [];
    page.on('requestfinished', (request) => files.push(new URL(request.url()).pathname.slice(1) || 'index.html'));
    await page.addInitScript(probe, live);
    await page.goto(url);
    await page.waitForFunction(() => window.benchmark.itemsAt !== null, null, { timeout: 60_000 });
    await page.waitForTimeout(200);
    const { itemsAt, firstGroupAt, firstAnswerAt, longTasks } = await page.evaluate(() => window.benchmark);
    return { context, page, cdp, files, itemsAt, firstGroupAt, firstAnswerAt, longestTask: Math.max(0, ...longTasks) };
  }

  // Bytes fetched at start: the build's files and the precompressed copies
  // that the servers send (.gz made with Zopfli, .br).
  console.log(`Machine: ${cpus().length} × ${cpus()[0].model}, ${Math.round(totalmem() / 2 ** 30)} GiB; Chromium ${browser.version()}; ${runs} runs each.\n`);
  if (parts.has('bytes')) {
    for (const [i, { dist, url, live }] of [...builds, surveyJs].entries()) {
      const first = await load(url, null, 1, live);
      console.log(`${[...names, 'SurveyJS'][i]} (${dist})\nFetched at start        raw KiB   gzip KiB  brotli KiB`);
      const totals = [0, 0, 0];
      // Not what the server answers 204 for (a benchmark file not published).
      for (const file of first.files.filter((f) => existsSync(join(dist, f)))) {
        const sizes = ['', '.gz', '.br'].map((suffix) => statSync(join(dist, file + suffix)).size);
        sizes.forEach((size, n) => { totals[n] += size; });
        console.log(`${file.padEnd(38).slice(0, 38)} ${sizes.map((size) => kib(size).padStart(9)).join(' ')}`);
      }
      console.log(`${'total'.padEnd(38)} ${totals.map((size) => kib(size).padStart(9)).join(' ')}${live ? '' : '  (budget: 137 KiB brotli)'}`);
      // What features that wait for a click fetch on first use (a split
      // module, or the chunk of code two of them share).
      for (const file of readdirSync(dist).filter((f) => /^(split|chunk)_.*\.wasm$/.test(f))) {
        const sizes = ['', '.gz', '.br'].map((suffix) => statSync(join(dist, file + suffix)).size);
        console.log(`Fetched on first use: ${file}  ${sizes.map(kib).join(' / ')} KiB raw / gzip / brotli`);
      }
      console.log('');
      await first.context.close();
    }
  }

  if (parts.has('start')) {
    for (const [name, network, cpu] of [['loopback', null, 1], ['loopback, CPU ×4', null, 4], ['slow 4G', SLOW_4G, 1], ['slow 4G, CPU ×4', SLOW_4G, 4]]) {
      // The builds, then SurveyJS last.
      const measured = [...builds, surveyJs];
      const itemsAt = measured.map(() => []);
      const firstGroupAt = measured.map(() => []);
      const firstAnswerAt = measured.map(() => []);
      const longest = measured.map(() => []);
      // The loads alternate, so that the machine's noise falls on all.
      for (let run = 0; run < runs; run++) {
        for (const [i, { url, live }] of measured.entries()) {
          const result = await load(url, network, cpu, live);
          itemsAt[i].push(result.itemsAt);
          firstGroupAt[i].push(result.firstGroupAt);
          firstAnswerAt[i].push(result.firstAnswerAt);
          longest[i].push(result.longestTask);
          await result.context.close();
        }
      }
      const range = (values) => `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`;
      // Each build beside SurveyJS, as a ratio of medians.
      const withSurveyJs = (figures) => {
        const surveyJsMedian = median(figures.at(-1));
        const ratios = figures.slice(0, -1).map((values, i) => `${names[i]} ${(median(values) / surveyJsMedian).toFixed(2)}`);
        return `${sideBySide(figures.slice(0, -1), range)} | SurveyJS: ${range(figures.at(-1))}; × SurveyJS: ${ratios.join(', ')}`;
      };
      const slow4G = network === SLOW_4G;
      console.log(`${name}: first group on screen ${sideBySide(firstGroupAt.slice(0, -1), range)}${slow4G ? '  (budget: no later than 430 ms at CPU ×1)' : ''}`);
      console.log(`${name}: first answer possible (an enabled radio on screen) ${withSurveyJs(firstAnswerAt)}${slow4G ? '  (budget: 0.2 × SurveyJS)' : ''}`);
      console.log(`${name}: all 40 items live ${withSurveyJs(itemsAt)}`);
      console.log(`${name}: longest start-up task ${sideBySide(longest.slice(0, -1), (values) => `median ${median(values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`)} (tasks under 50 ms are not reported; 0 = none)  (budget: ${cpu === 4 ? 150 : 50} ms)`);
    }
  }

  // A tap on an answer: to the changed overall score, and to the next
  // frame painted (a message posted from the next animation frame's
  // callback arrives once that frame has been rendered).
  async function taps(url, cpu, inOrder) {
    const { context, page, cdp } = await load(url, null);
    if (cpu !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    const result = await page.evaluate(async ([count, inOrder]) => {
      // Toggling changes the overall score at every tap; answering in order
      // may not change its rounded figure, but always the progress, which
      // the same update writes.
      // Read afresh at every look: the progress row is HTML text, written
      // anew when the answers change.
      const watched = inOrder ? '[data-testid=progress]' : '[data-testid=overall-score]';
      const shown = () => document.querySelector(watched).textContent;
      const ids = [...document.querySelectorAll('fieldset[data-item]')].map((item) => item.dataset.item);
      const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }));
      const changed = [];
      const painted = [];
      for (let i = 0; i < count; i++) {
        // In order: each item answered once (已上云 raises the score at
        // every tap); toggling: one item between two answers.
        const [id, value] = inOrder ? [ids[i], '2'] : ['infra.it.server', i % 2 ? '0' : '3'];
        const input = document.querySelector(`[data-item="${id}"] input[value="${value}"]`);
        const before = shown();
        const scoreChanged = new Promise((resolve, reject) => {
          const observer = new MutationObserver(() => {
            if (shown() !== before) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(document.body, { childList: true, characterData: true, subtree: true });
          setTimeout(() => reject(new Error(`no change after a tap on ${id} ${value}`)), 5000);
        });
        const start = performance.now();
        input.click();
        const paintedAt = afterNextPaint();
        changed.push((await scoreChanged) - start);
        painted.push((await paintedAt) - start);
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      return { changed, painted };
    }, [inOrder ? 40 : runs * 6, inOrder]);
    await context.close();
    return result;
  }
  if (parts.has('taps')) {
    for (const cpu of [1, 4]) {
      for (const [name, inOrder] of [['toggling one item', false], ['answering in order', true]]) {
        const results = [];
        for (const { url } of builds) results.push(await taps(url, cpu, inOrder));
        const figures = (values) => `median ${median(values).toFixed(1)} ms, worst ${Math.max(...values).toFixed(1)} ms`;
        const budget = cpu === 1 ? '2 ms median, 8 ms worst' : '8 ms';
        console.log(`Tap, ${name}, CPU ×${cpu}: to the updated result ${sideBySide(results.map((r) => r.changed), figures)} (budget: ${budget})`);
        console.log(`Tap, ${name}, CPU ×${cpu}: to the next frame painted ${sideBySide(results.map((r) => r.painted), figures)}${cpu === 4 ? ' (budget: 16 ms)' : ''}`);
      }
    }
  }

  if (parts.has('lighthouse')) {
    // Lighthouse's mobile profile, in Debian's Chromium.
    const reports = mkdtempSync(join(tmpdir(), 'lighthouse-'));
    const lighthouse = builds.map(() => []);
    for (let run = 0; run < Math.min(runs, 3); run++) for (const [i, { url }] of builds.entries()) {
      const output = join(reports, `${i}-${run}.json`);
      const result = spawnSync(join(root, 'node_modules/.bin/lighthouse'), [
        url, '--quiet', '--form-factor=mobile', '--only-categories=performance,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu', '--output=json', `--output-path=${output}`,
      ], { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, stdio: 'ignore', timeout: 180_000 });
      if (result.status !== 0) throw new Error(`lighthouse failed (${result.status ?? result.signal})`);
      const report = JSON.parse(readFileSync(output, 'utf8'));
      lighthouse[i].push({
        performance: report.categories.performance.score * 100,
        seo: report.categories.seo.score * 100,
        tbt: report.audits['total-blocking-time'].numericValue,
        lcp: report.audits['largest-contentful-paint'].numericValue,
        cls: report.audits['cumulative-layout-shift'].numericValue,
      });
    }
    rmSync(reports, { recursive: true, force: true });
    const summary = (reports) => {
      const of = (key) => median(reports.map((r) => r[key]));
      return `performance ${of('performance').toFixed(0)}, TBT ${of('tbt').toFixed(0)} ms, LCP ${(of('lcp') / 1000).toFixed(2)} s, CLS ${of('cls').toFixed(3)}, SEO ${of('seo').toFixed(0)}`;
    };
    console.log(`Lighthouse mobile (${lighthouse[0].length} runs, medians): ${sideBySide(lighthouse, summary)}  (budget: 98, 50 ms, 1.2 s, 0, 100)`);
  }

  if (parts.has('reader')) {
    // The reader: 10,000 links in one input event (a paste), as a chat export.
    const list = answerSets(10_000, 40)
      .map((a, i) => `企业${i}：https://www.example.gov.cn/zt/shangyun/?from=singlemessage#r=${payload(a)}。`)
      .join('\n');
    const reads = builds.map(() => []);
    const tables = builds.map(() => []);
    const longestWhileReading = builds.map(() => []);
    for (let run = 0; run < Math.min(runs, 5); run++) for (const [i, { url }] of builds.entries()) {
      const readerContext = await browser.newContext();
      const reader = await readerContext.newPage();
      await reader.goto(`${url}reader.html`);
      await reader.waitForSelector('[data-testid=reader-input]');
      const result = await reader.evaluate(async (text) => {
        const longTasks = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask' });
        const input = document.querySelector('[data-testid=reader-input]');
        const start = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        let read;
        for (;;) {
          await new Promise((resolve) => setTimeout(resolve, 2));
          const valid = document.querySelector('[data-testid=reader-valid]');
          if (!read && valid?.textContent === '10000') read = performance.now() - start;
          if (read && document.querySelectorAll('[data-testid=reader-row]').length === 10000) break;
        }
        const table = performance.now() - start;
        await new Promise((resolve) => setTimeout(resolve, 200));
        return { read, table, longest: Math.max(0, ...longTasks) };
      }, list);
      reads[i].push(result.read);
      tables[i].push(result.table);
      longestWhileReading[i].push(result.longest);
      await readerContext.close();
    }
    const ms = (values) => `median ${median(values).toFixed(0)} ms`;
    console.log(`Reader, 10,000 links pasted to the cohort shown: ${sideBySide(reads, ms)} (of which 120 ms waiting for the paste to settle)  (budget: 1000 ms)`);
    console.log(`Reader, 10,000 links pasted to every row in the table: ${sideBySide(tables, ms)}`);
    console.log(`Reader, longest main-thread task meanwhile: ${sideBySide(longestWhileReading, (values) => `median ${median(values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms`)}  (budget: 200 ms)`);
  }
} finally {
  await browser.close();
  for (const server of servers) server.kill();
  if (surveyJs) rmSync(surveyJs.dist, { recursive: true, force: true });
}
