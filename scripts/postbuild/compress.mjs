// Step 11: every text and wasm file gets precompressed siblings: .gz made
// with Zopfli (gzip that any client reads, ~5% smaller than zlib's best)
// and .br, for servers that send them as they are (deploy/nginx.conf).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Writes `.gz` and `.br` beside every text and wasm file of `dir`. */
export async function precompress(dir) {
  // Imported here: on load it takes over the process's error handler, which
  // would print its own source for any earlier step's error.
  const { gzipAsync } = await import('@gfx/zopfli');
  for (const file of readdirSync(dir)) {
    if (!/\.(html|js|css|wasm|svg)$/.test(file)) continue;
    const body = readFileSync(join(dir, file));
    writeFileSync(join(dir, `${file}.gz`), await gzipAsync(body, { numiterations: 15 }));
    writeFileSync(join(dir, `${file}.br`), brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }));
  }
}
