// The calculator as a rep uses it: default figures, dragging, typing, bad input, plans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, value, shown, close, addressIs, SHOTS } from './harness.mjs';

test('the default page shows the guides\' Sales Navigator figures', async () => {
  const page = await open('/');
  close(await value(page, 'cost-per-credit'), 1.98);
  close(await value(page, 'effective-cost-per-inmail'), 1.584);
  close(await value(page, 'inmails-per-month'), 62.5);
  close(await value(page, 'invites-per-month'), 100 * 52 / 12);
  assert.equal(await shown(page, 'cost-per-credit'), '$1.98');
  assert.equal(await shown(page, 'effective-cost-per-inmail'), '$1.58');
  assert.equal(await shown(page, 'invites-per-month'), '433.3');
  const meetings = 0.25 * (62.5 * 0.2 + (100 * 52 / 12) * 0.28 * 0.29);
  close(await value(page, 'meetings'), meetings);
  close(await value(page, 'cost-per-meeting'), 99 / meetings);
  assert.equal(await page.textContent('label[for=f-reply]'), 'InMail reply rate');
  await page.screenshot({ path: SHOTS + 'default-wide.png', fullPage: true });
  assert.deepEqual(page.errors, []);
});

test('800 Open Profile messages bring a premium message to $0.12', async () => {
  const page = await open('/?reply=0&open=800');
  close(await value(page, 'cost-per-message'), 99 / 850);
  assert.equal(await shown(page, 'cost-per-message'), '$0.12');
});

test('dragging the reply-rate slider updates the outputs and the address', async () => {
  const page = await open('/');
  const before = await value(page, 'effective-cost-per-inmail');
  const slider = page.getByRole('slider', { name: 'InMail reply rate slider' });
  const box = await slider.boundingBox();
  // Grab the thumb (20 of 0–60) and drag it right.
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * (20 / 60), y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.up();
  const reply = Number(await page.inputValue('#f-reply'));
  assert.ok(reply > 30 && reply < 45, `slider moved the reply rate to ${reply}`);
  close(await value(page, 'effective-cost-per-inmail'), 99 * (1 - reply / 100) / 50);
  assert.ok((await value(page, 'effective-cost-per-inmail')) < before);
  await addressIs(page, { reply: String(reply) });
});

test('typing a figure updates the outputs; the keyboard moves the slider', async () => {
  const page = await open('/');
  await page.fill('#f-reply', '30');
  close(await value(page, 'inmails-per-month'), 50 / 0.7);
  close(await value(page, 'effective-cost-per-inmail'), 99 * 0.7 / 50);
  await addressIs(page, { reply: '30' });

  await page.getByRole('slider', { name: 'Connection requests slider' }).focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.inputValue('#f-invites'), '101');
  close(await value(page, 'invites-per-month'), 101 * 52 / 12);
});

test('invalid typing is refused next to the field and the last valid figures stay', async () => {
  const page = await open('/');
  await page.fill('#f-reply', '25');
  const good = await value(page, 'cost-per-meeting');
  for (const [typed, reason] of [
    ['abc', '“abc” is not a number'],
    ['100', 'must be below 100'],
    ['-5', 'must be at least 0'],
    ['0,5', 'use “.” for decimals'],
    ['', 'enter a number'],
  ]) {
    await page.fill('#f-reply', typed);
    const error = await page.textContent('#f-reply-error');
    assert.ok(error.includes(reason), `${typed}: ${error}`);
    assert.ok(error.includes('Still using 25'), error);
    assert.equal(await page.getAttribute('#f-reply', 'aria-invalid'), 'true');
    assert.equal(await page.inputValue('#f-reply'), typed, 'what was typed stays visible');
    assert.equal(await value(page, 'cost-per-meeting'), good);
  }
  await page.fill('#f-credits', '2.5');
  assert.ok((await page.textContent('#f-credits-error')).includes('whole number'));
  await page.screenshot({ path: SHOTS + 'invalid-input.png' });
  await page.fill('#f-reply', '22');
  assert.equal(await page.textContent('#f-reply-error'), '');
  assert.equal(await page.getAttribute('#f-reply', 'aria-invalid'), 'false');
  assert.deepEqual(page.errors, []);
});

test('picking a plan fills its figures, which stay editable and can be reset', async () => {
  const page = await open('/');
  await page.selectOption('#f-plan', 'premium_business');
  assert.equal(await page.inputValue('#f-price'), '59.99');
  assert.equal(await page.inputValue('#f-credits'), '15');
  close(await value(page, 'cost-per-credit'), 59.99 / 15);
  await page.fill('#f-price', '64.99');
  close(await value(page, 'cost-per-credit'), 64.99 / 15);
  await addressIs(page, { plan: 'premium_business', price: '64.99' });
  await page.getByRole('button', { name: 'Reset to plan' }).click();
  assert.equal(await page.inputValue('#f-price'), '59.99');
  assert.ok(await page.getByRole('button', { name: 'Reset to plan' }).isDisabled());
  await addressIs(page, { plan: 'premium_business', price: null });
});

test('a free account shows InMail figures as not available, never NaN', async () => {
  const page = await open('/?plan=free');
  for (const id of ['cost-per-credit', 'effective-cost-per-inmail', 'inmails-per-month', 'cost-per-message']) {
    assert.equal(await page.getAttribute(`[data-testid="${id}"]`, 'data-value'), '', id);
    assert.equal(await shown(page, id), 'not available on this plan');
  }
  assert.ok(await page.isDisabled('#f-credits'));
  assert.ok(await page.isVisible('#f-uplift'), 'the note uplift applies to free accounts');
  assert.equal(await value(page, 'cost-per-meeting'), 0);
  const body = await page.textContent('body');
  assert.ok(!/NaN|Infinity/.test(body));
});

test('no meetings is said in words, with an empty data-value', async () => {
  const page = await open('/?meet=0');
  assert.equal(await page.getAttribute('[data-testid="cost-per-meeting"]', 'data-value'), '');
  assert.equal(await shown(page, 'cost-per-meeting'), 'no meetings');
  assert.equal(await value(page, 'meetings'), 0);
});

test('each figure explains how it was computed and where its inputs came from', async () => {
  const page = await open('/?reply=30');
  const card = page.locator('.card', { has: page.locator('[data-testid="effective-cost-per-inmail"]') });
  await card.getByText('How is this computed?').click();
  const text = await card.locator('details').textContent();
  assert.ok(text.includes('P (1 − r) / C'), text);
  assert.ok(text.includes('Plan price: $99.00'), text);
  assert.ok(text.includes('Sales Navigator Core price, 2026'), text);
  assert.ok(text.includes('InMail reply rate: 30%') && text.includes('your figure'), text);
});
