// Views: one tool on screen at a time, each opened by link or by its tab, its answer on the
// first screen, every input kept across switches, Back and Forward between views, a shared
// link that says whose scenario it is, and a clean print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, addressIs, attrIs, inputIs, textHas, showView, settled, SHOTS, VIEW_TABLE } from './harness.mjs';

/** Each view and the element that is its answer, from the table of views. */
const ANSWERS = Object.fromEntries(VIEW_TABLE.map((v) => [v.key, v.answer]));

const selectedTab = (page) => page.getAttribute('[role=tab][aria-selected=true]', 'data-view');

async function answerOnFirstScreen(page, view) {
  await settled(page);
  const box = await page.evaluate((sel) => {
    const r = document.querySelector(sel).getBoundingClientRect();
    return { top: r.top, height: r.height, vh: innerHeight };
  }, ANSWERS[view]);
  assert.ok(box.height > 0, `${view}: the answer is not drawn`);
  assert.ok(box.top >= 0 && box.top + 24 <= box.vh, `${view}: the answer starts at y=${box.top} in a ${box.vh}px screen`);
}

for (const [size, viewport] of [['desktop', { width: 1366, height: 768 }], ['phone', { width: 390, height: 844 }]]) {
  test(`every view opens by link with its answer on the first screen (${size})`, async () => {
    for (const view of Object.keys(ANSWERS)) {
      const page = await open(`/?view=${view}`, viewport);
      assert.equal(await selectedTab(page), view);
      const panels = await page.evaluate(() => [...document.querySelectorAll('[role=tabpanel]')].filter((p) => !p.hidden).map((p) => p.dataset.view));
      assert.deepEqual(panels, [view], 'one view on screen at a time');
      await answerOnFirstScreen(page, view);
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: `${SHOTS}view-${view}-${size}-${scheme}.png` });
      }
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(scroll <= client, `${view}: the page scrolls sideways (${scroll} > ${client})`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });
}

test('tabs switch views, push history, and Back and Forward return', async () => {
  const page = await open('/');
  await page.fill('#f-reply', '30');
  await addressIs(page, { reply: '30', view: null });
  await showView(page, 'first-move');
  await addressIs(page, { reply: '30', view: 'first-move' });
  await showView(page, 'list');
  await addressIs(page, { view: 'list' });
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[role=tab][aria-selected=true]').dataset.view === 'first-move');
  await addressIs(page, { reply: '30', view: 'first-move' });
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[role=tab][aria-selected=true]').dataset.view === 'calculator');
  await inputIs(page, '#f-reply', '30');
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('[role=tab][aria-selected=true]').dataset.view === 'first-move');
  // Back never loses what was typed: the reply rate is still 30.
  await inputIs(page, '#f-reply', '30');
});

test('switching views never loses an input, a draft or a pasted list', async () => {
  const page = await open('/');
  await page.fill('#f-invites', 'abc');
  await textHas(page, '#f-invites-error', 'is not a number');
  await showView(page, 'list');
  await page.fill('#list-csv', 'name\nAda\nBo\n');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=list-rows] tbody tr').length === 2);
  await showView(page, 'sequences');
  await page.getByRole('radio', { name: 'Connection-first' }).check();
  await page.fill('#seq-f-list', '40');
  await showView(page, 'metrics');
  await page.fill('#m-invites', '400');
  await showView(page, 'messages');
  await page.fill('#ph-First-name', 'Ada');
  for (const view of ['calculator', 'list', 'sequences', 'metrics', 'messages']) await showView(page, view);
  await showView(page, 'calculator');
  assert.equal(await page.inputValue('#f-invites'), 'abc', 'the refused draft is still there, with its reason');
  await textHas(page, '#f-invites-error', 'is not a number');
  await showView(page, 'list');
  assert.equal(await page.inputValue('#list-csv'), 'name\nAda\nBo\n');
  assert.equal(await page.locator('[data-testid=list-rows] tbody tr').count(), 2);
  await showView(page, 'sequences');
  assert.equal(await page.inputValue('#seq-f-list'), '40');
  await showView(page, 'metrics');
  assert.equal(await page.inputValue('#m-invites'), '400');
  await showView(page, 'messages');
  assert.equal(await page.inputValue('#ph-First-name'), 'Ada');
});

