// Trunk post-build hook, for either page (index.html with the widget,
// reader.html with the officials' reader): makes the build work under a
// strict Content-Security-Policy and load fast.
// - Trunk's inline start-up script is replaced (inject_scripts = false) by
//   boot-<hash>.js, a file of its own, so `script-src 'self'` suffices;
// - the wasm's JS is preloaded in parallel with the boot script, and so is
//   the wasm, except where the page opens with its first questions written
//   in: there it is fetched once they are painted;
// - features that wait for a click (`#[wasm_split(on_click, …)]` in src/)
//   go to a wasm module of their own, fetched on first use;
// - the widget's page gets its opening as static HTML (src/prerender.rs),
//   and index.en.html the same page with an English opening, for servers
//   that serve it for `?lang=en` (deploy/nginx.conf);
// - the wasm-bindgen glue and the stylesheet are minified (esbuild; Trunk's
//   own minifier breaks the glue), and the stylesheet's integrity renewed;
// - every text and wasm file gets precompressed siblings: .gz made with
//   Zopfli (gzip that any client reads, ~5% smaller than zlib's best) and .br.
import { gzipAsync } from '@gfx/zopfli';
import { execFileSync } from 'node:child_process';
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const sourceDir = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
const find = (pattern) => {
  const files = readdirSync(dir);
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`expected one file matching ${pattern} in ${dir}, found ${found}`);
  return found[0];
};
// Trunk writes every page as index.html.
const page = 'index.html';
const pagePath = join(dir, page);
// The binary the page loads, as its <link data-trunk rel="rust"> names it.
const bin = /<link data-trunk rel="rust" data-bin="([a-z-]+)"/.exec(readFileSync(pagePath, 'utf8'))?.[1];
if (!bin) throw new Error(`${page} has no <link data-trunk rel="rust" data-bin="…">`);
// The split modules' loader, where the page has one (set by splitWasm).
let loader;
let glue = find(new RegExp(`^${bin}-[0-9a-f]+\\.js$`));
let wasm = find(new RegExp(`^${bin}-[0-9a-f]+_bg\\.wasm$`));
const css = find(/^main-[0-9a-f]+\.css$/);

// The main module as its page needs it.
// - Its exports as its split modules need them: without the exports of
//   split points (`__wasm_split_00…`) that the splitting leaves in a page
//   that never calls one (they would keep all their code), without the
//   stream adapters that Leptos's server functions export (`IntoUnderlying…`
//   of wasm-streams; Leptos always depends on server_fn, and this widget has
//   no server), and, where the page calls a split point (`withTable`), with
//   its function table exported as `__indirect_function_table` again: the
//   split modules import it, and wasm-bindgen drops that export.
// - Its imports from the glue under the names in `renamed`, old → new.
const unused = (name) => name.startsWith('__wasm_split_00') || /^(__wbg_)?intounderlying/.test(name);
function mainModule(module, withTable, renamed) {
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = module[at++];
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value >>> 0;
    }
  };
  const encode = (value) => {
    const bytes = [];
    do {
      bytes.push((value & 0x7f) | (value > 0x7f ? 0x80 : 0));
      value >>>= 7;
    } while (value);
    return Buffer.from(bytes);
  };
  const name = () => {
    const length = leb();
    at += length;
    return module.subarray(at - length, at).toString();
  };
  const encodeName = (text) => Buffer.concat([encode(Buffer.byteLength(text)), Buffer.from(text)]);
  const limits = () => {
    const flags = leb();
    leb();
    if (flags & 1) leb();
  };
  const section = (id, entries) => {
    const body = Buffer.concat([encode(entries.length), ...entries]);
    return Buffer.concat([Buffer.from([id]), encode(body.length), body]);
  };
  let functionTable;
  const parts = [module.subarray(0, 8)];
  while (at < module.length) {
    const start = at;
    const id = module[at++];
    const end = leb() + at;
    if (id === 2) {
      const entries = [];
      for (let count = leb(); count > 0; count--) {
        const from = name();
        const field = name();
        // What is imported, kept as it is: a function (its type), a table
        // (element type, limits), a memory (limits), a global (type,
        // mutability) or a tag (attribute, type).
        const description = at;
        const kind = module[at++];
        if (kind === 0) {
          leb();
        } else if (kind === 1) {
          at++;
          limits();
        } else if (kind === 2) {
          limits();
        } else {
          at += 2;
          if (kind === 4) leb();
        }
        entries.push(Buffer.concat([encodeName(from), encodeName(renamed.get(field) ?? field), module.subarray(description, at)]));
      }
      parts.push(section(2, entries));
    } else if (id === 4) {
      // The table section: the first table of functions (type 0x70).
      for (let count = leb(), index = 0; index < count; index++) {
        const type = module[at++];
        limits();
        if (type === 0x70) functionTable ??= index;
      }
      parts.push(module.subarray(start, end));
    } else if (id === 7) {
      const kept = [];
      for (let count = leb(); count > 0; count--) {
        const entry = at;
        const exported = name();
        at++; // the kind
        leb(); // the index
        if (!unused(exported)) kept.push(module.subarray(entry, at));
      }
      if (withTable) {
        if (functionTable === undefined) throw new Error('the main module has no function table');
        kept.push(Buffer.concat([encodeName('__indirect_function_table'), Buffer.from([1]), encode(functionTable)]));
      }
      parts.push(section(7, kept));
    } else {
      parts.push(module.subarray(start, end));
    }
    at = end;
  }
  return Buffer.concat(parts);
}

