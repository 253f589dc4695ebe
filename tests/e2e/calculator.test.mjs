// The calculator as a rep uses it: default figures, dragging, typing, bad input, plans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, value, valueNear, shownIs, textIs, textHas, attrIs, inputIs, addressIs, SHOTS } from './harness.mjs';

test('the default page shows the guides\' Sales Navigator figures', async () => {
  const page = await open('/');
  await valueNear(page, 'cost-per-credit', 1.98);
  await valueNear(page, 'effective-cost-per-inmail', 1.584);
  await valueNear(page, 'inmails-per-month', 62.5);
  await valueNear(page, 'invites-per-month', 100 * 52 / 12);
  await shownIs(page, 'cost-per-credit', '$1.98');
  await shownIs(page, 'effective-cost-per-inmail', '$1.58');
  // Averages of messages show a tenth; data-value keeps the exact figure.
  await shownIs(page, 'invites-per-month', '433.3');
  // The month's first 5 requests carry a note that accepts 20 % better, on premium too.
  const meetings = 0.25 * (62.5 * 0.2 + ((100 * 52 / 12) * 0.28 + 5 * 0.28 * 0.2) * 0.29);
  await valueNear(page, 'meetings', meetings);
  // The rep's time counts by default: $50 an hour, 5 minutes a touch (link format 2).
  const month = 99 + (50 * 5 / 60) * (62.5 + 100 * 52 / 12);
  await valueNear(page, 'cost-per-meeting', month / meetings);
  assert.equal(await page.inputValue('#f-hourly'), '50');
  await textHas(page, '#f-hourly-band', 'loaded cost');
  assert.equal(await page.textContent('label[for=f-reply]'), 'InMail reply rate');
  await page.screenshot({ path: SHOTS + 'default-wide.png', fullPage: true });
  assert.deepEqual(page.errors, []);
});

test('800 Open Profile messages bring a premium message to $0.12', async () => {
  const page = await open('/?reply=0&open=800');
  await valueNear(page, 'cost-per-message', 99 / 850);
  await shownIs(page, 'cost-per-message', '$0.12');
});

test('dragging the reply-rate slider updates the outputs and the address', async () => {
  const page = await open('/');
  const before = await value(page, 'effective-cost-per-inmail');
  const slider = page.getByRole('slider', { name: 'InMail reply rate slider' });
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  // Grab the thumb (20 of 0–60) and drag it right.
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * (20 / 60), y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('#f-reply').value !== '20');
  const reply = Number(await page.inputValue('#f-reply'));
  assert.ok(reply > 30 && reply < 45, `slider moved the reply rate to ${reply}`);
  await valueNear(page, 'effective-cost-per-inmail', 99 * (1 - reply / 100) / 50);
  assert.ok(99 * (1 - reply / 100) / 50 < before);
  await addressIs(page, { reply: String(reply) });
});

test('typing a figure updates the outputs; the keyboard moves the slider', async () => {
  const page = await open('/');
  await page.fill('#f-reply', '30');
  await valueNear(page, 'inmails-per-month', 50 / 0.7);
  await valueNear(page, 'effective-cost-per-inmail', 99 * 0.7 / 50);
  await addressIs(page, { reply: '30' });

  await page.getByRole('slider', { name: 'Connection requests slider' }).focus();
  await page.keyboard.press('ArrowLeft');
  await inputIs(page, '#f-invites', '99');
  await valueNear(page, 'invites-per-month', 99 * 52 / 12);
  // Above the weekly cap, the requests that cannot go out are not counted, and the page says so.
  await page.fill('#f-invites', '120');
  await valueNear(page, 'invites-per-month', 100 * 52 / 12);
  await textHas(page, '[data-testid=over-cap]', 'Only 100 of your 120 connection requests a week go out');
});

