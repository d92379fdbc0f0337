// Trunk's post-build hook, for either page (index.html with the widget,
// reader.html with the officials' reader): makes the page's wasm and glue
// again from cargo's output, then the page, by the steps README.md lists,
// one file each in this folder, each checking what it wrote. The files are
// named with one hash of the lot, since the main glue and the split loader
// import each other.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { bindgen } from './bindgen.mjs';
import { bootScript, nomoduleScript } from './boot.mjs';
import { precompress } from './compress.mjs';
import { renameImports, shortImportNames } from './import-names.mjs';
import { lower } from './lower.mjs';
import { optimise } from './optimise.mjs';
import { hashedName, minify, pageParts, writePage } from './page.mjs';
import { split } from './split.mjs';
import { fail } from './tools.mjs';
import { dropUnusedExports, withoutStreamAdapters } from './unused-exports.mjs';
import { checkModule } from './verify.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const sourceDir = process.env.TRUNK_SOURCE_DIR ?? process.cwd();

// Trunk writes every page as index.html.
const pagePath = join(dir, 'index.html');
// The binary the page loads, as its <link data-trunk rel="rust"> names it.
const bin = /<link data-trunk rel="rust" data-bin="([a-z-]+)"/.exec(readFileSync(pagePath, 'utf8'))?.[1];
if (!bin) fail(pagePath, 'has no <link data-trunk rel="rust" data-bin="…">');
// The page's style sheets (main.css, and reader.css for the reader).
const stylesheets = readdirSync(dir).filter((f) => /^[a-z]+-[0-9a-f]+\.css$/.test(f));
if (!stylesheets.some((f) => f.startsWith('main-'))) fail(pagePath, 'has no main.css');

/** The exports of the main module that its JS uses: what the glue calls (`wasm.NAME`), and what the split loader takes. */
const usedExports = (glue, loader) => new Set([...[...glue.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]), ...sharedWithSplitModules(loader)]);

// What the split loader gives every split module (`__wasm_split.NAME`),
// taken from the main module: `const { __indirect_function_table, … } = initSync(…)`.
const sharedWithSplitModules = (loader) => (/const \{([^}]*)\} = initSync\(/.exec(loader)?.[1] ?? '').split(',').map((n) => n.trim()).filter(Boolean);

/**
 * The imports that the glue gives the main module, as `module.name`: the
 * functions of its `import0` object (`__wbg_get_imports`), and the split
 * loader's exports (`import1`).
 */
function gluedImports(glue, loader) {
  const provided = new Set();
  const object = /const import0 = \{([\s\S]*?)\n {4}\};/.exec(glue)?.[1] ?? '';
  const module = /"([^"]+)": import0/.exec(glue)?.[1];
  for (const [, name] of object.matchAll(/^ {8}(\w+): function/gm)) provided.add(`${module}.${name}`);
  for (const [, name] of loader.matchAll(/^export (?:const|function|async function) (\w+)/gm)) provided.add(`./__wasm_split.js.${name}`);
  return provided;
}

/** What a split module is given by the loader, and uses of it (nothing: it fills the shared table). */
const splitImports = (loader) => ({ provided: new Set(sharedWithSplitModules(loader).map((n) => `__wasm_split.${n}`)), used: new Set() });

// Step 7: the split loader of wasm-split-cli, where the page calls a split point. A
// server that sends wasm without `application/wasm` (common on government
// sites) makes instantiateStreaming fail: there it is compiled whole, as the
// boot module does for the main module.
function splitLoader(work) {
  const path = join(work, '__wasm_split.js');
  const text = readFileSync(path, 'utf8');
  if (!text.includes('WebAssembly.instantiateStreaming(')) fail(path, 'no longer uses instantiateStreaming');
  return `${text.replaceAll('WebAssembly.instantiateStreaming(', 'instantiateStreaming(')}
async function instantiateStreaming(response, imports) {
  const served = await response;
  if (served.headers.get('Content-Type')?.startsWith('application/wasm')) {
    return WebAssembly.instantiateStreaming(served, imports);
  }
  if (!served.ok) throw new Error(\`\${served.url}: \${served.status}\`);
  return WebAssembly.instantiate(await served.arrayBuffer(), imports);
}
`;
}

