// Your numbers: the rep's LinkedIn export read in the browser (docs/model.md#your-numbers), used in the
// scenario, carried by the link, and every hostile file refused with one clear message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSync, ftruncateSync, closeSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env, open, valueNear, textHas, showView, inputIs, SHOTS } from './harness.mjs';
import { EXPORT_FILES, exportZip, fixture, zip } from './export_zip.mjs';

const pick = (page, files) => page.setInputFiles('[data-testid=own-file]', files);
const asZip = (name, buffer) => ({ name, mimeType: 'application/zip', buffer });
const asCsv = (name, buffer) => ({ name, mimeType: 'text/csv', buffer });

/** The fixture's figures, counted by hand in tests/linkedin_export.rs. */
async function fixtureFigures(page) {
  await valueNear(page, 'own-accept', 400 / 7);
  await valueNear(page, 'own-connections-per-week', 4 / 12);
  await valueNear(page, 'own-invitations-out', 3);
  await valueNear(page, 'own-invitations-old', 2);
  await valueNear(page, 'own-invitations-noted', 2);
  await valueNear(page, 'own-conv', 50);
  await valueNear(page, 'own-reply', 50);
}

test('the export zip is read, used, and the link reopens the same figures with their source', async () => {
  const page = await open('/?view=own');
  await pick(page, asZip('Basic_LinkedInDataExport_03-07-2026.zip', exportZip()));
  await fixtureFigures(page);
  await textHas(page, '[data-testid=own-files]', 'Rep Owner', '2025-10-01', '2026-03-07', 'Connections.csv: 5 rows', 'Ad_Targeting.csv: skipped, it holds nothing FirstMove counts');
  await textHas(page, '[data-testid=own-accept] ~ .own-counts', '4 of 7');
  await page.screenshot({ path: `${SHOTS}own-numbers.png`, fullPage: true });

  // A shorter window: the 4 weeks to 7 March hold all 4 connections, and 5 invitations.
  await page.selectOption('[data-testid=own-window]', '4');
  await valueNear(page, 'own-connections-per-week', 4 / 4);
  await valueNear(page, 'own-accept', 80);
  await page.selectOption('[data-testid=own-window]', '12');
  await valueNear(page, 'own-connections-per-week', 4 / 12);

  await page.click('[data-testid=own-use]');
  await textHas(page, '[data-testid=own-copied]', 'Acceptance', '57.1');
  await page.waitForFunction(() => location.search.includes('own=12w.2026-03-07.accept.conv.reply'));
  const link = page.url();
  assert.match(link, /accept=57\.1/);
  assert.match(link, /m_sent=7/);
  assert.ok(page.errors.length === 0, page.errors.join('\n'));

  assert.match(link, /own=12w\.2026-03-07\.accept\.conv\.reply\.upper/);
  // In the tab that read the files, the source is "your" export, acceptance's caveat with it.
  await showView(page, 'calculator');
  await textHas(page, '[data-testid=source-accept]', 'your LinkedIn export, 12 weeks to 2026-03-07', 'an upper estimate');

  // A teammate opens the link: the figures and their source, no file needed, and the caveat.
  const other = await open(new URL(link).search.replace('view=own', 'view=calculator'));
  await inputIs(other, '#f-accept', '57.1');
  await textHas(other, '[data-testid=source-accept]', 'measured from a LinkedIn export, 12 weeks to 2026-03-07', 'an upper estimate');
  await textHas(other, '[data-testid=source-reply]', 'measured from a LinkedIn export');
  await showView(other, 'metrics');
  await inputIs(other, '#m-invites', '7');
  // Changing a figure makes it the rep's own again.
  await showView(other, 'calculator');
  await other.fill('#f-accept', '30');
  await other.press('#f-accept', 'Tab');
  await other.waitForFunction(() => !document.querySelector('[data-testid=source-accept]'));
  await other.waitForFunction(() => location.search.includes('own=12w.2026-03-07.conv.reply'));
  await other.context().close();
  await page.context().close();
});

test('the CSV files dropped on their own read the same as the zip', async () => {
  const page = await open('/?view=own');
  const files = EXPORT_FILES.map((name) => ({ name, text: fixture(name).toString('utf8') }));
  await page.evaluate((files) => {
    const data = new DataTransfer();
    for (const f of files) data.items.add(new File([f.text], f.name, { type: 'text/csv' }));
    const zone = document.querySelector('[data-testid=own-drop]');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
  await fixtureFigures(page);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('hostile files each get one clear message, the page answers, and nothing is lost', async () => {
  const page = await open('/?view=own&reply=31');
  const skipped = (...parts) => textHas(page, '[data-testid=own-files]', ...parts);
  // A good export first: a bad file after it must not take its figures away.
  await pick(page, asZip('export.zip', exportZip()));
  await valueNear(page, 'own-accept', 400 / 7);

  // An entry that inflates far past what its directory declares: a zip bomb.
  const zeros = Buffer.alloc(20 * 1024 * 1024);
  await pick(page, asZip('bomb.zip', zip([{ name: 'x/messages.csv', data: zeros, declared: 1000 }])));
  await skipped('messages.csv: skipped, it unpacks to more than the zip says');
  // One that declares more than the bound is refused before inflating.
  await pick(page, asZip('big.zip', zip([{ name: 'Invitations.csv', data: Buffer.from('x'), declared: 150 * 1024 * 1024 }])));
  await skipped('Invitations.csv: skipped', 'would unpack to 150 MB');
  // A cut zip, a zip of something else, and a file that is no zip at all.
  const cut = exportZip();
  await pick(page, asZip('cut.zip', cut.subarray(0, cut.length - 40)));
  await skipped('cut.zip: skipped, the zip file is cut short');
  await pick(page, asZip('photos.zip', zip([{ name: 'beach.jpg', data: Buffer.from('JFIF') }])));
  await skipped('photos.zip: skipped, it holds none of the export');
  await pick(page, asZip('notes.zip', Buffer.from('just text, not a zip')));
  await skipped('notes.zip: skipped, it is not a zip file');
  // A CSV with a wrong header, and one a spreadsheet saved in Latin-1.
  await pick(page, asCsv('Connections.csv', Buffer.from('colour,size\nblue,3\n')));
  await skipped('Connections.csv: skipped, its header has no');
  await pick(page, asCsv('Profile.csv', Buffer.from('First Name,Last Name\nJos\xe9,Ruiz\n', 'latin1')));
  await skipped('Profile.csv: skipped, it is not UTF-8 text');
  // A 200 MB file is refused by its size, before a byte is read.
  const dir = mkdtempSync(join(tmpdir(), 'firstmove-'));
  const huge = join(dir, 'messages.csv');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 200 * 1024 * 1024);
  closeSync(fd);
  await pick(page, huge);
  await skipped('messages.csv: skipped, it is 200 MB, past the 100 MB');

  // Every figure the good export gave still stands.
  await valueNear(page, 'own-accept', 400 / 7);
  await valueNear(page, 'own-conv', 50);
  // The scenario the rep had is untouched, and the page still answers.
  await showView(page, 'calculator');
  await inputIs(page, '#f-reply', '31');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