test('invalid typing is refused next to the field and the last valid figures stay', async () => {
  const page = await open('/');
  await page.fill('#f-reply', '25');
  await valueNear(page, 'effective-cost-per-inmail', 99 * 0.75 / 50);
  // Leaving the field ends the edit: 25 is now the figure before the next one.
  await page.locator('#f-reply').blur();
  const good = await value(page, 'cost-per-meeting');
  for (const [typed, reason] of [
    ['abc', '“abc” is not a number'],
    ['100', 'must be below 100'],
    ['-5', 'must be at least 0'],
    ['0,5', 'use “.” for decimals'],
    ['', 'enter a number'],
  ]) {
    await page.fill('#f-reply', typed);
    await textHas(page, '#f-reply-error', reason, 'Still using 25');
    await attrIs(page, '#f-reply', 'aria-invalid', 'true');
    assert.equal(await page.inputValue('#f-reply'), typed, 'what was typed stays visible');
    await valueNear(page, 'cost-per-meeting', good);
  }
  await page.fill('#f-credits', '2.5');
  await textHas(page, '#f-credits-error', 'whole number');
  await page.screenshot({ path: SHOTS + 'invalid-input.png' });
  await page.fill('#f-reply', '22');
  await textIs(page, '#f-reply-error', '');
  await attrIs(page, '#f-reply', 'aria-invalid', 'false');
  assert.deepEqual(page.errors, []);
});

test('picking a plan fills its figures, which stay editable and can be reset', async () => {
  const page = await open('/');
  await page.selectOption('#f-plan', 'premium_business');
  await inputIs(page, '#f-price', '59.99');
  await inputIs(page, '#f-credits', '15');
  await valueNear(page, 'cost-per-credit', 59.99 / 15);
  await page.fill('#f-price', '64.99');
  await valueNear(page, 'cost-per-credit', 64.99 / 15);
  await addressIs(page, { plan: 'premium_business', price: '64.99' });
  await page.getByRole('button', { name: 'Reset to plan' }).click();
  await inputIs(page, '#f-price', '59.99');
  await page.waitForFunction(() => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Reset to plan')?.disabled);
  await addressIs(page, { plan: 'premium_business', price: null });
});

test('a free account shows InMail figures as not available, never NaN', async () => {
  const page = await open('/?plan=free');
  for (const id of ['cost-per-credit', 'effective-cost-per-inmail', 'inmails-per-month', 'cost-per-message']) {
    assert.equal(await page.getAttribute(`[data-testid="${id}"]`, 'data-value'), '', id);
    await shownIs(page, id, 'not available on this plan');
  }
  assert.ok(await page.isDisabled('#f-credits'));
  assert.ok(await page.isVisible('#f-uplift'), 'the note uplift applies to free accounts');
  // No spend and no time counted: never a bare "$0.00".
  await valueNear(page, 'cost-per-meeting', 0);
  await shownIs(page, 'cost-per-meeting', 'Free: only your time');
  const body = await page.textContent('body');
  assert.ok(!/NaN|Infinity/.test(body));
  const figures = (await page.locator('.month-answer, .results, .breakdown').allTextContents()).join(' ');
  assert.ok(!figures.includes('$0.00'), figures.match(/.{40}\$0\.00.{40}/)?.[0]);
});

test('no meetings is said in words, with an empty data-value', async () => {
  const page = await open('/?meet=0');
  await valueNear(page, 'cost-per-meeting', null);
  await shownIs(page, 'cost-per-meeting', 'no meetings');
  await valueNear(page, 'meetings', 0);
});

test('each figure explains how it was computed and where its inputs came from', async () => {
  const page = await open('/?reply=30');
  const card = page.locator('.card', { has: page.locator('[data-testid="effective-cost-per-inmail"]') });
  await card.getByText('How is this computed?').click();
  // The body renders once the details open: wait for it, never read right after the click.
  const text = await textHas(
    page,
    '[data-testid="effective-cost-per-inmail-how"]',
    'plan price × (1 − InMail reply rate) ÷ InMail credits a month',
    'Plan price: $99.00',
    'Sales Navigator Core price, 2026',
    'InMail reply rate: 30%',
    'your figure',
  );
  assert.ok(text.includes('LinkedIn Help'), text);
});
