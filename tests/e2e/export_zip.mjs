// Builds the zips the export tests open: LinkedIn's layout (a folder of CSV files), each entry
// stored or deflated, and hostile ones (a size that lies, a cut end, no export file at all).
import { deflateRawSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../fixtures/linkedin/', import.meta.url);
export const EXPORT_FILES = ['Connections.csv', 'Invitations.csv', 'messages.csv', 'Profile.csv'];

/** A fixture file's bytes. */
export const fixture = (name) => readFileSync(new URL(name, FIXTURES));

/**
 * A zip of `entries` ({ name, data, deflate, declared }): `declared` overrides the size the
 * directory states, as a zip bomb would. No CRC: the reader, like the page, does not check it.
 */
export function zip(entries) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const { name, data, deflate = true, declared } of entries) {
    const body = deflate ? deflateRawSync(data) : data;
    const nameBytes = Buffer.from(name);
    const head = (signature, isCentral) => {
      const b = Buffer.alloc(isCentral ? 46 : 30);
      b.writeUInt32LE(signature, 0);
      let at = 4;
      if (isCentral) { b.writeUInt16LE(20, at); at += 2; }
      b.writeUInt16LE(20, at); // version needed
      b.writeUInt16LE(0, at + 2); // flags
      b.writeUInt16LE(deflate ? 8 : 0, at + 4);
      b.writeUInt32LE(body.length, at + 14);
      b.writeUInt32LE(declared ?? data.length, at + 18);
      b.writeUInt16LE(nameBytes.length, at + 22);
      if (isCentral) b.writeUInt32LE(offset, 42);
      return Buffer.concat([b, nameBytes]);
    };
    const local = Buffer.concat([head(0x04034b50, false), body]);
    central.push(head(0x02014b50, true));
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** LinkedIn's export as it arrives: the fixture files in a dated folder, deflated. */
export function exportZip() {
  return zip([
    ...EXPORT_FILES.map((name) => ({ name: `Basic_LinkedInDataExport_03-07-2026/${name}`, data: fixture(name) })),
    { name: 'Basic_LinkedInDataExport_03-07-2026/Ad_Targeting.csv', data: Buffer.from('a,b\n1,2\n') },
  ]);
}

/**
 * A zip built to flood memory: one deflated entry of `mb` MB, listed `copies` times in the
 * directory, every listing pointing at the same bytes. A few MB on disk; read naively, it
 * unpacks `copies × mb` MB.
 */
export function floodZip(copies, mb, name = 'messages.csv') {
  const one = zip([{ name, data: Buffer.alloc(mb * 1024 * 1024, 'x\n') }]);
  const end = one.length - 22;
  const dirAt = one.readUInt32LE(end + 16);
  const entry = one.subarray(dirAt, end);
  const dir = Buffer.concat(Array.from({ length: copies }, () => entry));
  const record = Buffer.from(one.subarray(end));
  record.writeUInt16LE(copies, 8);
  record.writeUInt16LE(copies, 10);
  record.writeUInt32LE(dir.length, 12);
  return Buffer.concat([one.subarray(0, dirAt), dir, record]);
}
