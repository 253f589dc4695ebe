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