// The glue with short names for the imports it gives the main module, and
// those names, old → new: wasm-bindgen's (`__wbg_setAttribute_f75317b2b5cabfb4`)
// end in a hash that no compressor shrinks, and the wasm and the glue each
// spell all of them (~2 KiB brotli). Each must be in the glue once, as its key.
function shortImportNames(glue) {
  const renamed = new Map();
  const shortGlue = glue.replace(/\b__wbg_\w+_[0-9a-f]{16}\b/g, (old) => {
    if (renamed.has(old)) throw new Error(`the glue names ${old} more than once`);
    renamed.set(old, `_${renamed.size.toString(36)}`);
    return renamed.get(old);
  });
  return { shortGlue, renamed };
}

// Trunk cannot split a wasm, so each page's wasm and glue are made again
// from cargo's output: split by wasm-split-cli into the main module and a
// module a split point (`#[wasm_split]` functions are exported, so a page
// that never calls one still drops their code this way), then wasm-bindgen
// and `wasm-opt -Oz` as Trunk would (its own wasm-opt is off in the pages,
// `data-wasm-opt="0"`, so that it does not run twice). The files are named
// with one hash of the lot, since the main glue and the split loader import
// each other.
function splitWasm() {
  const run = (command, args) => execFileSync(command, args, { cwd: sourceDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const metadata = execFileSync('cargo', ['metadata', '--format-version=1', '--no-deps', '--offline'], { cwd: sourceDir, encoding: 'utf8' });
  const built = join(JSON.parse(metadata).target_directory, 'wasm32-unknown-unknown', process.env.TRUNK_PROFILE ?? 'release', `${bin}.wasm`);
  const work = mkdtempSync(join(tmpdir(), 'selfcheck-split-'));
  try {
    run('wasm-split-cli', ['--out-name', bin, built, work]);
    run('wasm-bindgen', ['--target=web', '--no-typescript', `--out-dir=${work}`, `--out-name=${bin}`, join(work, `${bin}.wasm`)]);
    const { shortGlue: mainGlue, renamed } = shortImportNames(readFileSync(join(work, `${bin}.js`), 'utf8'));
    // The split modules and their loader count where the page calls a split point.
    const calls = mainGlue.includes('from "./__wasm_split.js"');
    const mainWasm = join(work, `${bin}_bg.wasm`);
    writeFileSync(mainWasm, mainModule(readFileSync(mainWasm), calls, renamed));
    const modules = calls ? readdirSync(work).filter((f) => /^split_.*\.wasm$/.test(f)) : [];
    // Split modules carry no target_features section: name the features the
    // main module is built with (Rust's defaults for wasm32).
    const features = ['bulk-memory', 'multivalue', 'mutable-globals', 'nontrapping-float-to-int', 'reference-types', 'sign-ext'].map((f) => `--enable-${f}`);
    // Rust's wasm32 target puts the stack first, below 1 MiB, and the data
    // above it: the low 1 KiB is reached only by a stack about to overflow.
    // Saying so lets wasm-opt fold address arithmetic into load and store
    // offsets (~1 KiB brotli less). The producers and target-features
    // sections are for tools, not browsers.
    for (const module of [`${bin}_bg.wasm`, ...modules]) {
      run('wasm-opt', ['-Oz', '--low-memory-unused', '--strip-producers', '--strip-target-features', ...features, join(work, module), '-o', join(work, module)]);
    }
    // The loader of the split modules, where the page has some. A server
    // that sends wasm without `application/wasm` (common on government
    // sites) makes instantiateStreaming fail: there it is compiled whole, as
    // wasm-bindgen's glue does for the main module.
    let loaderText = calls ? readFileSync(join(work, '__wasm_split.js'), 'utf8') : '';
    if (calls) {
      if (!loaderText.includes('WebAssembly.instantiateStreaming(')) throw new Error('the split loader no longer uses instantiateStreaming');
      loaderText = `${loaderText.replaceAll('WebAssembly.instantiateStreaming(', 'instantiateStreaming(')}
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
    // One hash of all they are, for the names they are cached by.
    const digest = createHash('sha256').update(mainGlue).update(loaderText);
    for (const module of [`${bin}_bg.wasm`, ...modules]) digest.update(readFileSync(join(work, module)));
    const hash = digest.digest('hex').slice(0, 16);
    rmSync(join(dir, glue));
    rmSync(join(dir, wasm));
    glue = `${bin}-${hash}.js`;
    wasm = `${bin}-${hash}_bg.wasm`;
    loader = calls ? `${bin}-split-${hash}.js` : undefined;
    writeFileSync(join(dir, glue), calls ? mainGlue.replace('from "./__wasm_split.js"', `from "./${loader}"`) : mainGlue);
    writeFileSync(join(dir, wasm), readFileSync(join(work, `${bin}_bg.wasm`)));
    if (!calls) return;
    loaderText = loaderText.replaceAll(`"./${bin}.js"`, `"./${glue}"`);
    for (const module of modules) {
      const named = module.replace(/\.wasm$/, `-${hash}.wasm`);
      loaderText = loaderText.replaceAll(`"./${module}"`, `"./${named}"`);
      writeFileSync(join(dir, named), readFileSync(join(work, module)));
    }
    writeFileSync(join(dir, loader), loaderText);
    minify(loader, { loader: 'js', format: 'esm' });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// Minifies a file in place; returns the new text.
function minify(file, options) {
  const path = join(dir, file);
  const { code } = transformSync(readFileSync(path, 'utf8'), { minify: true, ...options });
  writeFileSync(path, code);
  return code;
}
splitWasm();
minify(glue, { loader: 'js', format: 'esm' });
const cssText = minify(css, { loader: 'css' });
const cssIntegrity = `sha384-${createHash('sha384').update(cssText).digest('base64')}`;

// The widget's page opens with its first questions written in (below): its
// wasm is fetched once they are painted (the frame after the first), so
// that on a slow line the page and its stylesheet do not share the line with
// the wasm, and the opening is the page's largest paint. (A timer too: an
// off-screen frame may not paint.)
const writtenOpening = bin === 'selfcheck';
const boot = `// Starts the page. A file of its own, so that no inline script is needed.
import init from './${glue}';

function unsupported() {
  document.getElementById('loading').hidden = true;
  document.getElementById('unsupported').hidden = false;
}

// Compiled, then started in a task of its own: on a slow phone each is a
// long task, together a longer one.
async function compiled(url) {
  try {
    const module = await WebAssembly.compileStreaming(fetch(url));
    await new Promise((resolve) => setTimeout(resolve, 0));
    return module;
  } catch {
    return url; // e.g. served without \`application/wasm\`: init fetches it again
  }
}

let started = false;
function start() {
  if (started) return;
  started = true;
  compiled(new URL('./${wasm}', import.meta.url))
    .then((module) => init({ module_or_path: module }))
    .catch((error) => {
      // A trap is the widget failing (it shows its own message), not the browser.
      if (error instanceof WebAssembly.RuntimeError) throw error;
      unsupported();
    });
}

if (typeof WebAssembly !== 'object') {
  unsupported();
} else ${writtenOpening ? `{
  requestAnimationFrame(() => requestAnimationFrame(start));
  setTimeout(start, 200);
}` : 'start();'}
`;
const hash = createHash('sha256').update(boot).digest('hex').slice(0, 16);
const bootFile = `boot-${hash}.js`;
writeFileSync(join(dir, bootFile), boot);


const head = [
  `<link rel="modulepreload" href="./${glue}">`,
  // The glue imports the loader: both are needed before the boot script runs.
  ...(loader ? [`<link rel="modulepreload" href="./${loader}">`] : []),
  ...(writtenOpening ? [] : [`<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>`]),
  `<script type="module" src="./${bootFile}"></script>`,
].join('\n    ');
// Trunk leaves its own <link data-trunk rel="rust"> in place: the loader goes there.
const trunkLink = /<link data-trunk rel="rust"[^>]*>/;
const cssIntegrityAttribute = new RegExp(`(href="\\./${css}" integrity=")[^"]*"`);
const html = readFileSync(pagePath, 'utf8');
if (!cssIntegrityAttribute.test(html)) throw new Error(`${page} has no integrity for ${css}`);
const finished = (html) => html.replace(trunkLink, head).replace(cssIntegrityAttribute, `$1${cssIntegrity}"`);
// The widget's page opens with its first questions as static HTML, readable
// before the wasm arrives (src/prerender.rs), made natively with the same
// rubric as this build (SELFCHECK_RUBRIC is passed on); index.en.html opens
// in English, so that an English visitor's opening is not replaced by
// another language.
const withOpening = (lang) => {
  const opening = execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', lang], {
    cwd: sourceDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (!opening.startsWith('<div id="prerendered"')) throw new Error('the prerender printed no opening');
  const zh = '<html lang="zh-CN">';
  if (!html.includes(zh)) throw new Error(`${page} does not begin ${zh}`);
  const tagged = lang === 'en' ? html.replace(zh, '<html lang="en">') : html;
  return finished(tagged.replace('<body>', `<body>\n    ${opening}`));
};
if (writtenOpening) {
  writeFileSync(pagePath, withOpening('zh'));
  writeFileSync(join(dir, 'index.en.html'), withOpening('en'));
} else {
  writeFileSync(pagePath, finished(html));
}

for (const file of readdirSync(dir)) {
  if (!/\.(html|js|css|wasm|svg)$/.test(file)) continue;
  const body = readFileSync(join(dir, file));
  writeFileSync(join(dir, `${file}.gz`), await gzipAsync(body, { numiterations: 15 }));
  writeFileSync(join(dir, `${file}.br`), brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
}
