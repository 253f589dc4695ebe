// A static server for dist/ on 127.0.0.1, at the site root and under a sub-path, with the
// wasm content type that streaming compilation needs and the headers of dist/_headers, as a
// static host that reads that file would send them. Used by the browser tests and the bench.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const SUB_PATH = '/team/firstmove/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** The rules of a _headers file: [{ path, headers: {name: value} }]. */
function readHeaders(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('/')) rules.push({ path: line.trim(), headers: {} });
    else if (/^\s+\S/.test(line) && rules.length) {
      const at = line.indexOf(':');
      rules[rules.length - 1].headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** The headers a host sends for `path` (relative to the site root): `/*`, then exact rules. */
function headersFor(rules, path) {
  const out = {};
  for (const rule of rules) {
    if (rule.path === '/*' || rule.path === path) Object.assign(out, rule.headers);
  }
  return out;
}

/**
 * Starts the server on a free port for `root` (dist/ by default; it must end with `/`);
 * resolves to { origin, close() }. With `brotli`, it sends what a static host would to a
 * browser that accepts it: each file brotli-compressed (quality 11), so the benchmark reads the
 * bytes a visit really costs off the network.
 */
export async function serveDist({ root = DIST, brotli = false } = {}) {
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === SUB_PATH.slice(0, -1)) {
      res.writeHead(301, { location: SUB_PATH });
      return res.end();
    }
    if (path.startsWith(SUB_PATH)) path = '/' + path.slice(SUB_PATH.length);
    const sitePath = path;
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      let body = await readFile(file);
      const headers = {
        ...headersFor(readHeaders(root), sitePath),
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      };
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && /\.(html|js|wasm|css|svg|webmanifest)$/.test(file)) {
        // Compressed once per version of the file, as a host compresses at deploy time.
        const key = `${file}:${body.length}:${createHash('sha1').update(body).digest('hex')}`;
        if (!compressed.has(key)) {
          compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(key);
        headers['content-encoding'] = 'br';
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
