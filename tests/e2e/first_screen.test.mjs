// The first screen before any WebAssembly: the built index.html holds the calculator as the
// app draws it for the default scenario (scripts/prerender.mjs), and the app mounts over it
// without a change a reader could see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env, held, mounted, shiftSoFar, textIs, VIEW_TABLE } from './harness.mjs';

/** Each test id's text and `data-value`, as a reader and a machine see them. */
function figures(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-testid]')].map((e) => [e.dataset.testid, [e.textContent.trim(), e.dataset.value ?? null]]),
    ),
  );
}

test('with JavaScript off, the page as served already holds the answer and its figures', async () => {
  const ctx = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(env.origin + '/');
  await textIs(page, '[data-testid=cost-per-credit]', '$1.98');
  assert.equal(await page.getAttribute('[data-testid=cost-per-credit]', 'data-value'), '1.98');
  await textIs(page, '[data-testid=effective-cost-per-inmail]', '$1.58');
  await textIs(page, '[data-testid=cost-per-message]', '$1.58');
  assert.match(await page.textContent('[data-testid=month-answer]'), /^Cheapest per meeting: /);
  // The inputs show the figures the answer reads, and the picked plan.
  assert.equal(await page.inputValue('#f-reply'), '20');
  assert.equal(await page.inputValue('#f-price'), '99');
  assert.equal(await page.inputValue('#f-plan'), 'sales_nav_core');
  assert.equal(await page.isVisible('[data-testid=cost-per-credit]'), true);
  await ctx.close();
});

for (const [width, height] of [[1280, 900], [390, 844]]) {
  test(`at ${width} px the first screen shows the default figures before the wasm, and the app mounts over it with the same figures and nothing moving`, async () => {
    const { ctx, page, release } = await held({ width, height });
    await page.goto(env.origin + '/', { waitUntil: 'commit' });
    await page.waitForSelector('#shell [data-testid=cost-per-credit]');
    assert.equal(await page.isVisible('#shell [data-testid=cost-per-credit]'), true);
    // Nothing can be typed into before the app can keep it.
    assert.equal(await page.locator('#shell .inputs').getAttribute('inert'), '');
    const before = await figures(page);
    release();
    await mounted(page);
    const after = await figures(page);
    // Every figure the first screen showed is the app's own, to the character: the build's
    // US English writes what the browser's Intl writes.
    for (const [id, shown] of Object.entries(before)) assert.deepEqual(after[id], shown, id);
    assert.ok(Object.keys(before).length >= 40, `${Object.keys(before).length} figures prerendered`);
    const [shifted, moved] = await shiftSoFar(page);
    assert.ok(shifted < 0.01, `no layout shift when the app mounts: ${shifted}: ${moved.join('; ')}`);
    assert.deepEqual(page.errors, []);
    await ctx.close();
  });
}

// Links a teammate might send: five inputs, another currency, yearly billing, a name, a deal.
const LINKS = [
  '/?v=2&plan=sales_nav_core&price=79.99&credits=50&reply=35&meet=30',
  '/?v=2&plan=premium_business&cur=EUR&price=55&reply=12.5&hours=10',
  '/?v=2&plan=sales_nav_core&billing=yearly&invites=60&accept=40',
  '/?v=2&plan=recruiter_lite&cur=JPY&price=25000&name=Tokyo%20desk',
  '/?v=2&deal=20000&win=20&reply=25',
];

for (const locale of ['en-US', 'de-DE']) {
  test(`in ${locale}, a link's own figures are written by the model module while the app is held, and the app mounts over them unchanged`, async () => {
    for (const path of LINKS) {
      const { ctx, page, release } = await held({ locale });
      await page.goto(env.origin + path, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.documentElement.classList.contains('figures-written'));
      assert.equal(await page.isVisible('#shell [data-testid=cost-per-credit]'), true, path);
      const before = await figures(page);
      release();
      await mounted(page);
      const after = await figures(page);
      // What the model module writes: the answer, each channel's cost and the month's cards.
      const written = await page.evaluate(() => [...document.querySelectorAll('[data-testid=month-answer], .month-answer [data-testid^=channel-cost-], .results .card-value')].map((e) => e.dataset.testid));
      assert.equal(written.length, 13);
      for (const id of written) assert.deepEqual(before[id], after[id], `${id} of ${path} in ${locale}`);
      const [shifted, moved] = await shiftSoFar(page);
      assert.ok(shifted < 0.01, `no layout shift for ${path}: ${shifted}: ${moved.join('; ')}`);
      assert.deepEqual(page.errors, []);
      await ctx.close();
    }
  });
}

