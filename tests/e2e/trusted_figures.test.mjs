// Figures a rep can trust: each case a new user once read as wrong or as a bug, opened by link
// or typed, and checked the way a person reads the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, valueNear, shownIs, textHas, textIs, attrIs, addressIs, showView, SHOTS } from './harness.mjs';

test('an extreme reply rate is accepted but flagged, and its figures read as "what if"', async () => {
  const page = await open('/?reply=99.99');
  // C / (1 − r) would be 500,000 a month; refunds a week late let the bank climb to far less by
  // its second year, and the calculator says what the credit bank says (docs/model.md#credit-bank).
  const sent = Number(await page.getAttribute('[data-testid=inmails-per-month]', 'data-value'));
  assert.ok(sent > 1000 && sent < 500000, `${sent}`);
  await showView(page, 'bank');
  await valueNear(page, 'bank-sustains', sent, 1e-9);
  await showView(page, 'calculator');
  await textHas(page, '[data-testid=flag-reply]', "Above the guides' band", '30–40%');
  await attrIs(page, '[data-testid=inmails-per-month]', 'data-what-if', 'true');
  await attrIs(page, '[data-testid=meetings]', 'data-what-if', 'true');
  // A figure that does not read the reply rate is not marked.
  await attrIs(page, '[data-testid=invites-per-month]', 'data-what-if', 'false');
  await page.screenshot({ path: SHOTS + 'extreme-reply.png' });
  const plain = await open('/');
  await attrIs(plain, '[data-testid=meetings]', 'data-what-if', 'false');
  assert.ok(await plain.locator('[data-testid=flag-reply]').isHidden());
});

test('a rate below its band is flagged with what to change, and 0.2 typed for 20 % is asked about', async () => {
  const page = await open('/?reply=12');
  await textHas(page, '[data-testid=flag-reply]', 'Below the guides\' band', 'needs work');
  await page.fill('#f-reply', '0.2');
  await textHas(page, '[data-testid=flag-reply]', 'Did you mean 20%?');
  await page.fill('#f-reply', '20');
  await page.waitForFunction(() => document.querySelector('[data-testid=flag-reply]').classList.contains('hidden'));
});

test('per channel first: Premium Career InMails cost $95.97 a meeting, connections only time', async () => {
  const page = await open('/?plan=premium_career');
  await valueNear(page, 'channel-cost-inmail', 29.99 / (6.25 * 0.2 * 0.25), 1e-9);
  await shownIs(page, 'channel-cost-inmail', '$95.97');
  // The table's cell says the same, under the contract's test id; a channel unused is empty.
  await valueNear(page, 'channel-cost-per-meeting-inmail', 29.99 / (6.25 * 0.2 * 0.25), 1e-9);
  await shownIs(page, 'channel-cost-per-meeting-inmail', '$95.97');
  await attrIs(page, '[data-testid=channel-cost-per-meeting-open]', 'data-value', '');
  await shownIs(page, 'channel-cost-connection', 'free: only your time, not counted');
  await textHas(page, '[data-testid=month-answer]', 'Cheapest per meeting: Connection requests');
  assert.ok(await page.getByTestId('time-note').isVisible());
  // The blended figure is labelled as what it is.
  await textHas(page, '.results', 'All channels together', 'leaves out your time');
  // Counting time, the connection row costs money, and says it is time only.
  await page.fill('#f-hourly', '50');
  await page.waitForFunction(() => document.querySelector('[data-testid=time-note]').classList.contains('hidden'));
  const invites = 100 * 52 / 12;
  // The month's first 5 requests carry a note that accepts 20 % better (docs/model.md#cost-model).
  const perMeeting = (50 * 5 / 60 * invites) / ((invites * 0.28 + 5 * 0.28 * 0.2) * 0.29 * 0.25);
  await valueNear(page, 'channel-cost-connection', perMeeting, 1e-9);
  await textHas(page, '.channel-answer', 'free on every plan: your time only');
  const table = await textHas(page, '[data-testid=channel-breakdown]', 'free on every plan');
  assert.ok(!table.includes('$0.00'), table);
  await page.locator('.outputs').screenshot({ path: SHOTS + 'per-channel-wide.png' });
});

