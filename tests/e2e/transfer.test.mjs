// Export and import of saved scenarios between two browser profiles, names that clash asked
// about, damaged files refused with the reason, and the comparison exported as CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { env, open, mounted, textHas, showView } from './harness.mjs';

async function save(page, name) {
  await page.fill('#f-name', name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForFunction((n) => document.querySelector('[data-testid=saved-status]').textContent.includes(`Saved “${n}”`), name);
}

async function namesAre(page, expected) {
  const want = [...expected].sort();
  await page.waitForFunction(
    (w) => JSON.stringify([...document.querySelectorAll('[data-testid=saved-name]')].map((e) => e.textContent).sort()) === JSON.stringify(w),
    want,
    { timeout: 5000 },
  ).catch(async () => {
    assert.deepEqual((await page.locator('[data-testid=saved-name]').allTextContents()).sort(), want);
  });
}

const importText = (page, name, text) =>
  page.setInputFiles('[data-testid=import]', { name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('export in one browser, import into a fresh one, then again with clashing names', async () => {
  const first = await open('/');
  await first.fill('#f-reply', '31');
  await save(first, 'Q3 push');
  await first.fill('#f-hourly', '40');
  await save(first, 'With labour');
  await showView(first, 'compare');
  const [download] = await Promise.all([first.waitForEvent('download'), first.click('[data-testid=export]')]);
  assert.equal(download.suggestedFilename(), 'firstmove-scenarios.json');
  const file = readFileSync(await download.path(), 'utf8');
  const parsed = JSON.parse(file);
  assert.equal(parsed.app, 'firstmove');
  assert.equal(parsed.format, 1);
  assert.deepEqual(parsed.scenarios.map((s) => s.name).sort(), ['Q3 push', 'With labour']);
  await first.context().close();

  // A fresh profile: nothing saved, then both.
  const second = await open('/?view=compare');
  await importText(second, 'firstmove-scenarios.json', file);
  await textHas(second, '[data-testid=transfer-status]', 'Imported 2 scenarios.');
  await namesAre(second, ['Q3 push', 'With labour']);
  const stored = await second.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('firstmove.scenario.')).map((k) => JSON.parse(localStorage[k]).query));
  assert.ok(stored.some((q) => q.includes('reply=31') && q.includes('hourly=40')), JSON.stringify(stored));

  // The same file again: both names are taken, and the page asks.
  await importText(second, 'again.json', file);
  await textHas(second, '[data-testid=import-clash]', '2 of the 2 scenarios', 'Q3 push, With labour');
  await second.click('[data-testid=clash-skip]');
  await textHas(second, '[data-testid=transfer-status]', 'Imported 0 scenarios.');
  await namesAre(second, ['Q3 push', 'With labour']);
  await importText(second, 'again.json', file);
  await second.click('[data-testid=clash-keep]');
  await namesAre(second, ['Q3 push', 'With labour', 'Q3 push (imported)', 'With labour (imported)']);
  // Replace overwrites only the entries of those names, never adds.
  await importText(second, 'again.json', file);
  await second.click('[data-testid=clash-replace]');
  await textHas(second, '[data-testid=transfer-status]', 'Imported 2 scenarios.');
  await namesAre(second, ['Q3 push', 'With labour', 'Q3 push (imported)', 'With labour (imported)']);
  assert.deepEqual(second.errors, []);
});

test('a damaged or foreign file is refused with what was wrong, and nothing changes', async () => {
  const page = await open('/?view=compare');
  const cases = [
    ['{"app": "firstmove", "format": 1, "scenarios": [', 'the file is not JSON'],
    ['{"app": "elsewhere", "format": 1, "scenarios": []}', 'not a FirstMove export'],
    ['{"app": "firstmove", "format": 9, "scenarios": []}', 'newer FirstMove (format 9)'],
  ];
  for (const [text, reason] of cases) {
    await importText(page, 'bad.json', text);
    await textHas(page, '[data-testid=transfer-status]', 'Not imported', reason);
  }
  const partly = '{"app":"firstmove","format":1,"exported_at":0,"scenarios":[{"name":"Good","saved_at":1,"query":"v=1&name=Good&reply=150"},{"name":"Broken"}]}';
  await importText(page, 'partly.json', partly);
  await textHas(page, '[data-testid=transfer-status]', 'Imported 1 scenario.', 'values refused are left at their defaults', '“reply”', '1 could not be read', 'entry 2');
  await namesAre(page, ['Good']);
  assert.deepEqual(page.errors, []);
});

test('the comparison exports as CSV with each best plan', async () => {
  const page = await open('/?v=2&hours=5');
  await save(page, 'Five hours');
  await page.goto(env.origin + '/?v=2&hours=40');
  await mounted(page);
  await save(page, 'Forty hours');
  await showView(page, 'compare');
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.waitForSelector('[data-testid=comparison-csv]');
  const href = await page.getAttribute('[data-testid=comparison-csv]', 'href');
  assert.ok(href.startsWith('data:text/csv'));
  const csv = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  assert.ok(csv.includes('Best mix: meetings a month'), csv);
  assert.ok(/Plan with the most meetings,Sales Navigator Core,Sales Navigator Core/.test(csv), csv);
});
