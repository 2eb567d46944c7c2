/** Bytes -> text, detecting the encoding and saying which one was used. */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

export class DecodeError extends Error {
  override name = 'DecodeError';
}

/**
 * BOMs decide first; then strict UTF-8; then Windows-1252, the usual encoding of text saved by
 * older Windows editors. NUL bytes without a UTF-16 BOM mean a binary file, not text.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strict('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strict('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new DecodeError('binary file: it holds NUL bytes, so it is not a text document (is its file extension right?)');
  try {
    return { text: strict('utf-8', bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

function strict(label: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (cause) {
    const name = label.toUpperCase();
    throw new DecodeError(`invalid text encoding: it starts with a ${name} byte order mark but is not valid ${name}; save it again as UTF-8`, { cause });
  }
}

// Looks at the first 8 KiB only: enough to tell a binary file, cheap on a large one.
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
