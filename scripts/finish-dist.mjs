// Trunk post-build hook, for either page (index.html with the widget,
// reader.html with the officials' reader): makes the build work under a
// strict Content-Security-Policy and load fast.
// - Trunk's inline start-up script is replaced (inject_scripts = false) by
//   boot-<hash>.js, a file of its own, so `script-src 'self'` suffices;
// - the wasm and its JS are preloaded in parallel with the boot script;
// - the widget's page gets its opening as static HTML (src/prerender.rs);
// - the wasm-bindgen glue and the stylesheet are minified (esbuild; Trunk's
//   own minifier breaks the glue), and the stylesheet's integrity renewed;
// - every text and wasm file gets precompressed siblings: .gz made with
//   Zopfli (gzip that any client reads, ~5% smaller than zlib's best) and .br.
import { gzipAsync } from '@gfx/zopfli';
import { execFileSync } from 'node:child_process';
import { transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const files = readdirSync(dir);
const find = (pattern) => {
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
const glue = find(new RegExp(`^${bin}-[0-9a-f]+\\.js$`));
const wasm = find(new RegExp(`^${bin}-[0-9a-f]+_bg\\.wasm$`));
const css = find(/^main-[0-9a-f]+\.css$/);

// Minifies a file in place; returns the new text.
function minify(file, options) {
  const path = join(dir, file);
  const { code } = transformSync(readFileSync(path, 'utf8'), { minify: true, ...options });
  writeFileSync(path, code);
  return code;
}
minify(glue, { loader: 'js', format: 'esm' });
const cssText = minify(css, { loader: 'css' });
const cssIntegrity = `sha384-${createHash('sha384').update(cssText).digest('base64')}`;

const boot = `// Starts the page. A file of its own, so that no inline script is needed.
import init from './${glue}';

function unsupported() {
  document.getElementById('loading').hidden = true;
  document.getElementById('unsupported').hidden = false;
}

if (typeof WebAssembly === 'object') {
  init({ module_or_path: new URL('./${wasm}', import.meta.url) }).catch((error) => {
    // A trap is the widget failing (it shows its own message), not the browser.
    if (error instanceof WebAssembly.RuntimeError) throw error;
    unsupported();
  });
} else {
  unsupported();
}
`;
const hash = createHash('sha256').update(boot).digest('hex').slice(0, 16);
const bootFile = `boot-${hash}.js`;
writeFileSync(join(dir, bootFile), boot);


const head = [
  `<link rel="modulepreload" href="./${glue}">`,
  `<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>`,
  `<script type="module" src="./${bootFile}"></script>`,
].join('\n    ');
// Trunk leaves its own <link data-trunk rel="rust"> in place: the loader goes there.
const trunkLink = /<link data-trunk rel="rust"[^>]*>/;
const cssIntegrityAttribute = new RegExp(`(href="\\./${css}" integrity=")[^"]*"`);
let html = readFileSync(pagePath, 'utf8');
// The widget's page opens with its first questions as static HTML, readable
// before the wasm arrives (src/prerender.rs), made natively with the same
// rubric as this build (SELFCHECK_RUBRIC is passed on).
if (bin === 'selfcheck') {
  const opening = execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender'], {
    cwd: process.env.TRUNK_SOURCE_DIR ?? process.cwd(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (!opening.startsWith('<div id="prerendered"')) throw new Error('the prerender printed no opening');
  html = html.replace('<body>', `<body>\n    ${opening}`);
}
if (!cssIntegrityAttribute.test(html)) throw new Error(`${page} has no integrity for ${css}`);
writeFileSync(pagePath, html.replace(trunkLink, head).replace(cssIntegrityAttribute, `$1${cssIntegrity}"`));

for (const file of readdirSync(dir)) {
  if (!/\.(html|js|css|wasm|svg)$/.test(file)) continue;
  const body = readFileSync(join(dir, file));
  writeFileSync(join(dir, `${file}.gz`), await gzipAsync(body, { numiterations: 15 }));
  writeFileSync(join(dir, `${file}.br`), brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
}
