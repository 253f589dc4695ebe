// The hosted page: a strict Content Security Policy that every view keeps, the security and
// caching headers a static host sends from _headers, and the offline copy: after a first visit
// the page, every view and the saved scenarios work offline, and a new release is picked up on
// the next load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { env, open, mounted, valueNear, showView, textHas, VIEWS } from './harness.mjs';
import { serveDist, DIST } from './server.mjs';

const recordViolations = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
};

test('the page ships a strict policy and runs no inline script', async () => {
  const html = readFileSync(DIST + 'index.html', 'utf8');
  const policy = /Content-Security-Policy content="([^"]+)"/.exec(html)[1];
  for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    assert.ok(policy.includes(part), `${part} missing from ${policy}`);
  }
  assert.ok(!/unsafe-inline|unsafe-eval'/.test(policy.replace("'wasm-unsafe-eval'", '')), policy);
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'an inline script is left in index.html');
  const headers = readFileSync(DIST + '_headers', 'utf8');
  assert.ok(headers.includes(`${policy}; frame-ancestors 'none'`), 'the header policy matches the meta policy');
  const wasm = readdirSync(DIST).find((f) => f.endsWith('.wasm'));
  assert.ok(headers.includes(`/${wasm}\n  Cache-Control: public, max-age=31536000, immutable`));
  assert.match(headers, /\/index\.html\n {2}Cache-Control: no-cache/);
  assert.match(headers, /\/sw\.js\n {2}Cache-Control: no-cache/);
});

