// What the meetings return, yearly billing, a list that knows the rep's network, a team's links
// side by side, and Share on a phone (docs/model.md#what-the-meetings-return, #billing,
// #the-list-knows-the-network, #a-team).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, value, valueNear, textHas, showView, inputIs, attrIs, SHOTS } from './harness.mjs';
import { exportZip } from './export_zip.mjs';

test('a deal value and a win rate give won revenue and when the plan pays for itself', async () => {
  // Without `v`, a link is of format 1, which leaves the rep's time out.
  const old = await open('/?deal=20000&win=20');
  const oldMeetings = await value(old, 'meetings');
  // A meeting wins 20 % of $20,000 = $4,000; Sales Navigator's $99 is covered by 99 / 4,000.
  await valueNear(old, 'won-revenue', oldMeetings * 4000, 1e-6);
  await valueNear(old, 'pays-for-itself', 99 / 4000, 1e-12);
  await textHas(old, '[data-testid=returns-answer]', 'Sales Navigator Core pays for itself from under 0.1 meetings a month (your time is not counted)');
  await old.context().close();

  const page = await open('/?v=2&deal=20000&win=20', { width: 1366 });
  const meetings = await value(page, 'meetings');
  await valueNear(page, 'won-revenue', meetings * 4000, 1e-6);
  await valueNear(page, 'pays-for-itself', 99 / 4000, 1e-12);
  await textHas(page, '[data-testid=returns-answer]', 'Sales Navigator Core pays for itself from', 'with your time, from');
  await page.locator('.returns').screenshot({ path: `${SHOTS}returns-1366.png` });

  // Empty until given: clearing the deal value takes the figures away, and says what to give.
  await page.fill('#deal-value', '');
  await valueNear(page, 'won-revenue', null);
  await valueNear(page, 'pays-for-itself', null);
  await textHas(page, '[data-testid=returns-answer]', 'Give your average deal value');
  // A refused figure is named and the last good one stays.
  await page.fill('#win-rate', '120');
  await textHas(page, '[data-testid=deal-problems]', 'Meetings that become won deals');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('yearly billing sets the guide’s $89.99 a month and travels in the link', async () => {
  const page = await open('/');
  await page.selectOption('[data-testid=billing]', 'yearly');
  await inputIs(page, '#f-price', '89.99');
  await valueNear(page, 'cost-per-credit', 89.99 / 50, 1e-12);
  await textHas(page, '[data-testid=year-totals]', 'billed yearly');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('billing') === 'yearly');
  // A plan priced only monthly has no billing choice.
  await page.selectOption('#f-plan', 'premium_career');
  await page.waitForSelector('[data-testid=billing].hidden', { state: 'attached' });
  await page.context().close();

  const refused = await open('/?plan=premium_career&billing=yearly');
  await textHas(refused, '[data-testid=link-notices]', 'billed monthly only');
  await refused.context().close();
});

test('a list read beside the export gives connections, pending invitations and strangers different moves', async () => {
  const page = await open('/?view=own', { width: 1366 });
  await page.setInputFiles('[data-testid=own-file]', {
    name: 'Basic_LinkedInDataExport_03-07-2026.zip',
    mimeType: 'application/zip',
    buffer: exportZip(),
  });
  await valueNear(page, 'own-invitations-old', 2);
  await showView(page, 'list');
  // Ada is a connection; Eve's invitation has waited 56 days, Fay's 6; Zed is a stranger.
  const csv = [
    'First Name,Last Name,LinkedIn URL,Job Title,Lifecycle Stage',
    'Ada,Lovelace,https://linkedin.com/in/ada/,CTO,customer',
    'Eve,Early,http://www.linkedin.com/in/EVE?trk=crm,Director,lead',
    'Fay,Fresh,https://www.linkedin.com/in/fay,Head of Sales,lead',
    'Zed,Zane,https://www.linkedin.com/in/zed,Chief Executive Officer,lead',
  ].join('\n');
  await page.fill('#list-csv', csv);
  await textHas(page, '[data-testid=list-network]', 'Your LinkedIn export decided 3 rows');
  const moves = await page.$$eval('[data-testid=list-rows] tbody tr', (rows) => rows.map((r) => r.dataset.move));
  assert.deepEqual(moves, ['direct_message', 'inmail', 'wait', 'inmail']);
  const known = await page.$$eval('[data-testid=list-rows] [data-known]', (els) => els.map((e) => e.dataset.known));
  assert.deepEqual(known, ['connection', 'withdraw', 'pending']);
  await textHas(page, '[data-testid=list-rows]', 'Invitation pending 56 days in your LinkedIn export: withdraw it', 'C-suite from the job title');
  await page.screenshot({ path: `${SHOTS}list-network-1366.png`, fullPage: true });

  // Titles can be turned off: Zed is a cold prospect again.
  await page.click('[data-testid=list-mapping] summary');
  await page.uncheck('[data-testid=list-titles]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=list-rows] tbody tr')[3]?.dataset.move === 'connect_with_note');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('three pasted links give the team row, each rep’s safety and a difference against the first', async () => {
  const links = ['/?v=2&name=Alex&invites=80', '/?v=2&name=Bea&reply=30&deal=10000&win=25', '/?v=2&name=Cal&invites=200&cap=200&days=5'];
  // Each rep's meetings as their own link shows them.
  let sum = 0;
  for (const link of links) {
    const p = await open(link);
    sum += await value(p, 'meetings');
    await p.context().close();
  }
  const page = await open('/?view=compare', { width: 1366 });
  const pasted = links.map((l) => `https://firstmove.example${l}`).concat(['not a link', 'https://example.com/?q=1']).join('\n');
  await page.fill('[data-testid=team-links]', pasted);
  await valueNear(page, 'team-meetings', sum, 1e-9);
  await textHas(page, '[data-testid=team-refused]', 'Line 4', 'not a share link', 'Line 5', 'not a FirstMove link');
  await textHas(page, '[data-testid=team-summary]', '3 reps book', 'Won revenue adds the 1 of 3');
  await textHas(page, '[data-testid=comparison]', 'Account safety', 'Won revenue a month', 'A year: spend');
  await page.waitForSelector('[data-testid=comparison] td .diff', { state: 'attached' });
  await page.screenshot({ path: `${SHOTS}team-1366.png`, fullPage: true });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Share opens the system share sheet with the link where the browser has one, and is absent otherwise', async () => {
  const stub = () => {
    window.__shared = [];
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data) => {
        window.__shared.push(data);
        return Promise.resolve();
      },
    });
  };
  const page = await open('/?v=2&name=Team%20week&reply=25', { width: 390, height: 844, init: stub });
  await page.click('[data-testid=share-link]');
  await page.waitForFunction(() => window.__shared.length === 1);
  const [data] = await page.evaluate(() => window.__shared);
  assert.equal(data.title, 'Team week');
  // The link the page writes, as Copy link writes it.
  const params = (href) => Object.fromEntries(new URL(href).searchParams);
  assert.deepEqual(params(data.url), params(await page.evaluate(() => location.href)));
  assert.deepEqual(params(data.url), { v: '2', name: 'Team week', reply: '25' });
  await textHas(page, '[data-testid=copy-status]', 'Link shared');
  await page.context().close();

  const without = await open('/', { init: () => { delete Navigator.prototype.share; } });
  await without.waitForSelector('[data-testid=copy-link]');
  assert.equal(await without.locator('[data-testid=share-link]').count(), 0);
  await without.context().close();
});
