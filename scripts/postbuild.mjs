// Trunk's post-build hook: makes the built page ready to host.
//   0. Under Trunk, splits the WebAssembly into the main module and one chunk per view
//      (scripts/split-wasm.mjs); the steps below then see the split build's files.
//   1. Moves Trunk's inline boot script into a hashed file, so the page runs no inline script
//      and its Content Security Policy needs no hash or 'unsafe-inline'.
//   2. Puts the policy in a <meta> tag (the _headers file carries it too, with what a meta
//      tag cannot say, such as frame-ancestors).
//   3. Writes the service worker with the exact list of this build's files, under a cache name
//      derived from them, so a new release is a new cache and never a mix of old and new.
//   4. Writes _headers for static hosts (Netlify, Cloudflare Pages): long caching for hashed
//      files, no-cache for the page and the worker, and the security headers.
//   5. With FIRSTMOVE_URL set (the page's public address, e.g. https://you.github.io/firstmove/),
//      makes the link preview's image address absolute, as crawlers want, and adds og:url.
//      Without it the image stays relative (the host is not known at build time).
// Run by Trunk with TRUNK_STAGING_DIR set; `node scripts/postbuild.mjs <dir>` also works.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitWasm } from './split-wasm.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('no staging directory: run from Trunk or pass the directory');

export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const HEADER_CSP = `${CSP}; frame-ancestors 'none'`;

// 0. The split, once, right after Trunk's build; a built page run through again keeps its own.
if (process.env.TRUNK_STAGING_DIR) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const split = await splitWasm({ staging: dir, root, release: process.env.TRUNK_PROFILE === 'release' });
  console.log(`split: ${split.js}, ${split.loader}, ${split.chunks.length} chunks`);
}

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

// 1. The boot script, out of line, registering the service worker once the app has started.
const inline = /<script type=["']?module["']?>([\s\S]*?)<\/script>/.exec(html);
const moved = /<script type=["']?module["']? src=["']?\.\/(boot-[0-9a-f]+\.js)/.exec(html);
if (!inline && !moved) throw new Error('Trunk emitted no inline boot script: update scripts/postbuild.mjs');
let boot, bootName;
if (inline) {
  // Before the app starts, the static frame's tabs show the view the link opens.
  boot = `const asked = new URLSearchParams(location.search).get('view');
const opening = document.querySelector(\`#shell .tab[data-view="\${CSS.escape(asked ?? '')}"]\`) ? asked : null;
for (const tab of document.querySelectorAll('#shell .tab')) {
  tab.setAttribute('aria-selected', String(tab.dataset.view === (opening ?? 'calculator')));
  if (opening && tab.dataset.view === opening) document.querySelector('#shell [role=status]').textContent = \`Loading \${tab.textContent}…\`;
}
${inline[1].trim()}
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').catch((e) => console.warn('offline copy unavailable:', e.message));
}
`;
  bootName = `boot-${hash(boot)}.js`;
  writeFileSync(join(dir, bootName), boot);
  html = html.replace(inline[0], `<script type=module src=./${bootName}></script>`);
} else {
  // Run again on a built page (a test's new release): the boot script is already out of line.
  bootName = moved[1];
  boot = readFileSync(join(dir, bootName), 'utf8');
}

// 2. The policy, first in <head> so it covers everything after it.
if (!html.includes('Content-Security-Policy')) {
  html = html.replace(/(<meta charset=[^>]*>)/i, `$1<meta http-equiv=Content-Security-Policy content="${CSP}">`);
}

// 5. The link preview's absolute address, when the page's own is known.
const site = process.env.FIRSTMOVE_URL;
if (site) {
  const base = new URL(site.endsWith('/') ? site : site + '/');
  if (!/^https?:$/.test(base.protocol)) throw new Error(`FIRSTMOVE_URL must be an http(s) address, not ${site}`);
  const image = new URL('og-image.png', base);
  // Attribute order and quotes are the minifier's: match each tag whole.
  const names = (tag) => /\b(?:property|name)=["']?(og:image|twitter:image|og:type)["'\s>]/.exec(tag)?.[1];
  html = html.replace(/<meta\b[^>]*>/g, (tag) => {
    if (names(tag) === 'og:image' || names(tag) === 'twitter:image') {
      return tag.replace(/\bcontent=["']?og-image\.png["']?/, `content="${image}"`);
    }
    if (names(tag) === 'og:type' && !/\bproperty=["']?og:url\b/.test(html)) {
      return `${tag}<meta property=og:url content="${base}">`;
    }
    return tag;
  });
}
writeFileSync(indexPath, html);

// 3. The service worker: this build's files, cache first for hashed ones, network first for
//    the page itself so a new release is seen on the next load.
// The preview image is for crawlers, not the app: a visit never downloads it.
const files = readdirSync(dir).filter((f) => !['sw.js', '_headers', 'robots.txt', 'og-image.png'].includes(f) && !f.startsWith('.'));
// Named for the files' contents, so any changed file (the manifest, an icon) is a new cache.
const version = hash(files.sort().map((f) => `${f}:${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}`).join('\n'));
const sw = `// Generated by scripts/postbuild.mjs for this build; do not edit.
const CACHE = 'firstmove-${version}';
const FILES = ${JSON.stringify(['./', ...files.filter((f) => f !== 'index.html').map((f) => './' + f)])};
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('firstmove-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== location.origin) return;
  if (request.mode === 'navigate') {
    // The page: the network's newest, or this build's copy when offline.
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE).then((cache) => cache.match('./'))),
    );
    return;
  }
  // Hashed files never change: this build's copy, or the network for anything else.
  event.respondWith(caches.open(CACHE).then((cache) => cache.match(request).then((hit) => hit ?? fetch(request))));
});
`;
writeFileSync(join(dir, 'sw.js'), sw);

// 4. Headers for static hosts: public/_headers (the security headers, no-cache for the page and
//    the worker), with a year of caching appended for each of this release's hashed files.
const headersPath = join(dir, '_headers');
const base = readFileSync(headersPath, 'utf8').split('\n# This release')[0];
if (!base.includes(HEADER_CSP)) throw new Error('public/_headers and scripts/postbuild.mjs disagree on the policy');
const hashed = files.filter((f) => /-[0-9a-f]{8,}(_bg)?\.(js|wasm|css)$/.test(f));
writeFileSync(headersPath, base + '\n# This release\n' + hashed.map((f) => `\n/${f}\n  Cache-Control: public, max-age=31536000, immutable\n`).join(''));
console.log(`postbuild: ${bootName}, sw.js (cache firstmove-${version}, ${files.length} files), _headers`);
