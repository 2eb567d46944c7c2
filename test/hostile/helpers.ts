/** Builders for hostile inputs (made in the test, never committed) and a runner for the built binary. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, createDeflate, deflateRawSync } from 'node:zlib';
import { makeZip } from '../helpers/make-docx.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'policy-gap.js');
export const MINI = join(ROOT, 'test', 'fixtures', 'rubrics', 'mini.yaml');
/** Flags every run shares: the tiny test rubric, no config lookup. */
export const MINI_ARGS = ['--rubric', MINI, '--no-config'];

export const COVERED_TEXT = 'All services are free of charge. Staff must not accept gifts from clients.';

/** A stack trace line ("    at fn (file:1:2)"): user errors must never print one. */
export const STACK_LINE = /^\s+at .+/m;

// ---------------------------------------------------------------- the built binary

/** Builds dist/ (scripts/build.js, as `npm run build`) when a source file is newer than what was built from it. */
export function ensureBuilt(): void {
  const src = join(ROOT, 'src');
  const stale = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return stale(path);
      if (!entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) return false;
      const built = join(ROOT, 'dist', relative(src, path)).replace(/\.ts$/, '.js');
      return !existsSync(built) || statSync(built).mtimeMs < statSync(path).mtimeMs;
    });
  if (!stale(src) && existsSync(join(ROOT, 'dist', 'bundle', 'process.js'))) return;
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.js')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
}

export interface BinResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface BinOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string | Uint8Array;
  /** Kill the run after this long (a hang fails the test instead of the suite). */
  killAfterMs?: number;
  /** Called once the process is started, e.g. to send it a signal. */
  onSpawn?: (child: ReturnType<typeof spawn>) => void;
}

/** Runs `node bin/policy-gap.js ...args` as a user would. */
export function runBin(args: string[], options: BinOptions = {}): Promise<BinResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    options.onSpawn?.(child);
  });
}

// ---------------------------------------------------------------- ZIP (DOCX) bombs

/**
 * A raw deflate stream that inflates to `count` x `kernelBytes` zero bytes. The kernel ends with a
 * full flush (byte-aligned, no back references into it), so copies of it simply concatenate.
 */
export function zeroDeflate(kernelBytes: number, count: number): Buffer {
  const kernel = deflateRawSync(Buffer.alloc(kernelBytes), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  // 0x03 0x00: a final, empty block with fixed Huffman codes.
  return Buffer.concat([...Array.from({ length: count }, () => kernel), Buffer.from([0x03, 0x00])]);
}

interface RawEntry {
  name: string;
  /** Deflated data (method 8). */
  data: Buffer;
  /** The uncompressed size the headers claim. */
  size: number;
  /** Central entries sharing one local file: the overlapping-files bomb. */
  localOf?: number;
}

/** A ZIP from raw (already deflated) entries; an entry with `localOf` shares another's local file. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  return makeZip(entries.map((e) => ({ name: e.name, data: e.data, deflated: true, declaredSize: e.size, ...(e.localOf !== undefined ? { localOf: e.localOf } : {}) })));
}

/**
 * A "DOCX" of a few tens of KB whose entries really inflate to `gigabytes` GB, while every header
 * claims 1 KB: 300 central records share one local file of 10 MB of zeros (the overlapping-files
 * bomb), so neither the declared sizes nor the file size give it away.
 */
export function docxBomb(gigabytes = 3): Uint8Array {
  const data = zeroDeflate(1024 * 1024, 10);
  const count = Math.ceil((gigabytes * 1024) / 10);
  return rawZip(Array.from({ length: count }, (_, i) => ({ name: i === 0 ? 'word/document.xml' : `word/media/image${i}.bin`, data, size: 1024, ...(i > 0 ? { localOf: 0 } : {}) })));
}

// ---------------------------------------------------------------- PDFs by hand

/** A PDF from object bodies (object 1 is the catalog), with a correct cross-reference table. */
export function buildPdf(objects: (string | Buffer)[], trailerExtra = ''): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

export function pdfStream(data: Buffer | string, dict = ''): Buffer {
  const body = Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1');
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${body.length} >>\nstream\n`), body, Buffer.from('\nendstream')]);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** `pages` pages sharing one content stream that shows `text`; `catalogExtra` goes into the catalog. */
export function pagesPdf(pages: number, text = 'Staff must not accept gifts from clients.', catalogExtra = '', contents?: Buffer): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${5 + i} 0 R`).join(' ');
  const objects: (string | Buffer)[] = [
    `<< /Type /Catalog /Pages 2 0 R ${catalogExtra} >>`,
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    FONT,
    contents ?? pdfStream(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET`),
  ];
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>');
  return buildPdf(objects);
}

/** A one-page PDF whose content stream is a Flate bomb: `megabytes` MB of spaces after a line of text. */
export async function pdfFlateBomb(megabytes: number): Promise<Uint8Array> {
  const deflate = createDeflate({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  deflate.write('BT /F1 12 Tf 72 720 Td (Staff must not accept gifts from clients.) Tj ET ');
  const block = Buffer.alloc(16 * 1024 * 1024, 32);
  for (let written = 0; written < megabytes * 1024 * 1024; written += block.length) deflate.write(block);
  deflate.end();
  await done;
  return pagesPdf(1, '', '', pdfStream(Buffer.concat(chunks), '/Filter /FlateDecode'));
}

// ---------------------------------------------------------------- DOCX by hand

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal DOCX written part by part, so tests control every relationship and every byte. */
export function handDocx(paragraphs: string[], options: { bodyExtra?: string; relationships?: string; xmlPrefix?: string; documentXml?: Uint8Array } = {}): Uint8Array {
  return rawZipStored(handDocxParts(paragraphs, options).map(([name, content]) => ({ name, data: Buffer.from(content) })));
}

/** The parts of handDocx, before zipping: word/document.xml is the third. */
export function handDocxParts(paragraphs: string[], options: { bodyExtra?: string; relationships?: string; xmlPrefix?: string; documentXml?: Uint8Array } = {}): [string, string | Uint8Array][] {
  const text = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${text(p)}</w:t></w:r></w:p>`).join('');
  return [
    ['[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'],
    ['_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`],
    ['word/document.xml', options.documentXml ?? `${options.xmlPrefix ?? '<?xml version="1.0" encoding="UTF-8"?>'}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${options.bodyExtra ?? ''}</w:body></w:document>`],
    ['word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${options.relationships ?? ''}</Relationships>`],
  ];
}

/** A ZIP of deflated entries (true sizes). */
function rawZipStored(entries: { name: string; data: Buffer }[]): Uint8Array {
  return rawZip(entries.map((entry) => ({ name: entry.name, data: deflateRawSync(entry.data), size: entry.data.length })));
}
