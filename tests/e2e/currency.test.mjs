// Currency (`cur`): every money figure in the scenario's currency, written the way the rep's
// locale writes it, never converted; the plans' US list prices say so and ask for the price paid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env, open, shownIs, textHas, valueNear, showView } from './harness.mjs';

const inLocale = async (locale, path) => {
  const context = await env.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  return open(path, { context });
};
// Intl writes a no-break space between figure and sign in de-DE.
const nbsp = (text) => text.replace(/\u00a0|\u202f/g, ' ');

for (const [locale, cur, perCredit] of [
  ['de-DE', 'EUR', '1,98 €'],
  ['de-DE', 'GBP', '1,98 £'],
  ['en-GB', 'EUR', '€1.98'],
  ['en-GB', 'GBP', '£1.98'],
]) {
  test(`cur=${cur} in ${locale}: money in ${cur}, the list price flagged`, async () => {
    const page = await inLocale(locale, `/?v=2&cur=${cur}`);
    await page.waitForFunction((want) => document.querySelector('[data-testid=cost-per-credit]').textContent.replace(/\u00a0|\u202f/g, ' ').trim() === want, perCredit);
    // Not converted: the same figure as in dollars.
    await valueNear(page, 'cost-per-credit', 99 / 50, 1e-9);
    const note = await textHas(page, '[data-testid=price-currency-note]', 'US list price', cur);
    assert.match(nbsp(note), locale === 'de-DE' ? /99,00 \$/ : /US\$99\.00/);
    // Typing the price paid and the hour's cost removes the note and moves every figure.
    await page.fill('#f-price', locale === 'de-DE' ? '89,5' : '89.5');
    await page.press('#f-price', 'Tab');
    await valueNear(page, 'cost-per-credit', 89.5 / 50);
    await textHas(page, '[data-testid=price-currency-note]', 'your hour');
    await page.fill('#f-hourly', '45');
    await page.press('#f-hourly', 'Tab');
    await page.waitForSelector('[data-testid=price-currency-note]', { state: 'detached' });
    await page.waitForFunction((c) => location.search.includes(`cur=${c}`) && location.search.includes('price=89.5'), cur);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('yen have no cents, and the hour takes yen-sized figures', async () => {
  const page = await inLocale('en-US', '/?cur=JPY&price=15000&hourly=5000');
  await shownIs(page, 'cost-per-credit', '¥300');
  const answer = await textHas(page, '[data-testid=month-answer]', '¥');
  assert.ok(!/¥[\d,]+\.\d/.test(answer), answer);
  // Under another currency, the note says the hour's US default is in dollars, never "$0".
  const gbp = await inLocale('en-GB', '/?cur=GBP&hourly=0');
  await textHas(gbp, '[data-testid=time-note]', 'no labor cost is set');
  assert.ok(!(await gbp.textContent('[data-testid=time-note]')).includes('$0'));
});

test('the currency is chosen in the calculator, carried by the link and guarded for the price', async () => {
  const page = await open('/?v=2&cur=INR&price=20000');
  await valueNear(page, 'cost-per-credit', 20000 / 50);
  // 20,000 is a plan in rupees but a slip in euros: the switch is refused and says why.
  await page.selectOption('[data-testid=currency]', 'EUR');
  await textHas(page, '.plan-picker .field-error', 'at most 10000', 'before switching to EUR');
  assert.match(page.url(), /cur=INR/);
  await page.fill('#f-price', '79');
  await page.press('#f-price', 'Tab');
  await page.selectOption('[data-testid=currency]', 'EUR');
  await page.waitForFunction(() => location.search.includes('cur=EUR'));
  await shownIs(page, 'cost-per-credit', '€1.58');
  // Other views write the same currency.
  await showView(page, 'plans');
  await page.waitForFunction(() => /€\d/.test(document.querySelector('#panel-plans').textContent) && !/\$\d/.test(document.querySelector('#panel-plans').textContent));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
