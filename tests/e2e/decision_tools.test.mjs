// The decision tools: first move from `p_*` answers in a link, and the risk level below, at and
// above the cap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, addressIs, SHOTS } from './harness.mjs';

const move = (page) => page.getAttribute('[data-testid=first-move]', 'data-value');
const risk = (page) => page.getAttribute('[data-testid=risk-level]', 'data-value');

test('links with prospect answers open with the guides\' first move', async () => {
  const cases = [
    ['/', 'connect_with_note'],
    ['/?p_rel=connected', 'direct_message'],
    ['/?p_open=1', 'open_profile'],
    ['/?p_closed=1', 'inmail'],
    ['/?p_closed=1&p_personal=0', 'wait'],
    ['/?p_senior=1', 'inmail'],
    ['/?p_personal=0', 'connect'],
    ['/?plan=free&p_notes_left=0', 'connect'],
  ];
  for (const [path, expected] of cases) {
    const page = await open(path);
    assert.equal(await move(page), expected, path);
    await page.context().close();
  }
});

test('answering the questionnaire changes the move and the address', async () => {
  const page = await open('/');
  await page.getByLabel('Cannot send them a request (closed network)').check();
  assert.equal(await move(page), 'inmail');
  const verdict = await page.locator('.verdict').textContent();
  assert.ok(verdict.includes('Rule 3') && verdict.includes('closed network'), verdict);
  await addressIs(page, { p_closed: '1' });
  await page.getByText('Existing connection').click();
  assert.equal(await move(page), 'direct_message');
  await addressIs(page, { p_rel: 'connected' });
  await page.fill('#q-p_credits_left', '2.5');
  const errors = await page.locator('.left-input .field-error').allTextContents();
  assert.ok(errors.some((e) => e.includes('whole number')), errors.join('|'));
  await page.screenshot({ path: SHOTS + 'first-move-wide.png', fullPage: true });
});

test('the risk level below, at and above the cap', async () => {
  for (const [query, expected] of [
    ['invites=90&cap=100', 'safe'],
    ['invites=100&cap=100', 'safe'],
    ['invites=101&cap=100&days=7', 'danger'],
    ['invites=140&cap=200', 'watch'],
    ['accept=15', 'danger'],
  ]) {
    const page = await open('/?' + query);
    assert.equal(await risk(page), expected, query);
    await page.context().close();
  }
  const page = await open('/?invites=130&cap=200', { width: 390, height: 844 });
  const text = await page.locator('.safety').textContent();
  assert.ok(text.includes('above the safe ceiling') && text.includes('What to do'), text);
  await page.fill('#f-days', '6');
  assert.equal(await risk(page), 'safe');
  await page.locator('.safety').screenshot({ path: SHOTS + 'safety-phone.png' });
});

test('a sequence shows its timeline and names the cap a weekly volume breaks', async () => {
  const page = await open('/?p_senior=1');
  const timeline = page.getByTestId('sequence-timeline');
  // A C-suite prospect with credits gets the InMail breakthrough by default.
  assert.deepEqual(await timeline.locator('.step-day').allTextContents(), ['Day 1', 'Day 3', 'Day 10']);
  await page.getByText('Multi-channel blitz', { exact: true }).click();
  assert.equal(await timeline.locator('li').count(), 6);
  const warning = page.getByTestId('sequence-warning');
  await page.fill('#seq-prospects', '5');
  assert.ok(await warning.isHidden(), 'five a week fit every cap');
  await page.fill('#seq-prospects', '40');
  await page.waitForFunction(() => document.querySelector('[data-testid=sequence-warning]').textContent.includes('breaks first'));
  assert.ok((await warning.textContent()).includes('InMail credits'), await warning.textContent());
  await page.fill('#seq-prospects', 'lots');
  assert.ok((await page.locator('.sequences .field-error').textContent()).includes('“lots” must be a number'));
  await page.locator('.sequences').screenshot({ path: SHOTS + 'sequence-wide.png' });
});

test('a pasted list with a broken row reports it by line and column and processes the rest', async () => {
  const page = await open('/');
  const csv = 'name,p_rel,p_senior\nAda,cold,1\nBob,warm,0\nCy,connected,0\n"Lee, Jo",cold,0\n';
  await page.fill('#list-csv', csv);
  const errors = await page.getByTestId('list-errors').textContent();
  assert.ok(errors.includes('Line 3, column p_rel: “warm” is not cold, engaged or connected'), errors);
  const moves = await page.locator('[data-testid=list-rows] tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.move));
  assert.deepEqual(moves, ['inmail', 'direct_message', 'connect_with_note']);
  assert.ok((await page.locator('[data-testid=list-rows]').textContent()).includes('Lee, Jo'));
  const totals = await page.getByTestId('list-totals').textContent();
  assert.ok(totals.includes('fits') && !totals.includes('over'), totals);
  await page.locator('.prospect-list').screenshot({ path: SHOTS + 'list-mode-wide.png' });
});

test('a note typed past its limit is flagged, with unfilled placeholders named', async () => {
  const page = await open('/?plan=free');
  await page.selectOption('#msg-template', { label: 'Note: shared interest' });
  const count = page.getByTestId('message-count');
  assert.ok((await count.textContent()).includes('/ 200 characters (connection note, free account)'));
  assert.ok((await page.getByTestId('message-unfilled').textContent()).includes('[First name]'));
  await page.fill('#ph-First-name', 'Ada');
  await page.fill('#ph-topic', 'x'.repeat(150));
  await page.fill('#ph-your-company', 'Acme');
  assert.equal(await page.getByTestId('message-unfilled').textContent(), '');
  assert.ok((await count.getAttribute('class')).includes('over'));
  assert.ok((await count.textContent()).includes('over the limit'), await count.textContent());
  // The same note fits a premium account's 300.
  await page.selectOption('#f-plan', 'sales_nav_core');
  assert.ok(!(await count.getAttribute('class')).includes('over'));
  assert.ok((await page.getByTestId('message-preview').textContent()).startsWith('Ada, saw your post about xxx'));
});

test('actual counts are placed on their benchmark bands', async () => {
  const page = await open('/');
  for (const [id, v] of [['m-invites', '400'], ['m-accepted', '60'], ['m-inmails', '50'], ['m-inmail-replies', '10'], ['m-other-replies', '20'], ['m-meetings', '10'], ['m-spend', '900']]) {
    await page.fill('#' + id, v);
  }
  const grades = await page.getByTestId('metric').evaluateAll((els) => els.map((e) => e.dataset.grade));
  assert.deepEqual(grades, ['poor', 'within', 'above', 'within']);
  assert.ok((await page.locator('.metrics').textContent()).includes('What to change'));
  await page.fill('#m-accepted', '500');
  assert.ok((await page.locator('.metrics .field-error').textContent()).includes('More invitations accepted than sent'));
});