// Steps 1–8: the page's modules and their JS, written into `dir`; returns their names.
function makeWasm() {
  const metadata = execFileSync('cargo', ['metadata', '--format-version=1', '--no-deps', '--offline'], { cwd: sourceDir, encoding: 'utf8' });
  const built = join(JSON.parse(metadata).target_directory, 'wasm32-unknown-unknown', process.env.TRUNK_PROFILE ?? 'release', `${bin}.wasm`);
  const work = mkdtempSync(join(tmpdir(), 'selfcheck-dist-'));
  try {
    const { main, modules: splitModules } = split(built, work, bin);
    const { glue, wasm, callsSplitPoints: calls } = bindgen(main, work, bin);
    const gluePath = join(work, `${bin}.js`);
    dropUnusedExports(wasm);
    const { shortGlue, renamed } = shortImportNames(withoutStreamAdapters(glue, gluePath), gluePath);
    renameImports(wasm, renamed);
    // The split modules and their loader count where the page calls a split point.
    const modules = calls ? splitModules : [];
    for (const module of [wasm, ...modules.map((m) => join(work, m))]) {
      lower(module);
      optimise(module);
    }
    const loaderText = calls ? splitLoader(work) : '';
    checkModule(wasm, { provided: gluedImports(shortGlue, loaderText), used: usedExports(shortGlue, loaderText) });
    for (const module of modules) checkModule(join(work, module), splitImports(loaderText));

    // One hash of all they are, for the names they are cached by.
    const digest = createHash('sha256').update(shortGlue).update(loaderText);
    for (const module of [wasm, ...modules.map((m) => join(work, m))]) digest.update(readFileSync(module));
    const hash = digest.digest('hex').slice(0, 16);
    // Trunk's own glue and wasm (not the page's style sheets, named like them).
    for (const old of readdirSync(dir).filter((f) => f.startsWith(`${bin}-`) && /(\.js|\.wasm)$/.test(f))) rmSync(join(dir, old));
    const names = {
      glue: `${bin}-${hash}.js`,
      wasm: `${bin}-${hash}_bg.wasm`,
      loader: calls ? `${bin}-split-${hash}.js` : undefined,
    };
    writeFileSync(join(dir, names.glue), calls ? shortGlue.replaceAll('from "./__wasm_split.js"', `from "./${names.loader}"`) : shortGlue);
    writeFileSync(join(dir, names.wasm), readFileSync(wasm));
    if (calls) {
      let loader = loaderText.replaceAll(`"./${bin}.js"`, `"./${names.glue}"`);
      for (const module of modules) {
        const named = module.replace(/\.wasm$/, `-${hash}.wasm`);
        loader = loader.replaceAll(`"./${module}"`, `"./${named}"`);
        writeFileSync(join(dir, named), readFileSync(join(work, module)));
      }
      writeFileSync(join(dir, names.loader), loader);
    }
    return names;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const names = makeWasm();
minify(dir, names.glue, 'js');
if (names.loader) minify(dir, names.loader, 'js');
const styles = stylesheets.map((file) => ({ file, text: minify(dir, file, 'css') }));

// Step 9. The widget's page opens with its questions written in: its wasm
// is fetched once they are painted.
const opening = bin === 'selfcheck';
// What the start-up script and embed.js must know from the library: `name value` lines.
const known = pageParts(sourceDir, 'boot').split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)]);
const readOnlyMarkers = known.filter(([name]) => name === 'read-only-marker').map(([, marker]) => marker);
const [largeTextKey, titleZh, titleEn] = ['large-text-key', 'title-zh-CN', 'title-en'].map((key) => known.find(([name]) => name === key)?.[1]);
if (readOnlyMarkers.length === 0 || !largeTextKey || !titleZh || !titleEn) fail(pagePath, 'page-parts did not print what the start-up script and embed.js need');
const bootText = bootScript({ glue: names.glue, wasm: names.wasm, opening, readOnlyMarkers, largeTextKey });
const boot = hashedName('boot', bootText);
writeFileSync(join(dir, boot), bootText);
minify(dir, boot, 'js');
const nomoduleText = nomoduleScript();
const nomodule = hashedName('nomodule', nomoduleText);
writeFileSync(join(dir, nomodule), nomoduleText);

// Step 10.
writePage(dir, sourceDir, { ...names, styles, boot, nomodule, opening, titles: { zh: titleZh, en: titleEn } });

// Step 11.
await precompress(dir);
