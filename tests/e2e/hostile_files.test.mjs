// Files of any size never stall the page: a list past its bound, a list of nearly a million
// rows, a zip built to flood memory. Each gets its one sentence, the page answers a click
// meanwhile, and a good file picked after works. And a delete that cannot be undone because
// storage is full keeps its copy until it can.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSync, ftruncateSync, closeSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open, textHas, showView } from './harness.mjs';
import { exportZip, floodZip } from './export_zip.mjs';

const dir = mkdtempSync(join(tmpdir(), 'firstmove-hostile-'));
const put = (name, data) => { const path = join(dir, name); writeFileSync(path, data); return path; };

/** How long the page takes to answer a click on a tab while it reads: the tab's state. */
async function clickAnswersWithin(page, view) {
  const ms = await page.evaluate(async (v) => {
    const tab = document.querySelector(`[role=tab][data-view="${v}"]`);
    const t0 = performance.now();
    tab.click();
    await new Promise((r) => requestAnimationFrame(() => r()));
    return performance.now() - t0;
  }, view);
  return ms;
}

test('a 60 MB list is refused at once, a 19 MB list of 970,000 rows is counted, and a good list after works', async () => {
  const page = await open('/?view=list');
  // A sparse file: 60 MB on the page's side, nothing on the disk.
  const big = join(dir, 'everyone.csv');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 60 * 1024 * 1024);
  closeSync(fd);
  await page.setInputFiles('#panel-list input[type=file]', big);
  await textHas(page, '[data-testid=list-refused]', 'it is 60 MB, past the 20 MB a list may be');

  // Nearly a million rows under the bound: streamed, counted, a week decided.
  const rows = put('crm.csv', 'name,title\n' + 'Ada Lovelace,CTO\n'.repeat(970_000));
  await page.setInputFiles('#panel-list input[type=file]', rows);
  const during = await clickAnswersWithin(page, 'list');
  assert.ok(during < 200, `a click took ${during.toFixed(0)} ms while the list was read`);
  await textHas(page, '[data-testid=list-overflow]', 'This file has 970,000 rows', 'the first 5,000 that read were decided');
  await textHas(page, '.prospect-list', '5,000 prospects');

  const good = put('good.csv', 'name\nAda\nBo\n');
  await page.setInputFiles('#panel-list input[type=file]', good);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=list-rows] tbody tr').length === 2);
  assert.equal(await page.locator('[data-testid=list-overflow]').isHidden(), true);
  assert.deepEqual(page.errors, []);
});

test('a list with a quote never closed stops at its line; an empty one says so', async () => {
  const page = await open('/?view=list');
  await page.fill('#list-csv', 'name,title\nAda,CTO\n"Bo,VP\nCy,CEO\n');
  await textHas(page, '[data-testid=list-errors]', 'Line 3', 'opens a quote (") that is never closed');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=list-rows] tbody tr').length === 1);
  const empty = put('empty.csv', '');
  await page.setInputFiles('#panel-list input[type=file]', empty);
  await textHas(page, '[data-testid=list-refused]', 'it is empty');
});

test('a zip built to flood memory gets one sentence, and a good export picked after is read', async () => {
  const page = await open('/?view=own');
  const flood = put('Basic_LinkedInDataExport_flood.zip', floodZip(2000, 50));
  await page.setInputFiles('[data-testid=own-file]', flood);
  const during = await clickAnswersWithin(page, 'own');
  assert.ok(during < 200, `a click took ${during.toFixed(0)} ms while the zip was read`);
  await textHas(page, '[data-testid=own-files]', 'shares its bytes with another file', 'built to flood memory');
  // A good export after it reads as ever.
  await page.setInputFiles('[data-testid=own-file]', put('Basic_LinkedInDataExport_03-07-2026.zip', exportZip()));
  await textHas(page, '[data-testid=own-files]', 'Connections.csv: 5 rows');
  assert.deepEqual(page.errors, []);
});

test('a deleted scenario whose undo meets a full storage stays on the page until it fits', async () => {
  const page = await open('/');
  await page.fill('#f-name', 'Keep me');
  await page.getByTestId('save').click();
  await textHas(page, '[data-testid=saved-status]', 'Saved “Keep me”');
  await showView(page, 'compare');
  await page.locator('[data-testid=saved-item]', { hasText: 'Keep me' }).getByRole('button', { name: 'Delete' }).click();
  await textHas(page, '[data-testid=library-status]', 'Deleted “Keep me”');
  // Fill the storage to the brim.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler-${i}`, chunk); } catch { break; }
    }
    for (let size = 16 * 1024; size >= 1; size = Math.floor(size / 2)) {
      for (let i = 0; ; i++) {
        try { localStorage.setItem(`small-${size}-${i}`, 'y'.repeat(size)); } catch { break; }
      }
    }
  });
  await page.getByTestId('undo-delete').click();
  await textHas(page, '[data-testid=library-status]', '“Keep me” could not be put back', 'full', 'press Undo again');
  assert.ok(await page.getByTestId('undo-delete').isVisible(), 'Undo is still offered');
  // Free the space: Undo puts it back.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (/^(filler|small)-/.test(k)) localStorage.removeItem(k); });
  await page.getByTestId('undo-delete').click();
  await textHas(page, '[data-testid=library-status]', 'Restored “Keep me”');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=saved-name]')].some((n) => n.textContent === 'Keep me'));
  assert.deepEqual(page.errors, []);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
