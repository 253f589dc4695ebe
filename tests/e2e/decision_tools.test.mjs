// The decision tools: first move from `p_*` answers in a link, and the risk level below, at and
// above the cap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, addressIs, attrIs, textHas, textIs, showView, SHOTS } from './harness.mjs';

const moveIs = (page, expected) => attrIs(page, '[data-testid=first-move]', 'data-value', expected);
const riskIs = (page, expected) => attrIs(page, '[data-testid=risk-level]', 'data-value', expected);

test('links with prospect answers open with the guides\' first move', async () => {
  const cases = [
    ['/?view=first-move', 'connect_with_note'],
    ['/?p_rel=connected&view=first-move', 'direct_message'],
    ['/?p_open=1&view=first-move', 'open_profile'],
    ['/?p_closed=1&view=first-move', 'inmail'],
    ['/?p_closed=1&p_personal=0&view=first-move', 'wait'],
    ['/?p_senior=1&view=first-move', 'inmail'],
    ['/?p_personal=0&view=first-move', 'connect'],
    ['/?plan=free&p_notes_left=0&view=first-move', 'connect'],
  ];
  for (const [path, expected] of cases) {
    const page = await open(path);
    await moveIs(page, expected);
    await page.context().close();
  }
});

test('an engaged prospect who is not connected is never sent a direct message', async () => {
  // A like or a comment opens no channel: a free account facing a closed network can only wait.
  const closed = await open('/?view=first-move&p_rel=engaged&plan=free&p_closed=1');
  await moveIs(closed, 'wait');
  await attrIs(closed, '[data-testid=first-move-fallback]', 'data-value', '');
  const verdict = await textHas(closed, '.verdict', 'does not open a channel', '1st-degree connections', 'LinkedIn Help: “InMail messages”', 'Outreach Tactics guide');
  // Rules are named by what they say, never by an internal number or file code.
  for (const code of ['1b', '§', 'Guide 000', '000', '004']) assert.ok(!verdict.includes(code), `${code} in ${verdict}`);
  assert.ok(!/Rule \d/.test(verdict), verdict);
  await closed.context().close();
  // Premium and an Open Profile: the free message, then the warm request if no reply.
  const openProfile = await open('/?view=first-move&p_rel=engaged&plan=sales_nav_core&p_open=1');
  await moveIs(openProfile, 'open_profile');
  await attrIs(openProfile, '[data-testid=first-move-fallback]', 'data-value', 'connect_with_note');
  await textHas(openProfile, '.verdict', 'Engaged but not connected', 'mention their comment or like');
  await textHas(openProfile, '[data-testid=first-move-sequence]', 'Open Profile message (free, no credit)');
  await openProfile.context().close();
  // Otherwise a request whose note names their comment or like.
  const request = await open('/?view=first-move&p_rel=engaged');
  await moveIs(request, 'connect_with_note');
  await textHas(request, '[data-testid=first-move-sequence]', 'names their comment or like');
  await request.context().close();
});

test('answering the questionnaire changes the move and the address', async () => {
  const page = await open('/?view=first-move');
  await page.getByLabel('Cannot send them a request (closed network)').check();
  await moveIs(page, 'inmail');
  // The rule is named by what it says, never by a number.
  const verdict = await textHas(page, '.verdict', 'Closed network: InMail or wait', 'closed network');
  assert.ok(!/Rule \d/.test(verdict), verdict);
  await attrIs(page, '[data-testid=first-move-fallback]', 'data-value', 'wait');
  await addressIs(page, { p_closed: '1', view: 'first-move' });
  await page.getByText('Existing connection').click();
  await moveIs(page, 'direct_message');
  await attrIs(page, '[data-testid=first-move-fallback]', 'data-value', '');
  await addressIs(page, { p_rel: 'connected' });
  await page.fill('#q-p_credits_left', '2.5');
  await textHas(page, '.first-move', 'InMail credits left: must be a whole number');
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
    const page = await open('/?view=safety&' + query);
    await riskIs(page, expected);
    await page.context().close();
  }
  const page = await open('/?invites=130&cap=200&view=safety', { width: 390, height: 844 });
  await textHas(page, '.safety', 'above the safe ceiling', 'What to do');
  await page.fill('#f-days', '6');
  await riskIs(page, 'safe');
  await page.locator('.safety').screenshot({ path: SHOTS + 'safety-phone.png' });
});