test('a hidden view catches up with edits made elsewhere when it is shown', async () => {
  const page = await open('/?view=first-move');
  await attrIs(page, '[data-testid=first-move]', 'data-value', 'connect_with_note');
  await showView(page, 'calculator');
  await page.selectOption('#f-plan', 'free');
  await showView(page, 'safety');
  await page.fill('#f-cap', '1');
  await showView(page, 'first-move');
  // Free: a note while notes last; the cap of 1 still leaves one invitation.
  await attrIs(page, '[data-testid=first-move]', 'data-value', 'connect_with_note');
  await page.fill('#q-p_notes_left', '0');
  await attrIs(page, '[data-testid=first-move]', 'data-value', 'connect');
});

test('the tabs follow the WAI-ARIA pattern: one tab stop, arrow keys, Home and End', async () => {
  const page = await open('/');
  const [first, second] = VIEW_TABLE.map((v) => v.key);
  const last = VIEW_TABLE[VIEW_TABLE.length - 1].key;
  await page.focus(`[role=tab][data-view=${first}]`);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((v) => document.activeElement.dataset.view === v, second);
  await attrIs(page, `[role=tab][data-view=${second}]`, 'aria-selected', 'true');
  await page.keyboard.press('End');
  await page.waitForFunction((v) => document.activeElement.dataset.view === v, last);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((v) => document.activeElement.dataset.view === v, first);
  const stops = await page.evaluate(() => [...document.querySelectorAll('[role=tab]')].filter((t) => t.tabIndex === 0).length);
  assert.equal(stops, 1);
  assert.equal(await page.getAttribute('#panel-calculator', 'aria-labelledby'), 'tab-calculator');
});

test('a skip link comes first, and Save and Copy link are a few tab stops away', async () => {
  const page = await open('/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  const reached = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    reached.push(await page.evaluate(() => document.activeElement.dataset.testid || document.activeElement.id));
  }
  assert.ok(reached.includes('save') && reached.includes('copy-link'), reached.join(','));
});

test('a shared link says whose scenario it is, with Save beside it', async () => {
  const page = await open('/?name=' + encodeURIComponent('Q3 enterprise push') + '&reply=25');
  await textHas(page, '[data-testid=scenario-heading]', 'Q3 enterprise push');
  assert.equal(await page.title(), 'Q3 enterprise push · FirstMove');
  await textHas(page, '[data-testid=shared-line]', 'shared scenario');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await textHas(page, '[data-testid=saved-status]', 'Saved “Q3 enterprise push”');
  await page.getByTestId('shared-line').waitFor({ state: 'detached' });
  const plain = await open('/');
  assert.equal(await plain.locator('[data-testid=shared-line]').count(), 0);
  assert.ok((await plain.title()).startsWith('FirstMove'));
});

test('dismissing the notice of a malformed link rewrites the address to what is shown', async () => {
  const page = await open('/?reply=abc&invites=90&view=safety');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await addressIs(page, { reply: null, invites: '90', view: 'safety' });
});

test('print shows the view as a summary, without form controls', async () => {
  const page = await open('/?hourly=40');
  await page.emulateMedia({ media: 'print' });
  for (const sel of ['#f-reply', '[data-testid=copy-link]', '.view-nav', '.field-slider']) {
    assert.ok(await page.locator(sel).first().isHidden(), `${sel} prints`);
  }
  for (const sel of ['.inputs-summary', '[data-testid=month-answer]', '[data-testid=channel-breakdown]']) {
    assert.ok(await page.locator(sel).first().isVisible(), `${sel} does not print`);
  }
  await textHas(page, '.inputs-summary', 'InMail reply rate', 'Labor cost');
  await page.screenshot({ path: SHOTS + 'print-calculator.png', fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  assert.ok(await page.locator('.inputs-summary').isHidden());
});
