// Saved scenarios in localStorage: save, reload, open, rename, duplicate, delete with undo,
// compare, damaged entries kept, names shown as text, storage missing or full, other tabs; and
// Save as a document's Save: it updates the open entry, says when there are unsaved changes,
// and asks before a name would be saved twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env, open, mounted, value, valueNear, inputIs, textHas, showView, settled, addressIs, SHOTS } from './harness.mjs';

const KEY = 'firstmove.scenario.';

async function save(page, name) {
  await page.fill('#f-name', name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForFunction((n) => document.querySelector('[data-testid=saved-status]').textContent.includes(`Saved “${n}”`), name);
}

const names = (page) => page.locator('[data-testid=saved-name]').allTextContents();

/** Every stored entry of ours, with its scenario's link parameters read out. */
const stored = (page) =>
  page
    .evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(k)).map((key) => ({ key, ...JSON.parse(localStorage[key]) })), KEY)
    .then((all) => all.map((e) => ({ ...e, params: new URLSearchParams(e.query) })));

/** The one stored entry of that name. */
async function storedNamed(page, name) {
  const all = (await stored(page)).filter((e) => e.params.get('name') === name);
  assert.equal(all.length, 1, `one entry named ${name}`);
  return all[0];
}

const unsavedShown = (page) => page.getByTestId('unsaved').waitFor({ state: 'visible', timeout: 5000 });
const unsavedGone = (page) => page.getByTestId('unsaved').waitFor({ state: 'detached', timeout: 5000 });
const titleIs = (page, title) => page.waitForFunction((t) => document.title === t, title, { timeout: 5000 });

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
  await mounted(page);
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