test('a sequence shows its timeline and names the cap a weekly volume breaks', async () => {
  const page = await open('/?p_senior=1&view=sequences');
  // The view opens on the calculator's week: its requests on Connection-first, its InMails on
  // the InMail breakthrough, within the week's allowances.
  await textHas(page, '.sequences', 'Your calculator week as the Outbound System guide\'s sequences', '100 new prospects a week start Connection-first');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=sequence-timeline] ol').length === 2);
  assert.ok(await page.getByTestId('sequence-warning').evaluate((e) => e.classList.contains('hidden')));
  // A C-suite prospect with credits gets the InMail breakthrough, fitted to them.
  await page.getByText('For this prospect', { exact: true }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=sequence-timeline] .step-day')].map((e) => e.textContent).join(',') === 'Day 1,Day 3,Day 10');
  await page.getByText('Multi-channel blitz', { exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=sequence-timeline] li').length === 6);
  const warning = page.getByTestId('sequence-warning');
  await page.fill('#seq-f-list', '5');
  await page.waitForFunction(() => document.querySelector('[data-testid=sequence-warning]').classList.contains('hidden'));
  await page.fill('#seq-f-list', '40');
  await textHas(page, '[data-testid=sequence-warning]', 'breaks first', 'InMail credits');
  await page.fill('#seq-f-list', 'lots');
  await textHas(page, '.sequences .field-error', '“lots” is not a number');
  await page.locator('.sequences').screenshot({ path: SHOTS + 'sequence-wide.png' });
});

test('a pasted list with a broken row reports it by line and column and processes the rest', async () => {
  const page = await open('/?view=list');
  const csv = 'name,p_rel,p_senior\nAda,cold,1\nBob,warm,0\nCy,connected,0\n"Lee, Jo",cold,0\n';
  await page.fill('#list-csv', csv);
  await textHas(page, '[data-testid=list-errors]', 'Line 3, column p_rel: “warm” is not cold, engaged or connected');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=list-rows] tbody tr').length === 3);
  const moves = await page.locator('[data-testid=list-rows] tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.move));
  assert.deepEqual(moves, ['inmail', 'direct_message', 'connect_with_note']);
  await textHas(page, '[data-testid=list-rows]', 'Lee, Jo');
  const totals = await textHas(page, '[data-testid=list-totals]', 'fits');
  assert.ok(!totals.includes('over'), totals);
  await page.locator('.prospect-list').screenshot({ path: SHOTS + 'list-mode-wide.png' });
});

test('a note typed past its limit is flagged, with unfilled placeholders named', async () => {
  const page = await open('/?plan=free&view=messages');
  await page.selectOption('#msg-template', { label: 'Note: shared interest' });
  await textHas(page, '[data-testid=message-count]', '/ 200 characters (connection note, free account)');
  await textHas(page, '[data-testid=message-unfilled]', '[First name]');
  await page.fill('#ph-First-name', 'Ada');
  await page.fill('#ph-topic', 'x'.repeat(150));
  await page.fill('#ph-your-company', 'Acme');
  await textIs(page, '[data-testid=message-unfilled]', '');
  await page.waitForFunction(() => document.querySelector('[data-testid=message-count]').classList.contains('over'));
  await textHas(page, '[data-testid=message-count]', 'over the limit');
  // The same note fits a premium account's 300.
  await showView(page, 'calculator');
  await page.selectOption('#f-plan', 'sales_nav_core');
  await showView(page, 'messages');
  await page.waitForFunction(() => !document.querySelector('[data-testid=message-count]').classList.contains('over'));
  await textIs(page, '[data-testid=message-preview]', /^Ada, saw your post about xxx/);
});

