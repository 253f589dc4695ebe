// Trunk's post-build hook: makes the built page ready to host.
//   0. Under Trunk, splits the WebAssembly into the main module and one chunk per view
//      (scripts/split-wasm.mjs), and puts the first screen, rendered natively by the app's own
//      components (scripts/prerender.mjs), into the page with the script that runs before it
//      is drawn (src/before_paint.js); the steps below then see the split build's files.
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
import { prerender } from './prerender.mjs';
import { buildFirstFigures } from './first-figures.mjs';

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

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
const indexPath = join(dir, 'index.html');

// 0. The split, the model module and the first screen, once, right after Trunk's build; a
//    built page run through again keeps its own.
let firstFigures = null;
if (process.env.TRUNK_STAGING_DIR) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const split = await splitWasm({ staging: dir, root, release: process.env.TRUNK_PROFILE === 'release' });
  console.log(`split: ${split.js}, ${split.loader}, ${split.chunks.length} chunks`);
  const figures = buildFirstFigures({ staging: dir, root, release: process.env.TRUNK_PROFILE === 'release' });
  let page = readFileSync(indexPath, 'utf8');
  const shell = /<div id=["']?shell["']?><\/div>/;
  if (!shell.test(page)) throw new Error('index.html has no empty <div id="shell"></div> for the first screen');
  const first = prerender({ root });
  page = page.replace(shell, () => `<div id=shell>${first}</div>`);
  // The app's preloads move into the script that runs before the first paint: it fetches the
  // app's files, or first the model module's when that writes the first figures.
  const preloads = [...page.matchAll(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/g)].map((m) => m[0]);
  const named = (ext) => preloads.find((tag) => tag.includes(`./${split[ext]}`));
  if (!named('js') || !named('wasm')) throw new Error('index.html has no preload of the app\'s script and wasm: update scripts/postbuild.mjs');
  page = page.replace(named('js'), '').replace(named('wasm'), '');
  const files = { main: [`./${split.js}`, `./${split.wasm}`], figures: [`./${figures.js}`, `./${figures.wasm}`] };
  const template = readFileSync(join(root, 'src/before_paint.js'), 'utf8');
  if (!template.includes('const FILES = null;')) throw new Error('src/before_paint.js has no FILES to write');
  const early = template.replace('const FILES = null;', `const FILES = ${JSON.stringify(files)};`);
  const earlyName = `before-paint-${hash(early)}.js`;
  writeFileSync(join(dir, earlyName), early);
  // Before the stylesheet, so it never waits for it.
  page = page.replace(/(<meta charset=[^>]*>)/i, `$1<script src=./${earlyName}></script>`);
  firstFigures = figures;
  writeFileSync(indexPath, page);
  console.log(`prerender: first screen ${first.length} bytes, ${earlyName}, model module ${figures.wasm}`);
}

let html = readFileSync(indexPath, 'utf8');

/**
 * The boot script's first step on a page whose figures wait (src/before_paint.js): the model
 * module writes the link's figures, in the reader's locale, into the first screen, before the
 * app's own download begins (so the figures are not slowed by it). Any failure leaves them to
 * the app, hidden until then.
 */
const writeFigures = (files) => `const root = document.documentElement;
if (root.classList.contains('figures-pending') && !tab) {
  try {
    const { default: init, figures } = await import('./${files.js}');
    await init({ module_or_path: './${files.wasm}' });
    const lines = figures(location.search).split('\\n').filter(Boolean);
    for (const line of lines) {
      const [id, shown, value] = line.split('\\t');
      const figure = document.querySelector(\`#shell [data-testid="\${id}"]\`);
      figure.textContent = shown;
      if (figure.hasAttribute('data-value')) figure.dataset.value = value;
      if (figure.classList.contains('card-value')) figure.classList.toggle('card-absent', value === '');
    }
    if (lines.length) {
      // When the figures were written, for the bench: what was fetched before it is what they cost.
      performance.mark('firstmove:figures-written');
      root.classList.replace('figures-pending', 'figures-written');
    }
  } catch (e) {
    console.warn('FirstMove: the first figures are left to the app:', e?.message ?? e);
  }
}`;

// 1. The boot script, out of line, registering the service worker once the app has started.
const inline = /<script type=["']?module["']?>([\s\S]*?)<\/script>/.exec(html);
const moved = /<script type=["']?module["']? src=["']?\.\/(boot-[0-9a-f]+\.js)/.exec(html);
if (!inline && !moved) throw new Error('Trunk emitted no inline boot script: update scripts/postbuild.mjs');
let boot, bootName;
if (inline) {
  // A link to another view (src/before_paint.js marked it): before the app starts, the first
  // screen shows that view's tab and a line while its code arrives, not the calculator.
  boot = `const opens = document.documentElement.dataset.opens;
const tab = opens && document.querySelector(\`#shell .tab[data-view="\${CSS.escape(opens)}"]\`);
if (tab) {
  for (const t of document.querySelectorAll('#shell .tab')) t.setAttribute('aria-selected', String(t === tab));
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.className = 'view-loading';
  status.textContent = \`Loading \${tab.textContent}…\`;
  const section = document.createElement('section');
  section.className = 'view';
  section.append(status);
  document.querySelector('#shell main').replaceChildren(section);
}
delete document.documentElement.dataset.opens;
${firstFigures ? writeFigures(firstFigures) : ''}
// A view this page does not have: the app says so above the calculator, so its first screen
// waits for the app rather than move down under the notice.
if (opens && !tab) document.documentElement.classList.add('figures-pending');
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
