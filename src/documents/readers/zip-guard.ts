/** Refuses ZIP files (DOCX) that would inflate past a limit, before any unzipping library sees them. */
import { createInflateRaw } from 'node:zlib';

/** Not a readable ZIP: no directory, truncated, corrupt data. */
export class ZipError extends Error {
  override name = 'ZipError';
}

/** A readable ZIP whose contents would inflate past the limit. */
export class ZipTooLargeError extends Error {
  override name = 'ZipTooLargeError';
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// A DOCX holds a few dozen parts; tens of thousands would only make the size check itself slow.
const MAX_ENTRIES = 10_000;

/**
 * Two checks. The sizes the central directory declares must stay under `maxBytes` (cheap, catches
 * ordinary bombs). Then each entry is really inflated into a counter that stops at the limit, because
 * a crafted file can declare small sizes and inflate huge; JSZip only compares sizes after inflating.
 */
export async function checkZipSize(bytes: Uint8Array, maxBytes: number): Promise<void> {
  let entries: Entry[];
  try {
    entries = readCentralDirectory(bytes);
  } catch (error) {
    // A field pointing past the end of the file: corrupt, whatever field it was.
    if (error instanceof RangeError) throw new ZipError('central directory points outside the file');
    throw error;
  }
  let declared = 0;
  for (const entry of entries) declared += entry.size;
  if (declared > maxBytes) throw new ZipTooLargeError(`declares ${declared} bytes uncompressed`);
  let inflated = 0;
  for (const entry of entries) {
    inflated += await inflatedSize(bytes, entry, maxBytes - inflated);
    if (inflated > maxBytes) throw new ZipTooLargeError(`inflates past ${maxBytes} bytes at "${entry.name}"`);
  }
}

/** The entries listed in the central directory; throws ZipError when there is none to find. */
export function readCentralDirectory(bytes: Uint8Array): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipError('ZIP64 locator missing');
    const record = safeNumber(view.getBigUint64(locator + 8, true));
    if (record + 56 > bytes.length || view.getUint32(record, true) !== ZIP64_EOCD) throw new ZipError('ZIP64 end record missing');
    count = safeNumber(view.getBigUint64(record + 32, true));
    offset = safeNumber(view.getBigUint64(record + 48, true));
  }
  if (count > MAX_ENTRIES) throw new ZipError(`${count} entries, more than the ${MAX_ENTRIES} a document could need`);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) throw new ZipError('central directory is truncated');
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const entry: Entry = {
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    readZip64Extra(view, offset + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

// The end record sits in the last 22 bytes plus up to 64 KiB of archive comment.
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipError('no end of central directory record');
}

// Sizes that do not fit 32 bits are 0xFFFFFFFF in the record and real in the ZIP64 extra field (id 1).
function readZip64Extra(view: DataView, start: number, length: number, entry: Entry): void {
  const end = Math.min(start + length, view.byteLength);
  for (let at = start; at + 4 <= end; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 1) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > end) throw new ZipError('ZIP64 extra field is truncated');
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + size;
  }
}

function safeNumber(value: bigint): number {
  // Anything past 2^53 is absurd for a document; treat it as infinitely large.
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

/** Bytes the entry really inflates to, counting no further than `budget` + 1. */
async function inflatedSize(bytes: Uint8Array, entry: Entry, budget: number): Promise<number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipError(`entry "${entry.name}" has no local header`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  if (entry.method === 0) return data.length;
  // Other methods (bzip2, LZMA) are not in DOCX files; the unzipper rejects them itself.
  if (entry.method !== 8) return 0;
  return new Promise((resolve, reject) => {
    const inflater = createInflateRaw();
    let size = 0;
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) {
        inflater.destroy();
        resolve(size);
      }
    });
    inflater.on('end', () => resolve(size));
    inflater.on('error', (cause) => reject(new ZipError(`entry "${entry.name}" is corrupt: ${cause.message}`)));
    inflater.end(data);
  });
}
