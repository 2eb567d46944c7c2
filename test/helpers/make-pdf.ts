/** Builds small PDFs for tests with pdfkit: headings in a bigger bold font, body lines, drawn shapes. */
import PDFDocument from 'pdfkit';

export type PdfPart =
  | { heading: string; size?: number }
  /** Body text that pdfkit wraps to `width` points. */
  | { paragraph: string; width?: number }
  /** Body text laid out exactly as these lines, one under the other. */
  | { lines: string[] }
  | { bullets: string[] }
  | { pageBreak: true }
  /** A filled rectangle: ink on the page but no text. */
  | { rectangle: true };

export interface PdfOptions {
  userPassword?: string;
}

export const BODY_SIZE = 11;

export function makePdf(parts: PdfPart[], options: PdfOptions = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, ...(options.userPassword ? { userPassword: options.userPassword } : {}) });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  for (const part of parts) {
    if ('heading' in part) doc.font('Helvetica-Bold').fontSize(part.size ?? 18).text(part.heading).moveDown(0.5);
    else if ('paragraph' in part) doc.font('Helvetica').fontSize(BODY_SIZE).text(part.paragraph, { width: part.width ?? 450 }).moveDown();
    else if ('lines' in part) {
      doc.font('Helvetica').fontSize(BODY_SIZE);
      for (const line of part.lines) doc.text(line);
      doc.moveDown();
    } else if ('bullets' in part) {
      doc.font('Helvetica').fontSize(BODY_SIZE);
      for (const item of part.bullets) doc.text(`• ${item}`);
      doc.moveDown();
    } else if ('pageBreak' in part) doc.addPage();
    else doc.rect(100, 100, 200, 120).fill('#333333');
  }
  doc.end();
  return done;
}