/** The `<meta>` tags of an HTML page as { property or name: content }, quoted or not. */
function metaTags(html) {
  const out = {};
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attrs = {};
    for (const m of tag.matchAll(/([a-z:-]+)=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
      attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4];
    }
    const key = attrs.property ?? attrs.name;
    if (key && attrs.content !== undefined) out[key] = attrs.content;
  }
  return out;
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'not a PNG');
  assert.equal(bytes.subarray(12, 16).toString('ascii'), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('a pasted link shows a card: Open Graph and Twitter tags and a 1200 × 630 image in the built page', async () => {
  const html = readFileSync(DIST + 'index.html', 'utf8');
  const meta = metaTags(html);
  assert.match(meta['og:title'] ?? '', /FirstMove/);
  assert.equal(meta['og:type'], 'website');
  const description = meta['og:description'] ?? '';
  assert.ok(description.length >= 40 && description.length <= 200 && !/\n/.test(description), `og:description: ${JSON.stringify(description)}`);
  assert.equal(meta['twitter:card'], 'summary_large_image');
  assert.equal(meta['twitter:title'], meta['og:title']);
  assert.equal(meta['twitter:description'], description);
  assert.equal(meta['og:image:width'], '1200');
  assert.equal(meta['og:image:height'], '630');
  // Relative unless the build knew the page's address (FIRSTMOVE_URL): either way it names a
  // file of this build, which the page's own address resolves to.
  const image = meta['og:image'] ?? '';
  assert.equal(meta['twitter:image'], image);
  assert.match(image, /(^|\/)og-image\.png$/);
  if (/^https?:/.test(image)) assert.ok(meta['og:url'] && image.startsWith(meta['og:url']), `og:url ${meta['og:url']} vs ${image}`);
  const file = join(DIST, image.split('/').pop());
  assert.deepEqual(pngSize(readFileSync(file)), [1200, 630]);
  assert.ok(readFileSync(file).length < 300_000, 'the preview image stays small');
  // Served with the page, and never downloaded by a visit (the offline copy leaves it out).
  const server = await serveDist();
  try {
    const response = await fetch(`${server.origin}/og-image.png`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/png');
  } finally {
    await server.close();
  }
  assert.ok(!readFileSync(DIST + 'sw.js', 'utf8').includes('og-image.png'));
});

test('with the page\'s address known at build time, the preview image is absolute', async () => {
  const root = mkdtempSync(join(tmpdir(), 'firstmove-og-')) + '/';
  cpSync(DIST, root, { recursive: true });
  try {
    // The built page stands in for Trunk's staging copy; the hook runs again as it would.
    execFileSync('node', ['scripts/postbuild.mjs', root], { env: { ...process.env, FIRSTMOVE_URL: 'https://example.org/team/firstmove' } });
    const meta = metaTags(readFileSync(join(root, 'index.html'), 'utf8'));
    assert.equal(meta['og:image'], 'https://example.org/team/firstmove/og-image.png');
    assert.equal(meta['twitter:image'], 'https://example.org/team/firstmove/og-image.png');
    assert.equal(meta['og:url'], 'https://example.org/team/firstmove/');
    // The policy and the out-of-line boot script are untouched.
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    assert.ok(html.includes('Content-Security-Policy') && !/<script(?![^>]*\bsrc=)[^>]*>/.test(html));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('every view works under the policy with no violation', async () => {
  const page = await open('/', { init: recordViolations });
  const response = await page.goto(env.origin + '/');
  await mounted(page);
  assert.match(response.headers()['content-security-policy'], /frame-ancestors 'none'/);
  await valueNear(page, 'cost-per-credit', 1.98, 1e-12);
  for (const view of VIEWS.slice(1)) {
    await showView(page, view);
  }
  await showView(page, 'uncertainty');
  await page.waitForSelector('[data-testid=meetings-p50]:not([data-value=""])');
  await page.fill('#sure-f-reply', '30');
  await showView(page, 'compare');
  await page.fill('#f-name', 'Policy check');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForSelector('[data-testid=saved-item]');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(page.errors, []);
});

/** Waits until the page is controlled by the service worker (its files are cached). */
const controlled = (page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });

test('after a first visit every view and the saved scenarios work offline', async () => {
  const page = await open('/');
  await controlled(page);
  await page.fill('#f-name', 'On the train');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await textHas(page, '[data-testid=saved-status]', 'Saved');
  await page.context().setOffline(true);
  await page.reload();
  await mounted(page);
  await valueNear(page, 'cost-per-credit', 1.98, 1e-12);
  for (const view of VIEWS.slice(1)) {
    await showView(page, view);
  }
  await textHas(page, '[data-testid=saved-list]', 'On the train');
  await page.goto(env.origin + '/?view=plans&hours=8');
  await page.waitForSelector('[data-testid=mix-binding]');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a new release is picked up on the next load, never mixed with the old one', async () => {
  const root = mkdtempSync(join(tmpdir(), 'firstmove-release-')) + '/';
  cpSync(DIST, root, { recursive: true });
  const server = await serveDist({ root });
  try {
    const ctx = await env.browser.newContext();
    const page = await ctx.newPage();
    await page.goto(server.origin + '/');
    await mounted(page);
    await controlled(page);
    const firstCache = await page.evaluate(() => caches.keys());

    // Release 2: a changed stylesheet under a new hashed name, and a new worker.
    const old = readdirSync(root).find((f) => f.startsWith('styles-'));
    const css = readFileSync(join(root, old), 'utf8') + ':root{--release:"2"}';
    const name = `styles-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    writeFileSync(join(root, name), css);
    rmSync(join(root, old));
    const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
    const html = readFileSync(join(root, 'index.html'), 'utf8').replace(new RegExp(`\\./${old} integrity=[^ >]+`), `./${name} integrity=${integrity}`);
    writeFileSync(join(root, 'index.html'), html);
    execFileSync('node', ['scripts/postbuild.mjs', root]);

    await page.reload();
    await mounted(page);
    await page.waitForFunction(() => getComputedStyle(document.documentElement).getPropertyValue('--release').includes('2'));
    await page.waitForSelector('[data-testid=cost-per-credit]');
    // The new worker replaces the old cache with the new release's.
    await page.waitForFunction((before) => caches.keys().then((k) => k.length === 1 && k[0] !== before[0]), firstCache, { timeout: 10000 });
    await ctx.close();
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
