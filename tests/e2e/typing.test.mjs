// Numbers as people type them, in an en-US and a de-DE browser: the locale's own separators
// are read, a refused draft leaves the figure from before the edit in force (never a prefix of
// what was typed), the address keeps `.` decimals, and the field says why and what stands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env, open, value, valueNear, textHas, attrIs, inputIs, addressIs, settled, SHOTS } from './harness.mjs';

const COST_PER_CREDIT = 99 / 50;
const INMAIL_AT_20 = (99 * 0.8) / 50;

/** A page in a browser context with `locale`, at `width` × `height`. */
async function openIn(locale, path = '/', { width = 1366, height = 768 } = {}) {
  const context = await env.browser.newContext({ locale, viewport: { width, height } });
  return open(path, { context });
}

/** One numeric field of the calculator, typed into as a person does: cleared, then key by key. */
class NumberField {
  constructor(page, key) {
    this.page = page;
    this.selector = `#f-${key}`;
    this.error = `#f-${key}-error`;
  }

  async type(text) {
    const input = this.page.locator(this.selector);
    await input.fill('');
    await input.pressSequentially(text);
  }

  /** Leaves the field, which ends the edit. */
  async commit() {
    await this.page.locator(this.selector).blur();
  }

  async refused(...parts) {
    await textHas(this.page, this.error, ...parts);
    await attrIs(this.page, this.selector, 'aria-invalid', 'true');
  }

  async accepted() {
    await attrIs(this.page, this.selector, 'aria-invalid', 'false');
    assert.equal((await this.page.textContent(this.error)).trim(), '');
  }
}

/** Asserts a figure once the page has settled: a late recompute to a prefix would show here. */
async function stays(page, testid, expected) {
  await valueNear(page, testid, expected);
  await settled(page);
  assert.ok(Math.abs((await value(page, testid)) - expected) < 1e-9, `${testid} moved after settling`);
}

test('en-US: “1,000” typed into connection requests is a thousand', async () => {
  // A cap of 1,000 a week, so every request typed goes out.
  const page = await openIn('en-US', '/?cap=1000');
  const invites = new NumberField(page, 'invites');
  await invites.type('1,000');
  await valueNear(page, 'invites-per-month', (1000 * 52) / 12);
  await invites.accepted();
  await addressIs(page, { invites: '1000' });
  await invites.commit();
  await inputIs(page, '#f-invites', '1000');
  // Plain digits read too.
  await invites.type('900');
  await valueNear(page, 'invites-per-month', (900 * 52) / 12);
  assert.deepEqual(page.errors, []);
});

test('de-DE: “1.000” is a thousand, “22,5” is 22.5, and the address keeps “.” decimals', async () => {
  const page = await openIn('de-DE', '/?cap=1000');
  // The page writes its figures in German, so the field must read German.
  await textHas(page, '[data-testid=cost-per-credit]', '1,98');
  const invites = new NumberField(page, 'invites');
  await invites.type('1.000');
  await valueNear(page, 'invites-per-month', (1000 * 52) / 12);
  await invites.accepted();
  const reply = new NumberField(page, 'reply');
  await reply.type('22,5');
  await valueNear(page, 'effective-cost-per-inmail', (99 * (1 - 0.225)) / 50);
  await reply.accepted();
  await addressIs(page, { invites: '1000', reply: '22.5' });
  await reply.commit();
  await inputIs(page, '#f-reply', '22,5');
  // A dot is a thousands separator here: “22.5” is refused with the reason, and the figure
  // before this edit (22.5, not the 22 of the prefix) stands.
  await reply.type('22.5');
  await reply.refused('“.” separates thousands here', 'use “,” for decimals', 'Still using 22,5, the figure before your edit');
  await stays(page, 'effective-cost-per-inmail', (99 * (1 - 0.225)) / 50);
  await addressIs(page, { reply: '22.5' });
  assert.deepEqual(page.errors, []);
});

for (const locale of ['en-US', 'de-DE']) {
  test(`${locale}: a refused draft keeps every figure at its value before the edit, never a prefix`, async () => {
    const page = await openIn(locale);
    const price = new NumberField(page, 'price');
    await price.type('1e9');
    await price.refused('exponent', 'Still using 99, the figure before your edit');
    await stays(page, 'cost-per-credit', COST_PER_CREDIT);
    assert.equal(await page.inputValue('#f-price'), '1e9', 'what was typed stays visible');
    await addressIs(page, { price: null });

    const reply = new NumberField(page, 'reply');
    await reply.type('100');
    await reply.refused('must be below 100', 'Still using 20, the figure before your edit');
    // Not the 10 of the prefix “10”.
    await stays(page, 'effective-cost-per-inmail', INMAIL_AT_20);
    await addressIs(page, { reply: null });

    const credits = new NumberField(page, 'credits');
    await credits.type(locale === 'de-DE' ? '2,5' : '2.5');
    await credits.refused('whole number', 'Still using 50, the figure before your edit');
    await stays(page, 'cost-per-credit', COST_PER_CREDIT);
    await addressIs(page, { credits: null });

    // Leaving a refused field keeps the draft and its reason; the next keys go on from there.
    await reply.commit();
    await reply.refused('Still using 20');
    await reply.type('25');
    await valueNear(page, 'effective-cost-per-inmail', (99 * 0.75) / 50);
    await reply.accepted();
    assert.deepEqual(page.errors, []);
  });
}

