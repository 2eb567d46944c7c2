/** Builds DOCX files for tests: real ones with the `docx` package, and hand-made ZIPs that lie. */
import { deflateRawSync } from 'node:zlib';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export type DocxPart =
  | { heading: 1 | 2 | 3; text: string }
  /** `style` names a custom paragraph style mammoth has no mapping for; `footnote` adds a note to the end. */
  | { paragraph: string; bold?: boolean; style?: string; footnote?: string }
  | { bullets: string[] }
  | { table: string[][] };

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A DOCX whose body is `parts` in order, as Word would save it. */
export async function makeDocx(parts: DocxPart[]): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const part of parts) {
    if ('heading' in part) children.push(new Paragraph({ text: part.text, heading: LEVELS[part.heading] }));
    else if ('paragraph' in part) {
      const runs: (TextRun | FootnoteReferenceRun)[] = [new TextRun({ text: part.paragraph, bold: part.bold })];
      if (part.footnote) {
        const id = Object.keys(footnotes).length + 1;
        footnotes[id] = { children: [new Paragraph(part.footnote)] };
        runs.push(new FootnoteReferenceRun(id));
      }
      children.push(new Paragraph({ children: runs, ...(part.style ? { style: styleId(part.style) } : {}) }));
    }
    else if ('bullets' in part) for (const text of part.bullets) children.push(new Paragraph({ text, bullet: { level: 0 } }));
    else {
      const rows = part.table.map((row) => new TableRow({ children: row.map((text) => new TableCell({ children: [new Paragraph(text)] })) }));
      children.push(new Table({ rows }));
    }
  }
  const styles = [...new Set(parts.flatMap((part) => ('style' in part && part.style ? [part.style] : [])))];
  const paragraphStyles = styles.map((name) => ({ id: styleId(name), name, basedOn: 'Normal', run: {} }));
  const document = new Document({ styles: { paragraphStyles }, footnotes, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

function styleId(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '');
}

export interface ZipEntrySpec {
  name: string;
  data: Uint8Array;
  /** Deflate the data (method 8) instead of storing it. */
  deflate?: boolean;
  /** The data is already deflated: store it as method 8 as it is. */
  deflated?: boolean;
  /** The uncompressed size to claim in the central directory, true or not. */
  declaredSize?: number;
  /** Point this central record at an earlier entry's local file: the overlapping-files bomb. */
  localOf?: number;
}

/** A minimal ZIP, byte by byte, so tests can make its central directory say anything. */
export function makeZip(entries: ZipEntrySpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const offsets: number[] = [];
  const sizes: number[] = [];
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.deflate ? deflateRawSync(entry.data) : Buffer.from(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const method = entry.deflate || entry.deflated ? 8 : 0;
    if (entry.localOf === undefined) {
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(method, 8);
      local.writeUInt32LE(data.length, 18);
      local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
      local.writeUInt16LE(name.length, 26);
      offsets.push(offset);
      sizes.push(data.length);
      locals.push(local, name, data);
      offset += local.length + name.length + data.length;
    } else {
      offsets.push(offsets[entry.localOf]);
      sizes.push(sizes[entry.localOf]);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(sizes[sizes.length - 1], 20);
    central.writeUInt32LE(Math.min(size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offsets[offsets.length - 1], 42);
    centrals.push(central, name);
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