test('a labour-only channel never shows a bare $0.00', async () => {
  for (const path of ['/?plan=free', '/?open=300', '/']) {
    const page = await open(path);
    const text = await page.locator('.month-answer, .results, .breakdown').allTextContents();
    assert.ok(!text.join(' ').includes('$0.00'), `${path}: ${text.join(' ').match(/.{60}\$0\.00.{20}/)?.[0]}`);
    await page.context().close();
  }
});

test('averages of people and messages show a tenth, parts add up, data-value keeps the exact figure', async () => {
  const page = await open('/');
  await shownIs(page, 'invites-per-month', '433.3');
  await valueNear(page, 'invites-per-month', 100 * 52 / 12);
  const column = async (label) => (await page.locator(`[data-testid=channel-breakdown] td[data-label=${label}]`).allTextContents()).map((c) => c.trim());
  for (const label of ['Sent', 'Replies', 'Meetings']) {
    const cells = await column(label);
    for (const c of cells) assert.ok(/^(\d[\d,]*(\.\d)?|under 0\.1)$/.test(c), `"${c}" is not an average to a tenth`);
    // The three channels add up to the total row, as shown.
    const n = cells.map((c) => Number(c.replace(/,/g, '')));
    assert.ok(Math.abs(n[0] + n[1] + n[2] - n[3]) < 1e-9, `${label}: ${cells}`);
  }
  // Below a tenth of a meeting reads "under 0.1", not a misleading 0.
  const few = await open('/?meet=0.1&invites=10&credits=0');
  await shownIs(few, 'meetings', 'under 0.1');
});

test('no internal names on the page: sources by publisher, rules by what they say', async () => {
  const page = await open('/?plan=free&p_closed=1');
  for (const v of ['first-move', 'list', 'safety', 'sequences', 'messages', 'metrics', 'compare', 'calculator']) await showView(page, v);
  await page.locator('.card-how summary').first().click();
  await page.locator('.card-how-body').first().waitFor();
  const text = await page.textContent('body');
  for (const code of [/Guide 00\d/, /SPEC/, /§/, /Rule \d/, /\bP \/ C\b/, /S = C/, /H · M/]) {
    assert.ok(!code.test(text), `${code} on the page: ${text.match(new RegExp('.{40}' + code.source + '.{40}'))?.[0]}`);
  }
  assert.ok(text.includes('Outbound System guide, 2026'));
  const help = page.locator('a[href^="https://www.linkedin.com/help/"]');
  assert.ok((await help.count()) > 0, 'LinkedIn Help articles are linked');
});

test('the multi-channel sequence charges its InMail only to those who did not accept', async () => {
  const page = await open('/?view=sequences');
  await page.getByText('Multi-channel blitz', { exact: true }).click();
  await page.fill('#seq-f-list', '25');
  await page.fill('#seq-f-open_share', '0');
  await addressIs(page, { list: '25', open_share: '0', view: 'sequences' });
  const cell = (row, col) => `[data-testid=sequence-usage] tr[data-usage=${row}] td.${col}`;
  await textIs(page, cell('inmails', 'used'), '18');
  await textIs(page, cell('credits', 'used'), '14.4');
  // Open Profile use is checked against the allowance, not the planned 0 a month.
  await page.fill('#seq-f-open_share', '50');
  // An average week's allowance, to a tenth as its use is (800 a month × 12 / 52).
  await textIs(page, cell('open-profile', 'allowed'), '184.6');
  await textIs(page, cell('credits', 'allowed'), '11.5');
  // Half of the 18 not connected by day 3 have an Open Profile.
  await textIs(page, cell('open-profile', 'used'), '9');
});

