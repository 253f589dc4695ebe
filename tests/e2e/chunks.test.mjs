// The split build: the calculator in the main module, every other view a chunk fetched when it
// is first shown (or once the page is idle), a static frame painted before any of it, and a
// clear message with Reload when a chunk cannot be fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { env, open, held, mounted, valueNear, showView, textHas, addressIs, LOADED, VIEW_TABLE } from './harness.mjs';
import { DIST } from './server.mjs';

/** Every view whose code is in a chunk, not in the main module. */
const VIEWS = VIEW_TABLE.filter((v) => v.chunk !== 'main').map((v) => v.key);
const CHUNKS = /\/(view|chunk)-[a-z0-9-]+-[0-9a-f]{16}\.wasm$/;
// Each group of views that share code is one module (its chunk in the table of views).
const VIEW_MODULES = /\/view-[a-z-]+-[0-9a-f]{16}\.wasm$/;
const viewModules = () => readdirSync(DIST).filter((f) => VIEW_MODULES.test('/' + f)).length;

test('the calculator needs no view\'s chunk, and the others are fetched after a first key or tap, the most used first', async () => {
  // No service worker: it would fetch the chunks itself, past the blocked route.
  const ctx = await env.browser.newContext({ serviceWorkers: 'block' });
  await ctx.route(CHUNKS, (route) => route.abort());
  const blocked = await open('/', { context: ctx });
  await valueNear(blocked, 'cost-per-credit', 1.98, 1e-12);
  await blocked.fill('#f-reply', '30');
  await addressIs(blocked, { reply: '30' });
  await blocked.waitForSelector('[data-testid=cost-per-meeting]');
  assert.deepEqual(blocked.errors, []);
  await ctx.close();

  // Unblocked, every view's module arrives after the reader's first key (or 5 s without
  // one), the most used first: Best plan, How sure and the credit bank.
  const page = await (await env.browser.newContext({ serviceWorkers: 'block' })).newPage();
  const warnings = [];
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'warning' || m.type() === 'error') warnings.push(m.text()); });
  await page.goto(env.origin + '/');
  await mounted(page);
  await valueNear(page, 'cost-per-credit', 1.98, 1e-12);
  await page.keyboard.press('Shift');
  await page.waitForFunction(([n, pattern]) => {
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    return names.filter((u) => new RegExp(pattern).test(u)).length === n;
  }, [viewModules(), VIEW_MODULES.source]);
  const order = await page.evaluate((pattern) => performance.getEntriesByType('resource')
    .map((e) => e.name).filter((u) => new RegExp(pattern).test(u))
    .map((u) => /view-([a-z-]+)-[0-9a-f]{16}\.wasm$/.exec(u)[1]), VIEW_MODULES.source);
  assert.equal(order[0], 'models', order.join(' '));
  // The wasm is fetched once, and no preload goes unused and warned about.
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /firstmove-[0-9a-f]+_bg\.wasm$/.test(e.name)).length);
  assert.equal(wasm, 1);
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('every view opens by link from a cold cache, with no page error', async () => {
  for (const view of VIEWS) {
    const page = await open(`/?view=${view}`);
    await page.waitForSelector(`#panel-${view} > ${LOADED}`);
    assert.equal(await page.getByTestId('view-failed').count(), 0, view);
    assert.deepEqual(page.errors, [], view);
    await page.context().close();
  }
});

test('a view whose chunk cannot be fetched says so, and Reload recovers', async () => {
  const ctx = await env.browser.newContext({ serviceWorkers: 'block' });
  let blocking = true;
  await ctx.route(CHUNKS, (route) => (blocking ? route.abort() : route.continue()));
  const page = await open('/', { context: ctx });
  await page.fill('#f-reply', '30');
  await page.click('[role=tab][data-view="plans"]');
  await textHas(page, '[data-testid=view-failed]', 'could not be loaded', 'Reload');
  // Nothing else broke: the calculator still answers edits.
  await showView(page, 'calculator');
  await page.fill('#f-reply', '35');
  await valueNear(page, 'effective-cost-per-inmail', 99 * 0.65 / 50);
  await page.click('[role=tab][data-view="plans"]');
  await addressIs(page, { reply: '35', view: 'plans' });
  blocking = false;
  await page.getByTestId('view-failed').getByRole('button', { name: 'Reload' }).click();
  // The reloaded page opens on the same view and scenario, with the view built.
  await page.waitForSelector('[data-testid=plans-vs-calculator]');
  assert.equal(new URL(page.url()).searchParams.get('reply'), '35');
  assert.equal(await page.getByTestId('view-failed').count(), 0);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});

test('before the wasm arrives a link to another view shows its header, its tabs and that view loading, not the calculator', async () => {
  const { ctx, page, release } = await held();
  await page.goto(env.origin + '/?view=plans', { waitUntil: 'commit' });
  await textHas(page, '#shell h1', 'FirstMove');
  await page.waitForFunction(() => document.querySelector('#shell .tab[aria-selected=true]')?.dataset.view === 'plans');
  await textHas(page, '#shell main [role=status]', 'Loading Best plan…');
  assert.equal(await page.locator('#shell .tab').count(), VIEW_TABLE.length);
  // Nothing in the frame can be typed into or pressed before the app can keep it.
  assert.equal(await page.locator('#shell header').getAttribute('inert'), '');
  assert.equal(await page.locator('#shell nav').getAttribute('inert'), '');
  assert.equal(await page.locator('#shell [data-testid=cost-per-credit]').count(), 0);
  release();
  await page.waitForSelector('[data-testid=plans-vs-calculator]');
  assert.equal(await page.locator('#shell').count(), 0);
  assert.deepEqual(page.errors, []);
  await ctx.close();
});
