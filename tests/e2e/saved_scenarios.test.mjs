// Saved scenarios in localStorage: save, reload, open, rename, duplicate, delete with undo,
// compare, damaged entries kept, names shown as text, storage missing or full, other tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env, open, value, valueNear, inputIs, textHas, showView, SHOTS } from './harness.mjs';

const KEY = 'firstmove.scenario.';

async function save(page, name) {
  await page.fill('#f-name', name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForFunction((n) => document.querySelector('[data-testid=saved-status]').textContent.includes(`Saved “${n}”`), name);
}

const names = (page) => page.locator('[data-testid=saved-name]').allTextContents();

/** Waits until the saved list shows exactly `expected` (in any order). */
async function namesAre(page, expected) {
  const want = [...expected].sort();
  try {
    await page.waitForFunction(
      (w) => JSON.stringify([...document.querySelectorAll('[data-testid=saved-name]')].map((e) => e.textContent).sort()) === JSON.stringify(w),
      want,
      { timeout: 5000 },
    );
  } catch {
    assert.deepEqual((await names(page)).sort(), want);
  }
}

test('save, reload, find it listed, open it', async () => {
  const page = await open('/');
  await page.fill('#f-reply', '33');
  await save(page, 'High reply');
  const meeting = await value(page, 'cost-per-meeting');
  await page.goto(env.origin + '/');
  assert.equal(await page.inputValue('#f-reply'), '20', 'a plain visit opens the defaults');
  await showView(page, 'compare');
  await page.waitForSelector('[data-testid=saved-item]', { state: 'attached' });
  assert.deepEqual(await names(page), ['High reply']);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  // Opening shows the scenario in the calculator.
  await page.waitForSelector('#panel-calculator', { state: 'visible' });
  await inputIs(page, '#f-reply', '33');
  await valueNear(page, 'cost-per-meeting', meeting);
  const stored = await page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(k)).map((x) => JSON.parse(localStorage[x])), KEY);
  assert.equal(stored.length, 1);
  assert.equal(stored[0].schema, 1);
  assert.ok(stored[0].query.includes('reply=33'));
});

test('opening a share link never changes the saved scenarios', async () => {
  const page = await open('/');
  await save(page, 'Kept');
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  await page.goto(env.origin + '/?reply=45&name=Other&view=compare');
  await page.waitForSelector('[data-testid=saved-item]', { state: 'attached' });
  await showView(page, 'calculator');
  await page.fill('#f-invites', '50');
  assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before);
});

test('rename, duplicate, delete and undo', async () => {
  const page = await open('/');
  await save(page, 'Alpha');
  await showView(page, 'compare');
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.fill('[id^=rename-]', 'Beta');
  await page.getByRole('button', { name: 'Save name' }).click();
  await namesAre(page, ['Beta']);
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await namesAre(page, ['Beta', 'Beta (copy)']);
  const raw = await page.evaluate(() => JSON.stringify(localStorage));
  await page.locator('[data-testid=saved-item]', { hasText: 'Beta (copy)' }).getByRole('button', { name: 'Delete' }).click();
  await namesAre(page, ['Beta']);
  await page.getByTestId('undo-delete').click();
  await namesAre(page, ['Beta', 'Beta (copy)']);
  assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), raw, 'undo restores the entry byte for byte');
});

test('two or three saved scenarios compare side by side with differences highlighted', async () => {
  const page = await open('/');
  await save(page, 'Twenty');
  await page.fill('#f-reply', '30');
  await save(page, 'Thirty');
  await page.selectOption('#f-plan', 'premium_business');
  await save(page, 'Business');
  await showView(page, 'compare');
  const boxes = page.locator('.compare-pick input');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  const table = page.getByTestId('comparison');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=comparison] thead th').length === 3);
  const differing = await table.locator('tr[data-differs=true] th').allTextContents();
  assert.ok(differing.some((t) => t.startsWith('Plan')), differing.join('|'));
  assert.ok(!differing.some((t) => t.startsWith('Connection requests a month')));
  await boxes.nth(2).check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=comparison] thead th').length === 4);
  await page.screenshot({ path: SHOTS + 'comparison-wide.png', fullPage: true });
});

test('a damaged or newer entry is reported and kept untouched', async () => {
  const bad = { [`${KEY}broken`]: '{not json', [`${KEY}future`]: '{"schema":7,"x":1}' };
  const page = await open('/', {
    init: `(${(entries) => { for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v); }})(${JSON.stringify(bad)})`,
  });
  await showView(page, 'compare');
  const notice = page.getByTestId('damaged-entries');
  const text = await notice.textContent();
  assert.ok(text.includes('2 saved entries could not be opened'), text);
  assert.ok(text.includes('newer version of FirstMove'), text);
  await save(page, 'Fine');
  for (const [k, v] of Object.entries(bad)) {
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), k), v);
  }
  await namesAre(page, ['Fine']);
});

