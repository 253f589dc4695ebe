// Shared set-up for the browser tests: one static server and one Chromium per test file, a
// fresh context (so fresh storage) per page, and helpers that read the page as docs/link-format.md
// describes it.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { serveDist } from './server.mjs';
import { launch } from './browser.mjs';

export const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

/** The table of views (src/model/view.rs), as tests/view_table.rs writes it: key, label, chunk, answer. */
export const VIEW_TABLE = JSON.parse(readFileSync(new URL('./views.json', import.meta.url), 'utf8'));
/** Every view's key, in the order of the tabs. */
export const VIEWS = VIEW_TABLE.map((v) => v.key);

export const env = { origin: '', browser: null };
let server;

before(async () => {
  server = await serveDist();
  env.origin = server.origin;
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  await server?.close();
});

/** A panel's child once its view is built: not the line shown while its chunk is fetched. */
export const LOADED = ':not([data-testid="view-loading"])';

/**
 * Opens the app at `path` (relative to the origin) in a new context and waits for it to render.
 * Page errors fail the test: a panic in the wasm shows up here.
 */
export async function open(path = '/', { width = 1280, height = 900, context, colorScheme = 'light', init } = {}) {
  const ctx = context ?? (await env.browser.newContext({ viewport: { width, height }, colorScheme }));
  if (init) await ctx.addInitScript(init);
  const page = await ctx.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(env.origin + path);
  await mounted(page);
  return page;
}

/**
 * Waits for the app to have mounted over the prerendered first screen (`#shell`, inert until
 * then) and built the view the link opens (after its chunk arrives; the others are built when
 * first shown). Call it after every navigation, as a reader's first key needs the app.
 */
export async function mounted(page) {
  await page.waitForSelector('#shell', { state: 'detached' });
  await page.waitForSelector(`[role=tabpanel]:not([hidden]) > ${LOADED}`, { state: 'attached' });
}