test('Save → edit → Save updates the one entry; unsaved appears, marks the tab title and clears', async () => {
  const page = await open('/');
  await save(page, 'SN baseline');
  const [first] = await stored(page);
  assert.equal(await page.getByTestId('unsaved').count(), 0, 'just saved: nothing unsaved');
  await page.fill('#f-reply', '30');
  await unsavedShown(page);
  await textHas(page, '[data-testid=unsaved]', 'Unsaved changes');
  await titleIs(page, '• SN baseline · FirstMove');
  // The header no longer says "Saved" beside figures that are not.
  assert.ok(!(await page.textContent('[data-testid=saved-status]')).includes('Saved'));
  const meeting = await value(page, 'cost-per-meeting');
  await page.getByTestId('save').click();
  await unsavedGone(page);
  await textHas(page, '[data-testid=saved-status]', 'Saved “SN baseline”');
  await titleIs(page, 'SN baseline · FirstMove');
  const after = await stored(page);
  assert.equal(after.length, 1, 'one entry');
  assert.equal(after[0].key, first.key, 'updated in place, same key');
  assert.equal(after[0].schema, 1);
  assert.equal(after[0].params.get('reply'), '30');
  // Opened again on a fresh page, it has the new figures.
  await page.goto(env.origin + '/?view=compare');
  await page.waitForSelector('[data-testid=saved-item]');
  await namesAre(page, ['SN baseline']);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await inputIs(page, '#f-reply', '30');
  await valueNear(page, 'cost-per-meeting', meeting);
  assert.equal(await page.getByTestId('unsaved').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('reloading with unsaved changes keeps the edits and the entry they belong to', async () => {
  const page = await open('/');
  await save(page, 'SN baseline');
  const [entry] = await stored(page);
  await page.fill('#f-reply', '30');
  await unsavedShown(page);
  // Switching view adds a history entry; it belongs to the same saved scenario.
  await showView(page, 'compare');
  await addressIs(page, { reply: '30', view: 'compare' });
  await page.reload();
  await mounted(page);
  await unsavedShown(page);
  await titleIs(page, '• SN baseline · FirstMove');
  await showView(page, 'calculator');
  await inputIs(page, '#f-reply', '30');
  // Back to the first history entry: still the same scenario on screen, still unsaved.
  await page.goBack();
  await page.waitForSelector('#panel-compare', { state: 'visible' });
  await unsavedShown(page);
  await page.getByTestId('save').click();
  await unsavedGone(page);
  const after = await stored(page);
  assert.equal(after.length, 1);
  assert.equal(after[0].key, entry.key, 'Save after the reload updated the same entry');
  assert.equal(after[0].params.get('reply'), '30');
  // A link pasted into the tab is a new visit: not that entry.
  await page.goto(env.origin + '/?reply=45&name=Other');
  await mounted(page);
  assert.equal(await page.getByTestId('unsaved').count(), 0);
  assert.equal(await page.getByTestId('save-as-new').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('Open from the list → edit → Save updates that entry; Save as new makes a second', async () => {
  const page = await open('/');
  await save(page, 'North');
  await page.fill('#f-invites', '90');
  // A new name is a new scenario: North stays as it was saved.
  await save(page, 'South');
  await textHas(page, '[data-testid=saved-status]', '“North” is kept as it was saved');
  assert.equal((await stored(page)).length, 2);
  await page.goto(env.origin + '/?view=compare');
  await page.waitForSelector('[data-testid=saved-item]');
  assert.equal(await page.getByTestId('save-as-new').count(), 0, 'nothing open on a fresh visit');
  await page.locator('[data-testid=saved-item]', { hasText: 'North' }).getByRole('button', { name: 'Open' }).click();
  await page.waitForSelector('#panel-calculator', { state: 'visible' });
  await page.fill('#f-invites', '70');
  await unsavedShown(page);
  await showView(page, 'compare');
  await textHas(page, '.saved-open', 'On screen, with unsaved changes');
  assert.equal(await page.locator('[data-testid=saved-item]', { hasText: 'On screen' }).locator('[data-testid=saved-name]').textContent(), 'North');
  await page.getByTestId('save').click();
  await unsavedGone(page);
  await textHas(page, '.saved-open', 'On screen');
  await showView(page, 'calculator');
  assert.equal((await stored(page)).length, 2);
  assert.equal((await storedNamed(page, 'North')).params.get('invites'), '70');
  assert.equal((await storedNamed(page, 'South')).params.get('invites'), '90', 'the other entry is untouched');
  // Save as new: a copy beside it, under a free name, which the page now shows.
  await page.fill('#f-reply', '35');
  await page.getByTestId('save-as-new').click();
  await textHas(page, '[data-testid=saved-status]', 'Saved “North (2)”', '“North” is kept as it was');
  await inputIs(page, '#f-name', 'North (2)');
  assert.equal(await page.getByTestId('unsaved').count(), 0);
  assert.equal((await stored(page)).length, 3);
  assert.equal((await storedNamed(page, 'North')).params.get('reply'), null, 'North keeps its saved reply rate');
  assert.equal((await storedNamed(page, 'North (2)')).params.get('reply'), '35');
  await showView(page, 'compare');
  await namesAre(page, ['North', 'North (2)', 'South']);
  assert.deepEqual(page.errors, []);
});

test('saving under another entry’s name asks; cancel, keep both and replace each do what they say', async () => {
  const page = await open('/');
  await save(page, 'Alpha');
  await page.fill('#f-reply', '25');
  await save(page, 'Beta');
  const beta = await storedNamed(page, 'Beta');
  await page.fill('#f-name', 'Alpha');
  await textHas(page, '.save-hint', 'Save adds “Alpha” and keeps “Beta” as saved');
  await page.getByTestId('save').click();
  await textHas(page, '[data-testid=save-clash]', '“Alpha” is already the name of another saved scenario');
  // Focus is on the answer that overwrites nothing.
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'save-clash-keep');
  await page.screenshot({ path: SHOTS + 'save-clash-wide.png' });
  const before = await page.evaluate(() => JSON.stringify(localStorage));
  await page.getByTestId('save-clash-cancel').click();
  await page.getByTestId('save-clash').waitFor({ state: 'detached' });
  await textHas(page, '[data-testid=saved-status]', 'Not saved');
  assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before, 'cancel writes nothing');

  await page.getByTestId('save').click();
  await page.getByTestId('save-clash-keep').click();
  await textHas(page, '[data-testid=saved-status]', 'Saved “Alpha (2)”', '“Alpha” is kept as it was');
  await inputIs(page, '#f-name', 'Alpha (2)');
  assert.equal(await page.getByTestId('unsaved').count(), 0);
  assert.equal((await storedNamed(page, 'Alpha')).params.get('reply'), null, 'the first Alpha is untouched');
  assert.equal((await storedNamed(page, 'Alpha (2)')).params.get('reply'), '25');

  await page.fill('#f-name', 'Beta');
  await page.fill('#f-invites', '70');
  await page.getByTestId('save').click();
  await textHas(page, '[data-testid=save-clash]', '“Beta” is already the name');
  await page.getByTestId('save-clash-replace').click();
  await textHas(page, '[data-testid=saved-status]', 'Saved “Beta”', 'replaces');
  const replaced = await storedNamed(page, 'Beta');
  assert.equal(replaced.key, beta.key, 'replace writes over that entry');
  assert.equal(replaced.params.get('invites'), '70');
  assert.equal((await stored(page)).length, 3);
  await showView(page, 'compare');
  await namesAre(page, ['Alpha', 'Alpha (2)', 'Beta']);
  assert.deepEqual(page.errors, []);
});

test('an entry saved in another tab meanwhile is asked about, not overwritten', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const one = await open('/', { context });
  await save(one, 'Shared');
  const two = await open('/?view=compare', { context });
  await two.locator('[data-testid=saved-item]', { hasText: 'Shared' }).getByRole('button', { name: 'Open' }).click();
  await two.fill('#f-reply', '40');
  await two.getByTestId('save').click();
  await textHas(two, '[data-testid=saved-status]', 'Saved “Shared”');
  // Tab one's figures now differ from the entry as stored.
  await unsavedShown(one);
  await one.fill('#f-reply', '30');
  await one.getByTestId('save').click();
  await textHas(one, '[data-testid=save-clash]', '“Shared” was changed since you opened it here (in another tab');
  await one.getByTestId('save-clash-keep').click();
  await textHas(one, '[data-testid=saved-status]', 'Saved “Shared (2)”');
  assert.equal((await storedNamed(one, 'Shared')).params.get('reply'), '40', 'tab two’s save is kept');
  assert.equal((await storedNamed(one, 'Shared (2)')).params.get('reply'), '30');
  await context.close();
});

test('Save with no name is refused with the reason', async () => {
  const page = await open('/');
  for (const blank of ['', '   ']) {
    await page.fill('#f-name', blank);
    await page.getByTestId('save').click();
    await textHas(page, '[data-testid=saved-status]', 'Not saved: the name is empty');
  }
  assert.equal((await stored(page)).length, 0);
  // Once a name is typed, the refusal is no longer the news.
  await page.fill('#f-name', 'Q1');
  await page.waitForFunction(() => document.querySelector('[data-testid=saved-status]').textContent.trim() === '');
});

test('opening another saved scenario with unsaved changes asks first', async () => {
  const page = await open('/');
  await save(page, 'North');
  await page.fill('#f-name', '');
  await page.fill('#f-invites', '90');
  await save(page, 'South');
  // North is open again; edit it, then ask to open South.
  await showView(page, 'compare');
  await page.locator('[data-testid=saved-item]', { hasText: 'North' }).getByRole('button', { name: 'Open' }).click();
  await page.waitForSelector('#panel-calculator', { state: 'visible' });
  await page.fill('#f-reply', '33');
  await unsavedShown(page);
  await showView(page, 'compare');
  const south = page.locator('[data-testid=saved-item]', { hasText: 'South' });
  await south.getByRole('button', { name: 'Open' }).click();
  await textHas(page, '[data-testid=open-unsaved]', '“North” has changes you have not saved', 'Opening “South” replaces them');
  await page.getByTestId('open-unsaved-cancel').click();
  await page.getByTestId('open-unsaved').waitFor({ state: 'detached' });
  await addressIs(page, { reply: '33', view: 'compare' });
  await south.getByRole('button', { name: 'Open' }).click();
  await page.getByTestId('open-unsaved-confirm').click();
  await page.waitForSelector('#panel-calculator', { state: 'visible' });
  await inputIs(page, '#f-name', 'South');
  await inputIs(page, '#f-invites', '90');
  assert.deepEqual(page.errors, []);
});

test('the rename box keeps its width beside its message, and an empty name is refused (1366 and 390 px, light and dark)', async () => {
  const sizes = [['wide', { width: 1366, height: 768 }], ['phone', { width: 390, height: 844 }]];
  for (const [label, size] of sizes) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await open('/', { ...size, colorScheme });
      const shot = (what) => page.screenshot({ path: `${SHOTS}${what}-${label}-${colorScheme}.png` });
      await save(page, 'North');
      await page.fill('#f-invites', '90');
      await save(page, 'South');
      await page.fill('#f-reply', '30');
      await unsavedShown(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await settled(page);
      await shot('header-unsaved');
      await showView(page, 'compare');
      await page.locator('[data-testid=saved-item]', { hasText: 'South' }).getByRole('button', { name: 'Rename' }).click();
      const field = page.locator('.rename-form input');
      const message = page.locator('.rename-form .field-error');
      const measure = async (why) => {
        await settled(page);
        const [f, m] = [await field.boundingBox(), await message.boundingBox()];
        assert.ok(f.width >= 150, `${label} ${colorScheme}, ${why}: the field is ${f.width}px wide`);
        assert.ok(m.y >= f.y + f.height - 1, `${label} ${colorScheme}, ${why}: the message is below the field`);
      };
      await page.keyboard.press('Control+A');
      await page.keyboard.type('North');
      await textHas(page, '.rename-form .field-error', '“North” is already the name of another saved scenario');
      await measure('duplicate name');
      await page.locator('.rename-form').scrollIntoViewIfNeeded();
      await shot('rename-error');
      for (const blank of ['', '   ']) {
        await field.fill(blank);
        await textHas(page, '.rename-form .field-error', 'The name is empty; a saved scenario needs a name');
        await page.getByRole('button', { name: 'Save name' }).click();
        assert.equal(await page.locator('.rename-form').count(), 1, 'the refused rename stays open');
        await measure(`name ${JSON.stringify(blank)}`);
      }
      await shot('rename-empty');
      await page.getByRole('button', { name: 'Cancel' }).click();
      await namesAre(page, ['North', 'South']);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  }
});