test('the fallback and the fitted sequence follow the answers', async () => {
  // An engaged prospect with an Open Profile in a closed network: Open Profile first, the
  // InMail as the fallback, never a request.
  const closed = await open('/?p_rel=engaged&p_open=1&p_closed=1&view=first-move');
  await attrIs(closed, '[data-testid=first-move]', 'data-value', 'open_profile');
  await attrIs(closed, '[data-testid=first-move-fallback]', 'data-value', 'inmail');
  const page = await open('/?p_closed=1&view=first-move');
  await attrIs(page, '[data-testid=first-move]', 'data-value', 'inmail');
  const planned = await textHas(page, '[data-testid=first-move-sequence]', 'InMail breakthrough', 'Day 1');
  assert.ok(!/connection request/i.test(planned), planned);
  const connected = await open('/?p_rel=connected&view=first-move');
  await textHas(connected, '[data-testid=first-move-sequence]', 'No sequence');
  const verdict = await connected.locator('.verdict').textContent();
  await showView(connected, 'sequences');
  await connected.getByText('For this prospect', { exact: true }).click();
  await textHas(connected, '.sequences', 'This prospect needs no sequence');
  assert.ok(!verdict.includes('Active on LinkedIn'), verdict);
});

test('safety never asks for more than 7 sending days, and low acceptance needs invitations', async () => {
  const page = await open('/?invites=300&days=3&accept=15&view=safety');
  const text = await textHas(page, '.safety', 'even over 7 days', 'cut 125');
  assert.ok(!text.includes('12 sending days'), text);
  const idle = await open('/?accept=15&invites=0&view=safety');
  await attrIs(idle, '[data-testid=risk-level]', 'data-value', 'safe');
  // The identical-text warning needs a generic text.
  const generic = await open('/?p_personal=0&view=safety');
  await textHas(generic, '.safety', 'One generic text to 100 people');
  const personal = await open('/?view=safety');
  assert.ok(!(await personal.locator('.safety').textContent()).includes('generic text'));
});

test('a list shares the week in order and a semicolon file reads like a comma one', async () => {
  const page = await open('/?plan=free&view=list');
  const names = Array.from({ length: 10 }, (_, i) => `P${i}`).join('\n');
  await page.fill('#list-csv', 'name\n' + names + '\n');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=list-rows] tbody tr').length === 10);
  const moves = await page.locator('[data-testid=list-rows] tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.move));
  assert.deepEqual(moves, [...Array(5).fill('connect_with_note'), ...Array(5).fill('connect')]);
  await page.fill('#list-csv', 'name;rel;senior\nAda;engaged;0\nBo;cold;0\n');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=list-rows] tbody tr')].map((r) => r.dataset.move).join() === 'connect_with_note,connect_with_note');
  assert.equal(await page.getByTestId('list-errors').count(), 0);
  await page.fill('#list-csv', 'colour|size\nblue|3\n');
  await textHas(page, '[data-testid=list-refused]', 'could not be read', 'colour|size');
  assert.equal(await page.locator('[data-testid=list-rows]').count(), 0);
});

test('list mode and sequences read the same weekly allowances', async () => {
  const page = await open('/?view=list');
  await page.fill('#list-csv', 'name\nAda\n');
  const allowed = async (limit) => {
    const row = page.locator('[data-testid=list-totals] .usage tbody tr', { hasText: limit });
    await row.first().waitFor();
    return (await row.first().locator('td').nth(1).textContent()).trim();
  };
  assert.equal(await allowed('credits'), '11.5');
  assert.equal(await allowed('Open Profile'), '184');
  await showView(page, 'sequences');
  // The same allowances: a list decides whole prospects (184 Open Profile messages fit), the
  // sequences an average week (184.6).
  await textIs(page, '[data-testid=sequence-usage] tr[data-usage=credits] td.allowed', '11.5');
  await textIs(page, '[data-testid=sequence-usage] tr[data-usage=open-profile] td.allowed', '184.6');
  // The calculator's week itself: 100 requests, none over the cap.
  await textIs(page, '[data-testid=sequence-usage] tr[data-usage=invitations] td.used', '100');
  // A guide's sequence sizes the scenario's list: the prospects the calculator's week reaches.
  await page.getByRole('radio', { name: 'Connection-first' }).check();
  assert.equal(await page.inputValue('#seq-f-list'), '115');
});
