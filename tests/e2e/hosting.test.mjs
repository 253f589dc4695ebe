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
import { env, open, valueNear, showView, textHas } from './harness.mjs';
import { serveDist, DIST } from './server.mjs';

const VIEWS = ['calculator', 'first-move', 'plans', 'uncertainty', 'bank', 'list', 'safety', 'sequences', 'messages', 'metrics', 'compare'];
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

test('every view works under the policy with no violation', async () => {
  const page = await open('/', { init: recordViolations });
  const response = await page.goto(env.origin + '/');
  assert.match(response.headers()['content-security-policy'], /frame-ancestors 'none'/);
  await valueNear(page, 'cost-per-credit', 1.98, 1e-12);
  for (const view of VIEWS.slice(1)) {
    await showView(page, view);
    await page.waitForSelector(`#panel-${view} > *`);
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
  await valueNear(page, 'cost-per-credit', 1.98, 1e-12);
  for (const view of VIEWS.slice(1)) {
    await showView(page, view);
    await page.waitForSelector(`#panel-${view} > *`);
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
    await controlled(page);
    const firstCache = await page.evaluate(() => caches.keys());

    // Release 2: a changed stylesheet under a new hashed name, and a new worker.
    const old = readdirSync(root).find((f) => f.startsWith('tokens-'));
    const css = readFileSync(join(root, old), 'utf8') + ':root{--release:"2"}';
    const name = `tokens-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
    writeFileSync(join(root, name), css);
    rmSync(join(root, old));
    const integrity = `sha384-${createHash('sha384').update(css).digest('base64')}`;
    const html = readFileSync(join(root, 'index.html'), 'utf8').replace(new RegExp(`\\./${old} integrity=[^ >]+`), `./${name} integrity=${integrity}`);
    writeFileSync(join(root, 'index.html'), html);
    execFileSync('node', ['scripts/postbuild.mjs', root]);

    await page.reload();
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
