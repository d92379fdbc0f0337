// Trunk post-build hook: makes the build work under a strict
// Content-Security-Policy and load fast.
// - Trunk's inline start-up script is replaced (inject_scripts = false) by
//   boot-<hash>.js, a file of its own, so `script-src 'self'` suffices;
// - the wasm and its JS are preloaded in parallel with the boot script;
// - the wasm-bindgen glue and the stylesheet are minified (esbuild; Trunk's
//   own minifier breaks the glue), and the stylesheet's integrity renewed;
// - every text and wasm file gets precompressed siblings: .gz made with
//   Zopfli (gzip that any client reads, ~5% smaller than zlib's best) and .br.
import { gzipAsync } from '@gfx/zopfli';
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
const glue = find(/^selfcheck-[0-9a-f]+\.js$/);
const wasm = find(/^selfcheck-[0-9a-f]+_bg\.wasm$/);
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

const boot = `// Starts the widget. A file of its own, so that no inline script is needed.
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

const indexPath = join(dir, 'index.html');
const head = [
  `<link rel="modulepreload" href="./${glue}">`,
  `<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>`,
  `<script type="module" src="./${bootFile}"></script>`,
].join('\n    ');
// Trunk leaves its own <link data-trunk rel="rust"> in place: the loader goes there.
const trunkLink = /<link data-trunk rel="rust"[^>]*>/;
const cssIntegrityAttribute = new RegExp(`(href="\\./${css}" integrity=")[^"]*"`);
const index = readFileSync(indexPath, 'utf8');
if (!trunkLink.test(index)) throw new Error('index.html has no <link data-trunk rel="rust">');
if (!cssIntegrityAttribute.test(index)) throw new Error(`index.html has no integrity for ${css}`);
writeFileSync(indexPath, index.replace(trunkLink, head).replace(cssIntegrityAttribute, `$1${cssIntegrity}"`));

for (const file of readdirSync(dir)) {
  if (!/\.(html|js|css|wasm|svg)$/.test(file)) continue;
  const body = readFileSync(join(dir, file));
  writeFileSync(join(dir, `${file}.gz`), await gzipAsync(body, { numiterations: 15 }));
  writeFileSync(join(dir, `${file}.br`), brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }));
}