/** A page whose main wasm is held until `release()` is called. */
export async function held({ locale = 'en-US', width = 1280, height = 900 } = {}) {
  const ctx = await env.browser.newContext({ locale, viewport: { width, height } });
  let release;
  const gate = new Promise((r) => (release = r));
  await ctx.route(/\/firstmove-[0-9a-f]{16}_bg\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  const page = await ctx.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  // Every layout shift from the first paint on, as the Layout Instability API reports it, and
  // what moved (so a failing test names it).
  await page.addInitScript(() => {
    window.shifted = 0;
    window.moved = [];
    const name = (n) => (!n ? 'a removed node' : n.nodeType === 3 ? `text "${n.textContent.trim().slice(0, 30)}"` : n.nodeName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.className && typeof n.className === 'string' ? '.' + n.className.trim().split(/\s+/).join('.') : ''));
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.shifted += e.value;
        for (const s of e.sources) window.moved.push(`${name(s.node)} at ${Math.round(e.startTime)} ms: y ${Math.round(s.previousRect.y)} → ${Math.round(s.currentRect.y)}, height ${Math.round(s.previousRect.height)} → ${Math.round(s.currentRect.height)}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return { ctx, page, release };
}

/**
 * The layout shift a `held` page has had, once the frames drawn so far have been reported (two
 * animation frames), and what moved: `[score, ['main#main at 230 ms: y 0 → 173, …']]`.
 */
export async function shiftSoFar(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return page.evaluate(() => [window.shifted, window.moved]);
}

/** The machine value of an output (`data-value`), as a number, or null when empty. */
export async function value(page, testid) {
  const raw = await page.getAttribute(`[data-testid="${testid}"]`, 'data-value');
  return raw === '' ? null : Number(raw);
}

/** The text a person sees for an output. */
export async function shown(page, testid) {
  return (await page.textContent(`[data-testid="${testid}"]`)).trim();
}

export function close(actual, expected, tolerance = 1e-9) {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not within ${tolerance} of ${expected}`);
}

/**
 * Waits until the address bar holds `expected` ({ param: 'value' }, or null for "absent"); the
 * page rewrites it a little after each edit.
 */
export async function addressIs(page, expected) {
  await page.waitForFunction(
    (exp) => {
      const p = new URLSearchParams(location.search);
      return Object.entries(exp).every(([k, v]) => (v === null ? !p.has(k) : p.get(k) === v));
    },
    expected,
    { timeout: 5000 },
  );
  return page.evaluate(() => location.search);
}

export const OUTPUTS = [
  'cost-per-credit',
  'effective-cost-per-inmail',
  'inmails-per-month',
  'cost-per-message',
  'invites-per-month',
  'replies',
  'meetings',
  'cost-per-meeting',
];

/** Every contract output's data-value, for comparing two pages. */
export async function allValues(page) {
  const out = {};
  for (const id of OUTPUTS) out[id] = await page.getAttribute(`[data-testid="${id}"]`, 'data-value');
  return out;
}

/**
 * Waits until the output's `data-value` is within `tolerance` of `expected` (or empty, for
 * `null`): the page updates after an edit, so a test waits for the state it asserts.
 */
export async function valueNear(page, testid, expected, tolerance = 1e-9) {
  try {
    await page.waitForFunction(
      ([id, exp, tol]) => {
        const el = document.querySelector(`[data-testid="${id}"]`);
        if (!el) return false;
        const raw = el.getAttribute('data-value');
        if (exp === null) return raw === '';
        return raw !== '' && Math.abs(Number(raw) - exp) <= tol;
      },
      [testid, expected, tolerance],
      { timeout: 5000 },
    );
  } catch {
    const actual = await page.getAttribute(`[data-testid="${testid}"]`, 'data-value').catch(() => 'missing');
    assert.fail(`${testid}: data-value is ${JSON.stringify(actual)}, expected ${expected} ± ${tolerance}`);
  }
}

/** Waits until the text of `selector` (trimmed) equals `expected`, or passes a RegExp. */
export async function textIs(page, selector, expected) {
  const isRe = expected instanceof RegExp;
  try {
    await page.waitForFunction(
      ([sel, exp, re]) => {
        const el = document.querySelector(sel);
        if (!el) return false;
        const t = el.textContent.trim();
        return re ? new RegExp(exp[0], exp[1]).test(t) : t === exp;
      },
      [selector, isRe ? [expected.source, expected.flags] : expected, isRe],
      { timeout: 5000 },
    );
  } catch {
    const actual = await page.textContent(selector).catch(() => 'missing');
    assert.fail(`${selector}: text is ${JSON.stringify(actual?.trim())}, expected ${expected}`);
  }
}

/** Waits until the text of `selector` contains every one of `parts`; returns the text. */
export async function textHas(page, selector, ...parts) {
  try {
    await page.waitForFunction(
      ([sel, ps]) => {
        const el = document.querySelector(sel);
        return !!el && ps.every((p) => el.textContent.includes(p));
      },
      [selector, parts],
      { timeout: 5000 },
    );
  } catch {
    const actual = await page.textContent(selector).catch(() => 'missing');
    assert.fail(`${selector}: text ${JSON.stringify(actual)} lacks one of ${JSON.stringify(parts)}`);
  }
  return page.textContent(selector);
}

/** Waits until the element's attribute equals `expected`. */
export async function attrIs(page, selector, name, expected) {
  try {
    await page.waitForFunction(
      ([sel, n, exp]) => document.querySelector(sel)?.getAttribute(n) === exp,
      [selector, name, expected],
      { timeout: 5000 },
    );
  } catch {
    const actual = await page.getAttribute(selector, name).catch(() => 'missing');
    assert.fail(`${selector} [${name}] is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

/** The text a person sees for an output, once it equals `expected`. */
export async function shownIs(page, testid, expected) {
  await textIs(page, `[data-testid="${testid}"]`, expected);
}

/** Waits for the input's value (set by the page) to equal `expected`. */
export async function inputIs(page, selector, expected) {
  try {
    await page.waitForFunction(([sel, exp]) => document.querySelector(sel)?.value === exp, [selector, expected], { timeout: 5000 });
  } catch {
    assert.fail(`${selector}: value is ${JSON.stringify(await page.inputValue(selector))}, expected ${JSON.stringify(expected)}`);
  }
}

/** Two animation frames: what the page drew is laid out (for layout measurements). */
export function settled(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Opens a view by its tab, as a person would, and waits until its panel is on screen with
 *  its contents (a view's chunk is fetched the first time it is shown). */
export async function showView(page, key) {
  await page.click(`[role=tab][data-view="${key}"]`);
  await page.waitForSelector(`#panel-${key}`, { state: 'visible' });
  await page.waitForSelector(`#panel-${key} > ${LOADED}`, { state: 'attached' });
}