test('a link with a refused value or place, or in another locale on the bare page without its figures written, never shows the default US figures, and nothing moves under the notice', async () => {
  // A refused value; a refused way to show the inputs; a view the page does not have (the boot
  // script, which knows the tabs, holds that one back); the bare page in German.
  const cases = [['/?v=2&reply=abc', 'en-US'], ['/?inputs=bogus', 'en-US'], ['/?view=bogus', 'en-US'], ['/', 'de-DE']];
  for (const [path, locale] of cases) {
    const { ctx, page, release } = await held({ locale });
    await page.goto(env.origin + path, { waitUntil: 'commit' });
    await page.waitForSelector('#shell [data-testid=cost-per-credit]', { state: 'attached' });
    // Nothing paints before the stylesheet has loaded (it blocks rendering), but layout read by
    // a script does not wait for it: under load the figures would read as visible to the test
    // while no reader could see them. Ask once the page could be painted.
    await page.waitForFunction(() => document.querySelector('link[rel=stylesheet]')?.sheet != null);
    if (locale === 'de-DE') {
      // The model module writes them in German; until then they are hidden.
      await page.waitForFunction(() => document.documentElement.classList.contains('figures-written'));
      await textIs(page, '#shell [data-testid=cost-per-credit]', '1,98\u00a0$');
    } else {
      await page.waitForFunction(() => !document.documentElement.hasAttribute('data-opens'));
      assert.equal(await page.isVisible('#shell [data-testid=cost-per-credit]'), false, `${path} in ${locale}`);
    }
    release();
    await mounted(page);
    assert.equal(await page.isVisible('[data-testid=cost-per-credit]'), true);
    if (locale === 'en-US') await page.waitForSelector('[data-testid=link-notices]');
    const [shifted, moved] = await shiftSoFar(page);
    assert.ok(shifted < 0.01, `${path}: shifted ${shifted}: ${moved.join('; ')}`);
    assert.deepEqual(page.errors, []);
    await ctx.close();
  }
});

test('on a phone, a link with inputs=all shows every input before the app, and the app mounts over them with "Fewer inputs" and nothing moving', async () => {
  const { ctx, page, release } = await held({ width: 390, height: 844 });
  try {
    await page.goto(env.origin + '/?inputs=all', { waitUntil: 'commit' });
    await page.waitForSelector('#shell #f-price', { state: 'visible' });
    assert.equal(await page.isVisible('#shell #f-hourly'), true);
    // The prerendered button would say "More inputs": it keeps its place unseen.
    assert.equal(await page.isVisible('#shell [data-testid=more-inputs]'), false);
    release();
    await mounted(page);
    await textIs(page, '[data-testid=more-inputs]', 'Fewer inputs');
    assert.equal(await page.isVisible('#f-hourly'), true);
    const [shifted, moved] = await shiftSoFar(page);
    assert.ok(shifted < 0.01, `shifted ${shifted}: ${moved.join('; ')}`);
    assert.deepEqual(page.errors, []);
  } finally {
    await ctx.close();
  }
});

// A teammate's link to another view: the first screen says which view is on its way, then the
// app builds it. The footer once stood under that line and jumped down when the view came.
for (const [width, height] of [[1280, 900], [390, 844]]) {
  test(`at ${width} px a link to any other view shows its loading line, then the view, and nothing moves`, async () => {
    for (const { key, label, answer } of VIEW_TABLE.filter((v) => v.key !== 'calculator')) {
      const { ctx, page, release } = await held({ width, height });
      try {
        await page.goto(env.origin + `/?view=${key}`, { waitUntil: 'commit' });
        await textIs(page, '#shell main [role=status]', `Loading ${label}…`);
        release();
        await mounted(page);
        await page.waitForSelector(answer);
        const [shifted, moved] = await shiftSoFar(page);
        assert.ok(shifted < 0.01, `${key}: shifted ${shifted}: ${moved.join('; ')}`);
        assert.deepEqual(page.errors, []);
      } finally {
        await ctx.close();
      }
    }
  });
}