test('actual counts are placed on their benchmark bands', async () => {
  const page = await open('/?view=metrics');
  for (const [id, v] of [['m-invites', '400'], ['m-accepted', '60'], ['m-inmails', '50'], ['m-inmail-replies', '10'], ['m-other-replies', '20'], ['m-meetings', '10'], ['m-spend', '900']]) {
    await page.fill('#' + id, v);
  }
  const grades = () => page.evaluate(() => [...document.querySelectorAll('[data-testid=metric]')].map((e) => e.dataset.grade).join(','));
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=metric]')].map((e) => e.dataset.grade).join(',') === 'poor,within,above,within');
  await textHas(page, '.metrics', 'What to change');
  // 500 accepted of 400 sent: a message, and no grade for acceptance (never "125 % · better").
  await page.fill('#m-accepted', '500');
  await textHas(page, '[data-testid=metrics-problems]', 'More invitations accepted than sent');
  await page.waitForFunction(() => document.querySelector('[data-testid=metric]').dataset.grade === '');
  const first = await page.getByTestId('metric').first().textContent();
  assert.ok(first.includes('counts disagree') && !first.includes('better than the band'), first);
  assert.ok((await grades()).endsWith('within,above,within'));
});

test('a manager who opens a rep\'s link sees the rep\'s actual counts', async () => {
  const page = await open('/?view=metrics');
  for (const [id, v] of [['m-invites', '400'], ['m-accepted', '60'], ['m-meetings', '10'], ['m-spend', '900']]) {
    await page.fill('#' + id, v);
  }
  const search = await addressIs(page, { m_sent: '400', m_accepted: '60', m_meetings: '10', m_spend: '900', view: 'metrics' });
  const manager = await open('/' + search);
  assert.equal(await manager.inputValue('#m-invites'), '400');
  assert.equal(await manager.inputValue('#m-spend'), '900');
  await manager.waitForFunction(() => document.querySelector('[data-testid=metric]').dataset.grade === 'poor');
  assert.deepEqual(manager.errors, []);
});

test('a CRM export maps its columns, says how, and decides', async () => {
  const page = await open('/?view=list');
  const csv = 'First Name,Last Name,Company,LinkedIn URL,Connection Degree\nAda,Lovelace,Analytical,https://www.linkedin.com/in/ada,1st\nBo,Berg,Acme,https://www.linkedin.com/in/bo,2nd\n';
  await page.fill('#list-csv', csv);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=list-rows] tbody tr')].map((r) => r.dataset.move).join() === 'direct_message,connect_with_note');
  await page.click('[data-testid=list-mapping] summary');
  await textHas(page, '[data-testid=list-mapping]', 'First Name: the first name', 'Company: kept as it is', 'Connection Degree: the connection degree');
  assert.equal(await page.getByTestId('list-errors').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('a prospecting-tool export decides, and the list-wide answers fill what it does not say', async () => {
  const page = await open('/?view=list');
  const csv = 'Full Name,Title,Profile URL,Email,Is Open Profile\nAda Lovelace,CTO,https://www.linkedin.com/in/ada,ada@x.io,Yes\nBo Berg,VP Sales,https://www.linkedin.com/in/bo,bo@x.io,\n';
  await page.fill('#list-csv', csv);
  const moves = (want) => page.waitForFunction((w) => [...document.querySelectorAll('[data-testid=list-rows] tbody tr')].map((r) => r.dataset.move).join() === w, want);
  await moves('open_profile,connect_with_note');
  await page.click('[data-testid=list-mapping] summary');
  await textHas(page, '[data-testid=list-mapping]', 'Full Name: the name', 'Is Open Profile');
  // Bo's cell is empty: the list-wide answer decides for him; Ada's own "Yes" stands.
  await page.check('#list-default-p_open');
  await moves('open_profile,open_profile');
  await page.uncheck('#list-default-p_open');
  // Everyone a connection unless the file says otherwise: a direct message to both.
  await page.selectOption('#list-default-rel', 'connected');
  await moves('direct_message,direct_message');
  assert.deepEqual(page.errors, []);
});