test('units and marks that do not fit the field are named', async () => {
  const page = await openIn('en-US');
  const minutes = new NumberField(page, 'minutes');
  await minutes.type('5 hours');
  await minutes.refused('type the number alone', '“hours”', 'Still using 5');
  const reply = new NumberField(page, 'reply');
  await reply.type('$20');
  await reply.refused('without “$”', 'not money');
  await reply.type('20 %');
  await reply.accepted();
  await valueNear(page, 'effective-cost-per-inmail', INMAIL_AT_20);
  const price = new NumberField(page, 'price');
  await price.type('1.000,50');
  await price.refused('two decimal marks', 'as in 1,234.5');
  await stays(page, 'cost-per-credit', COST_PER_CREDIT);
});

test('a figure typed past its slider says so, and the slider rests at its end', async () => {
  const page = await openIn('en-US');
  assert.ok(await page.locator('[data-testid=beyond-reply]').isHidden());
  await new NumberField(page, 'reply').type('75');
  await textHas(page, '[data-testid=beyond-reply]', '75% lies beyond the slider, which stops at 60%');
  assert.ok(await page.locator('[data-testid=beyond-reply]').isVisible());
  await attrIs(page, '[aria-label="InMail reply rate slider"]', 'aria-valuetext', '75%, beyond the slider');
  await new NumberField(page, 'invites').type('1,000');
  await textHas(page, '[data-testid=beyond-invites]', '1,000 lies beyond the slider, which stops at 300');
  await page.evaluate(() => document.querySelector('#f-invites').closest('.field').scrollIntoView({ block: 'center' }));
  await settled(page);
  await page.screenshot({ path: `${SHOTS}typing-beyond-slider.png` });
});

test('terms a new rep may not know open a short explanation beside their field', async () => {
  // Every input, as a phone shows them after "More inputs".
  const page = await openIn('en-US', '/?inputs=all', { width: 390, height: 844 });
  for (const [ask, meaning] of [
    ['What are InMail credits?', 'gives its credit back'],
    ['What is an Open Profile?', 'uses no InMail credit'],
    ['What is SSI ≥ 70?', 'Social Selling Index'],
    ['What is acceptance?', 'share of your connection requests'],
  ]) {
    const term = page.locator('details.term', { hasText: ask });
    assert.ok(!(await term.getByText(meaning).isVisible()), `${ask} starts closed`);
    await term.locator('summary').click();
    assert.ok(await term.getByText(meaning).isVisible(), `${ask} opens on a tap`);
  }
  await page.evaluate(() => document.querySelector('details.term[open]').scrollIntoView({ block: 'center' }));
  await settled(page);
  await page.screenshot({ path: `${SHOTS}typing-term-open-phone.png` });
});

test('a field takes its own unit and “1k” in English, and refuses another field\'s unit', async () => {
  const page = await openIn('en-US', '/?cap=1000');
  const minutes = new NumberField(page, 'minutes');
  await minutes.type('3 min');
  await minutes.accepted();
  await addressIs(page, { minutes: '3' });
  const hourly = new NumberField(page, 'hourly');
  await hourly.type('75/hr');
  await hourly.accepted();
  await addressIs(page, { hourly: '75' });
  const invites = new NumberField(page, 'invites');
  await invites.type('1k');
  await invites.accepted();
  await addressIs(page, { invites: '1000' });
  await minutes.type('5 hours');
  await minutes.refused('“hours” is not converted', 'Still using 3');
  assert.deepEqual(page.errors, []);
});

test('counts read with the right noun, averages to a tenth', async () => {
  const page = await openIn('en-US', '/?view=bank&credits=1&reply=0');
  await textHas(page, '[data-testid=bank-answer]', 'covers 1 InMail a month');
  const plans = await openIn('en-US', '/?view=plans');
  const meetings = await plans.getAttribute('[data-testid=mix-meetings]', 'data-value');
  assert.ok(!Number.isInteger(Number(meetings)), 'the exact figure keeps its fraction');
  assert.match((await plans.textContent('[data-testid=mix-meetings]')).trim(), /^(\d[\d,]*(\.\d)?|under 0\.1)$/);
});

for (const [locale, draft] of [['en-US', '100'], ['de-DE', '22.5']]) {
  for (const [width, height] of [[1366, 768], [390, 844]]) {
    test(`screenshot: a refused draft, ${locale} at ${width} × ${height}`, async () => {
      const page = await openIn(locale, '/', { width, height });
      const reply = new NumberField(page, 'reply');
      await reply.type(draft);
      await reply.refused('Still using 20');
      // The field, its reason and the figures it keeps, in the middle of the screen.
      await page.evaluate(() => document.querySelector('#f-reply').closest('.field').scrollIntoView({ block: 'center' }));
      await settled(page);
      await page.screenshot({ path: `${SHOTS}typing-refused-${locale}-${width}x${height}.png` });
    });
  }
}
