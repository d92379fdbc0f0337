// A minimal static file server for local use and the browser tests: serves a
// folder on 127.0.0.1 with the right types, no caching, and the build's
// precompressed .br/.gz copies where the browser accepts them (browsers ask
// for brotli over HTTPS only, so on plain http it is gzip). A benchmark file
// that is not there is answered 204, as deploy/nginx.conf answers it. Usage:
//   node scripts/static-server.mjs DIR PORT
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const [dir = 'dist', port = '8787'] = process.argv.slice(2);
const root = resolve(dir);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file a request path names inside `root`, or null for none. A folder
 * names its index.html, or with `?lang=en` its index.en.html (the page
 * whose written opening is in English), as deploy/nginx.conf does.
 */
export function fileFor(requestUrl) {
  let url;
  let path;
  try {
    url = new URL(requestUrl, 'http://localhost');
    path = decodeURIComponent(url.pathname);
  } catch {
    return null; // a malformed escape such as `%E0%A4%A`
  }
  // English is `en`, alone or before `-` or `_`, in any case, read as
  // written (not decoded), as the widget and nginx read it (tests/language-tags.txt).
  const lang = url.search.slice(1).split('&').find((pair) => pair.startsWith('lang='))?.slice(5) ?? '';
  const index = /^en([-_]|$)/i.test(lang) ? 'index.en.html' : 'index.html';
  const file = resolve(root, `.${path.endsWith('/') ? `${path}${index}` : path}`);
  // Inside the folder itself, not merely a sibling whose name starts alike.
  return file.startsWith(root + sep) ? file : null;
}

createServer(async (request, response) => {
  const file = fileFor(request.url);
  if (!file) {
    response.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
    return;
  }
  const accepted = request.headers['accept-encoding'] ?? '';
  const encodings = [['br', '.br'], ['gzip', '.gz']].filter(([name]) => accepted.includes(name));
  try {
    let body;
    let encoding;
    for (const [name, suffix] of encodings) {
      body = await readFile(file + suffix).catch(() => undefined);
      if (body) {
        encoding = name;
        break;
      }
    }
    body ??= await readFile(file);
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      Vary: 'Accept-Encoding',
      ...(encoding && { 'Content-Encoding': encoding }),
    });
    response.end(body);
  } catch {
    // The widget asks for benchmark.json on every visit; a 404 would be
    // logged by the browser as a failed request, though none is.
    const optional = file.endsWith(`${sep}benchmark.json`);
    response.writeHead(optional ? 204 : 404, { 'Content-Type': 'text/plain' }).end(optional ? '' : 'not found');
  }
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${dir} on http://127.0.0.1:${port}/`);
});