test('a name containing HTML is shown as text', async () => {
  const html = '<img src=x onerror="window.pwned=1"><b>Bold</b>';
  const page = await open('/?view=compare');
  await save(page, html);
  await namesAre(page, [html]);
  assert.equal(await page.locator('.saved-name b').count(), 0);
  await page.goto(env.origin + '/?view=compare&name=' + encodeURIComponent(html));
  await page.waitForSelector('[data-testid=saved-item]', { state: 'attached' });
  assert.equal(await page.evaluate(() => window.pwned), undefined);
});

test('a name over 80 characters is refused with the reason', async () => {
  const page = await open('/');
  await page.fill('#f-name', 'Q3');
  await page.fill('#f-name', 'n'.repeat(81));
  await textHas(page, '#f-name-error', '81 characters long; the limit is 80', 'keep “Q3”');
  assert.equal(await page.inputValue('#f-name'), 'n'.repeat(81), 'what was typed stays to be fixed');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await textHas(page, '[data-testid=saved-status]', 'Not saved');
  await showView(page, 'compare');
  assert.equal(await page.locator('[data-testid=saved-item]').count(), 0);
  // What the app writes, it reads back: the link keeps the last valid name and opens cleanly.
  await page.waitForFunction(() => new URLSearchParams(location.search).get('name') === 'Q3');
  const link = await page.evaluate(() => location.search);
  const other = await open('/' + link);
  assert.equal(await other.locator('[data-testid=link-notices]').count(), 0);
  assert.equal(await other.inputValue('#f-name'), 'Q3');
});

test('storage that is unavailable or full gives a message and the calculator keeps working', async () => {
  const blocked = await open('/', {
    init: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });`,
  });
  await showView(blocked, 'compare');
  assert.ok((await blocked.getByTestId('storage-unavailable').textContent()).includes('cannot be saved here'));
  await showView(blocked, 'calculator');
  await blocked.fill('#f-reply', '30');
  await valueNear(blocked, 'effective-cost-per-inmail', 99 * 0.7 / 50);
  assert.deepEqual(blocked.errors, []);

  const full = await open('/', {
    init: `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
  });
  await full.fill('#f-name', 'Too much');
  await full.getByRole('button', { name: 'Save', exact: true }).click();
  await full.waitForFunction(() => document.querySelector('[data-testid=saved-status]').textContent.includes('storage for this site is full'));
  await full.fill('#f-reply', '30');
  await valueNear(full, 'effective-cost-per-inmail', 99 * 0.7 / 50);
  assert.deepEqual(full.errors, []);
});

test('a save in another tab appears without a reload', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const first = await open('/?view=compare', { context });
  const second = await open('/', { context });
  await save(second, 'From tab two');
  await namesAre(first, ['From tab two']);
  await context.close();
});

test('two tabs saving at the same moment lose nothing', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tabs = [await open('/', { context }), await open('/?reply=35', { context })];
  await tabs[0].fill('#f-name', 'Tab one');
  await tabs[1].fill('#f-name', 'Tab two');
  // Both clicks are dispatched before either save finishes.
  await Promise.all(tabs.map((t) => t.evaluate(() => document.querySelector('[data-testid=save]').click())));
  await showView(tabs[0], 'compare');
  await namesAre(tabs[0], ['Tab one', 'Tab two']);
  const queries = await tabs[0].evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(k)).map((x) => JSON.parse(localStorage[x]).query), KEY);
  assert.equal(queries.length, 2);
  assert.ok(queries.some((q) => q.includes('reply=35') && q.includes('Tab+two')), JSON.stringify(queries));
  await context.close();
});

test('rename refuses a duplicate name; renaming the open scenario renames its link', async () => {
  const page = await open('/');
  await save(page, 'North');
  await save(page, 'South');
  await showView(page, 'compare');
  const south = page.locator('[data-testid=saved-item]', { hasText: 'South' });
  await south.getByRole('button', { name: 'Rename' }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('North');
  await textHas(page, '.rename-form .field-error', '“North” is already the name of another saved scenario');
  await page.getByRole('button', { name: 'Save name' }).click();
  assert.equal(await page.locator('.rename-form').count(), 1, 'the refused rename stays open to be fixed');
  // "South" is the scenario on screen (saved last): renaming it renames the link too.
  await page.fill('[id^=rename-]', 'West');
  await page.getByRole('button', { name: 'Save name' }).click();
  await namesAre(page, ['North', 'West']);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('name') === 'West', null, { timeout: 5000 });
  // Focus goes back to the renamed row's Rename button.
  await page.waitForFunction(() => document.activeElement?.textContent === 'Rename', null, { timeout: 5000 }).catch(async (e) => {
    throw new Error('focus is on ' + (await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))));
  });
});
