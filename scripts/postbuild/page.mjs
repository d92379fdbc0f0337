// Step 10: the page itself.
// - The glue, the loader and the stylesheet are minified by esbuild
//   (Trunk's own minifier breaks the glue), and lowered where they can be
//   to the syntax of the floor's engines, as browsers.toml names them
//   (what esbuild cannot lower stops the build).
// - The page loads them in the order they are needed: the glue (and the
//   loader it imports) preloaded beside the boot module, the wasm preloaded
//   too, except where the page opens with its questions written in: there
//   the boot module fetches it once they are painted.
// - The widget's page gets its opening as static HTML (src/markup/opening.rs,
//   made natively with the same rubric as this build: SELFCHECK_RUBRIC is
//   passed on), and index.en.html the same page with an English opening,
//   for servers that serve it for `?lang=en` (deploy/nginx.conf); beside
//   them checklist.html and checklist.en.html, every question to read and
//   print where the widget cannot start, pages with no script at all.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { SYNTAX_TARGETS } from './floor.mjs';
import { fail } from './tools.mjs';


/** Minifies `file` of `dir` in place for the floor; returns the new text. */
export function minify(dir, file, loader) {
  const path = join(dir, file);
  try {
    const { code } = transformSync(readFileSync(path, 'utf8'), {
      minify: true,
      loader,
      target: SYNTAX_TARGETS,
      // esbuild cannot lower destructuring, and counts Safari before 14.1
      // as lacking it for a fault in one corner case. Safari has had plain
      // destructuring, the glue's kind (`({module} = module)`), since 10.
      supported: { destructuring: true },
      ...(loader === 'js' ? { format: 'esm' } : {}),
    });
    writeFileSync(path, code);
    return code;
  } catch (error) {
    fail(path, `cannot be written for ${SYNTAX_TARGETS.join(', ')}: ${error.message}`);
  }
}

/**
 * What `src/bin/page-parts.rs` prints for `args`, made natively with the
 * same rubric as this build (SELFCHECK_RUBRIC is passed on).
 */
export function pageParts(sourceDir, ...args) {
  return execFileSync('cargo', ['run', '--quiet', '--bin', 'page-parts', '--', ...args], {
    cwd: sourceDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** A name for `text` that changes with it: `stem-<hash>.js`. */
export function hashedName(stem, text) {
  return `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.js`;
}

/**
 * Writes the page `dir/index.html` (and, with an opening, index.en.html):
 * `files` names the glue, the loader (or undefined), the wasm, the style
 * sheets (each `{ file, text }`, minified), the boot module and the
 * nomodule script; `titles` (`{ zh, en }`) are the widget's, which
 * embed.js gives its frame.
 */
export function writePage(dir, sourceDir, { glue, loader, wasm, styles, boot, nomodule, opening, titles }) {
  const pagePath = join(dir, 'index.html');
  const html = readFileSync(pagePath, 'utf8');
  const head = [
    `<link rel="modulepreload" href="./${glue}">`,
    // The glue imports the loader: both are needed before the boot script runs.
    ...(loader ? [`<link rel="modulepreload" href="./${loader}">`] : []),
    ...(opening ? [] : [`<link rel="preload" href="./${wasm}" as="fetch" type="application/wasm" crossorigin>`]),
    `<script type="module" src="./${boot}"></script>`,
    `<script nomodule src="./${nomodule}"></script>`,
  ].join('\n    ');
  // Trunk leaves its own <link data-trunk rel="rust"> in place: the scripts go there.
  const trunkLink = /<link data-trunk rel="rust"[^>]*>/;
  if (!trunkLink.test(html)) fail(pagePath, 'has no <link data-trunk rel="rust"> left by Trunk');
  // Trunk's integrity is of the sheet before it was minified: each is set again.
  const integrities = styles.map(({ file, text }) => {
    const attribute = new RegExp(`(href="\\./${file}" integrity=")[^"]*"`);
    if (!attribute.test(html)) fail(pagePath, `has no integrity for ${file}`);
    return [attribute, `$1sha384-${createHash('sha384').update(text).digest('base64')}"`];
  });
  // The page as sent has no comments: they are for whoever reads the source.
  const finished = (text) => integrities.reduce((page, [attribute, value]) => page.replace(attribute, value), text.replace(trunkLink, head).replace(/\s*<!--[\s\S]*?-->/g, ''));
  const messagesMarker = '<!-- the start-up messages -->';
  if (!html.includes(messagesMarker)) fail(pagePath, `has no ${messagesMarker}`);
  const headMarker = '<!-- the title and description -->';
  if (!html.includes(headMarker)) fail(pagePath, `has no ${headMarker}`);
  // The title, the description and the messages from the library: the
  // widget's pages in their language, the reader's one page in both.
  const withParts = (text, ...page) => text
    .replace(headMarker, pageParts(sourceDir, 'head', ...page))
    .replace(messagesMarker, pageParts(sourceDir, 'start-up', ...page));
  if (!opening) {
    writeFileSync(pagePath, finished(withParts(html, 'reader')));
    return;
  }
  // embed.js names its frame with the widget's title.
  const embedPath = join(dir, 'embed.js');
  const quoted = (text) => text.replaceAll('\\', '\\\\').replaceAll("'", "\\'");
  const embed = readFileSync(embedPath, 'utf8');
  if (!embed.includes('{title-zh}') || !embed.includes('{title-en}')) fail(embedPath, 'has no {title-zh} or {title-en}');
  writeFileSync(embedPath, embed.replace('{title-zh}', quoted(titles.zh)).replace('{title-en}', quoted(titles.en)));
  const marker = '<!-- the opening -->';
  if (!html.includes(marker)) fail(pagePath, `has no ${marker}`);
  const zh = '<html lang="zh-CN">';
  if (!html.includes(zh)) fail(pagePath, `does not begin ${zh}`);
  const tagged = (lang) => (lang === 'en' ? html.replace(zh, '<html lang="en">') : html);
  const checklistOf = (lang) => (lang === 'en' ? 'checklist.en.html' : 'checklist.html');
  for (const lang of ['zh', 'en']) {
    const written = pageParts(sourceDir, lang);
    if (!written.startsWith('<div id="prerendered"')) fail(pagePath, `page-parts printed no opening in ${lang}`);
    const parted = withParts(tagged(lang), 'widget', lang);
    const page = finished(parted.replace(marker, written)).replaceAll('href="./checklist.html"', `href="./${checklistOf(lang)}"`);
    writeFileSync(join(dir, lang === 'en' ? 'index.en.html' : 'index.html'), page);

    const checklist = pageParts(sourceDir, lang, 'checklist');
    if (!checklist.startsWith('<main class="checklist">')) fail(pagePath, `page-parts printed no checklist in ${lang}`);
    const documentHead = parted.slice(0, parted.indexOf('<body>')).replace(trunkLink, '');
    writeFileSync(join(dir, checklistOf(lang)), `${finished(documentHead)}<body>\n    ${checklist}\n  </body>\n</html>\n`);
  }
}
