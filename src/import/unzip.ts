import { inflateRawSync } from 'node:zlib';

/**
 * The files of a ZIP archive (PKWARE APPNOTE 6.3: end record → central directory → local
 * headers; stored or deflated entries), for Inspect's `.eval` logs. Zip64 archives (over
 * 4 GiB or 65,535 entries) are not read. Undefined when `bytes` is not a ZIP this reads.
 */
export function unzip(bytes: Buffer, wanted: (name: string) => boolean = () => true): Map<string, Buffer> | undefined {
  // the end record is 22 bytes plus a comment of up to 65,535
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) return undefined;
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return undefined;
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (!wanted(name) || name.endsWith('/')) continue;
    if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) return undefined;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    if (method === 0) files.set(name, data);
    else if (method === 8) files.set(name, inflateRawSync(data));
    else return undefined;
  }
  return files;
}

/**
 * An Inspect `.eval` log (a ZIP of header.json and samples/ID_epoch_N.json) as the JSON log
 * `inspect log dump` prints: the header's fields with `samples` beside them.
 */
export function inspectEvalArchive(bytes: Buffer): unknown {
  const files = unzip(bytes, (name) => name === 'header.json' || /^samples\/[^/]+\.json$/.test(name));
  const header = files?.get('header.json');
  if (!files || !header) return undefined;
  const samples = [...files.entries()]
    .filter(([name]) => name.startsWith('samples/'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, data]) => JSON.parse(data.toString('utf8')) as unknown);
  return { ...(JSON.parse(header.toString('utf8')) as Record<string, unknown>), samples };
}
