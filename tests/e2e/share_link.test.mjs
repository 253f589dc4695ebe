// Share links (docs/link-format.md): a link reopens the same figures, a malformed one still renders
// with a notice naming what was refused, and the app works under a sub-path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env, open, value, valueNear, allValues, addressIs, showView, SHOTS } from './harness.mjs';

test('a copied link reopens the same scenario and figures', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
  const page = await open('/', { context });
  await page.selectOption('#f-plan', 'recruiter_lite');
  await page.fill('#f-reply', '27.5');
  await page.fill('#f-open', '250');
  await page.fill('#f-invites', '80');
  await page.fill('#f-hourly', '40');
  await page.fill('#f-name', 'Q3 <enterprise> push');
  await addressIs(page, { plan: 'recruiter_lite', reply: '27.5', open: '250', invites: '80', hourly: '40', name: 'Q3 <enterprise> push' });
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=copy-status]').textContent.includes('Link copied'));
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The page's own address, not Playwright's record of it, which follows replaceState late.
  assert.equal(link, await page.evaluate(() => location.href), 'the copied link is the address bar');
  assert.ok(link.includes('name=Q3+%3Centerprise%3E+push'), link);

  const expected = await allValues(page);
  const other = await open(link.slice(env.origin.length));
  assert.deepEqual(await allValues(other), expected);
  assert.equal(await other.inputValue('#f-name'), 'Q3 <enterprise> push');
  assert.equal(await other.inputValue('#f-plan'), 'recruiter_lite');
  assert.equal(await other.locator('[data-testid=link-notices]').count(), 0);
  await context.close();
});

test('a malformed link renders with a notice naming each refused parameter', async () => {
  const page = await open('/?reply=abc&open=5000&plan=gold&credits=2.5&invites=120&utm_source=x');
  const notice = page.locator('[data-testid=link-notices]');
  assert.equal(await notice.getAttribute('role'), 'alert');
  const text = await notice.textContent();
  for (const param of ['“reply”', '“open”', '“plan”', '“credits”']) assert.ok(text.includes(param), `${param} in ${text}`);
  assert.ok(text.includes('“abc” is not a number'), text);
  assert.ok(!text.includes('utm_source'), 'unknown parameters are ignored');
  // The valid parameter applies (the cap of 100 a week lets 100 of the 120 go out); the refused
  // ones keep their defaults.
  assert.equal(await page.inputValue('#f-invites'), '120');
  await valueNear(page, 'invites-per-month', 100 * 52 / 12);
  assert.equal(await page.inputValue('#f-reply'), '20');
  await page.screenshot({ path: SHOTS + 'malformed-link.png' });
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await notice.waitFor({ state: 'detached' });
  assert.deepEqual(page.errors, []);
});

test('garbage in the address never breaks the page', async () => {
  for (const query of ['?%', '?reply=%FF%FE', '?name=' + 'x'.repeat(500), '?&&&=&=', '?reply=1e400', '?v=99&plan=']) {
    const page = await open('/' + query);
    assert.ok((await page.textContent('[data-testid=cost-per-meeting]')).length > 0, query);
    assert.deepEqual(page.errors, [], query);
    await page.context().close();
  }
});

test('the build works from a sub-path such as /team/firstmove/', async () => {
  const page = await open('/team/firstmove/?reply=30');
  await valueNear(page, 'effective-cost-per-inmail', 99 * 0.7 / 50);
  await page.fill('#f-invites', '90');
  await addressIs(page, { reply: '30', invites: '90' });
  assert.ok(new URL(page.url()).pathname === '/team/firstmove/', page.url());
  // A view's chunk is fetched relative to the page, under the sub-path too.
  await showView(page, 'plans');
  await page.waitForSelector('[data-testid=mix-meetings]');
  const chunks = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.wasm')));
  assert.ok(chunks.some((p) => /^\/team\/firstmove\/view-[a-z-]+-[0-9a-f]{16}\.wasm$/.test(p)), chunks.join(' '));
  assert.deepEqual(page.errors, []);
});

test('a format-1 link opens on its old inputs and is rewritten as format 2 with nothing else changed', async () => {
  // Format 1 counted no time and its best plan had 5 hours, 100 prospects and 10 % on Open Profile.
  const old = await open('/?v=1&reply=30&plan=premium_business');
  const before = await value(old, 'cost-per-meeting');
  const meetings = await value(old, 'meetings');
  // Premium Business: $59.99 over the meetings, no time counted.
  await valueNear(old, 'cost-per-meeting', 59.99 / meetings, 1e-9);
  await addressIs(old, { v: '2', reply: '30', plan: 'premium_business', hourly: '0', inmails: '15', hours: '5', list: '100', open_share: '10' });
  // An edit changes only what was edited.
  await old.fill('#f-invites', '90');
  const search = await addressIs(old, { v: '2', invites: '90', hourly: '0', hours: '5' });
  const again = await open('/' + search);
  await valueNear(again, 'cost-per-meeting', await value(old, 'cost-per-meeting'), 1e-9);
  assert.notEqual(await value(again, 'cost-per-meeting'), before);
  assert.deepEqual(old.errors, []);
});
