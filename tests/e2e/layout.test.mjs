// How the page looks and behaves for people: phone width, dark theme, no layout shift when the
// wasm loads, keyboard use. Screenshots land in tests/e2e/screenshots/ to be looked at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, inputIs, settled, showView, addressIs, mounted, textIs, SHOTS } from './harness.mjs';

async function noHorizontalScroll(page, what) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `${what}: page is ${scroll}px wide in a ${client}px viewport`);
}

test('a 390 px phone has no horizontal scroll in any view', async () => {
  const phone = { width: 390, height: 844 };
  const page = await open('/?reply=abc&name=' + encodeURIComponent('A rather long scenario name for the quarterly enterprise push'), phone);
  await noHorizontalScroll(page, 'default with a notice');
  await page.screenshot({ path: SHOTS + 'phone-top.png' });

  for (const name of ['One', 'Two']) {
    await page.fill('#f-name', name);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForFunction((n) => document.querySelector('[data-testid=saved-status]').textContent.includes(n), name);
  }
  await showView(page, 'compare');
  const boxes = page.locator('.compare-pick input');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByTestId('comparison').waitFor();
  await noHorizontalScroll(page, 'saved list and comparison');
  await page.getByTestId('comparison').scrollIntoViewIfNeeded();
  await page.screenshot({ path: SHOTS + 'phone-saved.png' });
  await showView(page, 'calculator');
  await page.locator('.card-how summary').first().click();
  await page.locator('.card-how-body').first().waitFor();
  await noHorizontalScroll(page, 'an open explanation');
  await page.screenshot({ path: SHOTS + 'phone-full.png', fullPage: true });

  const free = await open('/?plan=free', phone);
  await noHorizontalScroll(free, 'free plan');
  // The headline stays in sight while inputs are edited on a phone.
  await free.fill('#f-accept', '30');
  assert.ok(await free.locator('.summary-bar').isVisible());
});

test('a phone shows the answer, the plan and three inputs first; "More inputs" shows the rest and the link keeps it', async () => {
  const phone = { width: 390, height: 844 };
  const page = await open('/?v=2&hourly=80', phone);
  const button = page.getByTestId('more-inputs');
  // The hourly cost the link sets waits behind the button, which says so.
  await textIs(page, '[data-testid=more-inputs]', 'More inputs (11, 1 changed)');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  for (const id of ['#f-plan', '#f-reply', '#f-invites', '#f-accept']) assert.ok(await page.locator(id).isVisible(), `${id} shows first`);
  for (const id of ['#f-hourly', '#f-price', '#f-cur', '#f-meet']) assert.ok(!(await page.locator(id).isVisible()), `${id} waits`);
  // The answer and those inputs in under three screens.
  const bottom = await page.evaluate(() => {
    const b = document.querySelector('[data-testid=more-inputs]').getBoundingClientRect();
    return b.bottom + scrollY;
  });
  assert.ok(bottom <= 3 * phone.height, `the first inputs end at ${bottom}px`);
  await page.screenshot({ path: SHOTS + 'phone-first-inputs.png', fullPage: true });

  await button.click();
  await page.locator('#f-hourly').waitFor({ state: 'visible' });
  await textIs(page, '[data-testid=more-inputs]', 'Fewer inputs');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await addressIs(page, { hourly: '80', inputs: 'all' });
  await inputIs(page, '#f-hourly', '80');

  // Reopened from its address, before the app and after it, every input shows.
  await page.reload();
  await page.locator('#f-hourly').waitFor({ state: 'visible' });
  await mounted(page);
  assert.ok(await page.locator('#f-hourly').isVisible());
  await page.getByTestId('more-inputs').click();
  await page.locator('#f-hourly').waitFor({ state: 'hidden' });
  await addressIs(page, { hourly: '80', inputs: null });

  // A free account has no InMail, so its InMail reply rate (turned off) waits and the reply
  // rate of accepted connections comes first in its place.
  await page.selectOption('#f-plan', 'free');
  await page.locator('#f-conv').waitFor({ state: 'visible' });
  await page.locator('#f-reply').waitFor({ state: 'hidden' });
  for (const id of ['#f-invites', '#f-accept']) assert.ok(await page.locator(id).isVisible(), `${id} shows first on the free plan`);

  // A wide screen has room for every input and no button.
  const wide = await open('/?v=2&hourly=80', { width: 1280, height: 900 });
  assert.ok(await wide.locator('#f-hourly').isVisible());
  assert.ok(!(await wide.getByTestId('more-inputs').isVisible()));
});

test('every tab fits from 1280 px; on a phone the bar says there are more and shows the one open', async () => {
  for (const width of [1280, 1366, 1440]) {
    const page = await open('/?view=compare', { width, height: 768 });
    const [scroll, client] = await page.evaluate(() => {
      const bar = document.querySelector('[role=tablist]');
      return [bar.scrollWidth, bar.clientWidth];
    });
    assert.ok(scroll <= client, `${width}px: the tabs need ${scroll}px of ${client}`);
    assert.ok(!(await page.locator('.view-nav').getAttribute('class')).includes('more-'), `${width}px: no arrow`);
    await page.context().close();
  }
  const phone = await open('/?view=metrics', { width: 390, height: 844 });
  // The open tab is in sight, and both ends say more tabs lie beyond them.
  await phone.waitForFunction(() => {
    const bar = document.querySelector('[role=tablist]').getBoundingClientRect();
    const t = document.querySelector('[role=tab][data-view=metrics]').getBoundingClientRect();
    return t.left >= bar.left && t.right <= bar.right;
  });
  await phone.waitForFunction(() => document.querySelector('.view-nav').classList.contains('more-before'));
  assert.ok(await phone.locator('.tabs-more-after').isVisible());
  await phone.screenshot({ path: SHOTS + 'tabs-phone.png', clip: { x: 0, y: 0, width: 390, height: 200 } });
  // At the start, only the end says so.
  await phone.click('[role=tab][data-view=calculator]');
  await phone.waitForFunction(() => !document.querySelector('.view-nav').classList.contains('more-before'));
  assert.ok(await phone.locator('.tabs-more-after').isVisible());
});

test('the page follows a dark colour scheme', async () => {
  const page = await open('/', { colorScheme: 'dark' });
  const [bg, fg] = await page.evaluate(() => {
    const s = getComputedStyle(document.body);
    return [s.backgroundColor, s.color];
  });
  const luminance = (rgb) => rgb.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0) / 3;
  assert.ok(luminance(bg) < 60 && luminance(fg) > 180, `background ${bg}, text ${fg}`);
  await page.screenshot({ path: SHOTS + 'dark-wide.png', fullPage: true });
  const phone = await open('/', { colorScheme: 'dark', width: 390, height: 844 });
  await phone.screenshot({ path: SHOTS + 'dark-phone.png' });
});

test('nothing shifts once the wasm has loaded', async () => {
  const page = await open('/', {
    init: `window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });`,
  });
  await settled(page);
  const shift = await page.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
  assert.equal(await page.locator('#shell').count(), 0, 'the static frame is gone');
});

test('inputs are labelled and reachable by keyboard', async () => {
  const page = await open('/');
  // Every text field and slider has an accessible name.
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, button')]
      .filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.textContent.trim()))
      .map((el) => el.outerHTML.slice(0, 80)),
  );
  assert.deepEqual(unnamed, []);
  await page.getByLabel('InMail reply rate', { exact: true }).focus();
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.equal(focused, 'InMail reply rate slider');
  await page.keyboard.press('ArrowLeft');
  await inputIs(page, '#f-reply', '19.5');
});
