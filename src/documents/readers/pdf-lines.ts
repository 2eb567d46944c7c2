/** pdf.js text items -> visual lines (grouped by baseline, sorted left to right), per page. */

/** The fields of a pdf.js TextItem that we use. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

export interface PdfLine {
  page: number;
  /** 1-based line number within the page, counting every line with text. */
  line: number;
  /** Offset of the line's first character in the extracted text (all lines joined by newlines). */
  offset: number;
  text: string;
  /** Font size and font name carrying most of the line's characters, and that font's share. */
  size: number;
  font: string;
  fontShare: number;
  x: number;
  right: number;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
}

interface Placed {
  str: string;
  x: number;
  y: number;
  right: number;
  size: number;
  font: string;
}

function isTextItem(item: unknown): item is PdfTextItem {
  return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** Lines of one page, top to bottom, and how many rotated items were left out. */
export function pageLines(items: readonly unknown[], page: number): { lines: Omit<PdfLine, 'offset'>[]; rotated: number } {
  const placed: Placed[] = [];
  let rotated = 0;
  for (const item of items) {
    // Marked-content entries carry no text.
    if (!isTextItem(item) || item.str.trim().length === 0) continue;
    const [a, b, c, d, e, f] = item.transform as number[];
    // Vertical and diagonal text (stamps, watermarks, margin notes) would scramble the line order.
    if (!(a > 0) || Math.abs(b) > 0.1 * a) {
      rotated++;
      continue;
    }
    const size = Math.hypot(c, d) || item.height || 1;
    placed.push({ str: item.str, x: e, y: f, right: e + item.width, size, font: item.fontName });
  }
  placed.sort((p, q) => q.y - p.y || p.x - q.x);
  const clusters: Placed[][] = [];
  for (const item of placed) {
    const current = clusters[clusters.length - 1];
    const reference = current?.[0];
    // Same line when baselines differ by less than half a font size (superscripts stay in).
    if (reference && Math.abs(reference.y - item.y) <= 0.5 * Math.max(reference.size, item.size)) current.push(item);
    else clusters.push([item]);
  }
  const lines = clusters.map((cluster, index) => buildLine(cluster, page, index + 1)).filter((line) => line.text.length > 0);
  lines.forEach((line, index) => (line.line = index + 1));
  return { lines, rotated };
}

function buildLine(cluster: Placed[], page: number, line: number): Omit<PdfLine, 'offset'> {
  cluster.sort((p, q) => p.x - q.x);
  let text = '';
  let previous: Placed | undefined;
  const sizes = new Map<number, number>();
  const fonts = new Map<string, number>();
  for (const item of cluster) {
    // Fake bold draws the same text twice, a hair apart.
    if (previous && previous.str === item.str && Math.abs(previous.x - item.x) < 0.3 * item.size) continue;
    // pdf.js often leaves word spaces implicit: a visible gap between items is a space.
    if (previous && item.x - previous.right > 0.15 * item.size && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    const weight = item.str.trim().length;
    const size = Math.round(item.size * 2) / 2;
    sizes.set(size, (sizes.get(size) ?? 0) + weight);
    fonts.set(item.font, (fonts.get(item.font) ?? 0) + weight);
    previous = item;
  }
  const total = [...fonts.values()].reduce((sum, n) => sum + n, 0) || 1;
  const [font, fontWeight] = largest(fonts) ?? ['', 0];
  const main = cluster.reduce((best, item) => (item.str.length > best.str.length ? item : best), cluster[0]);
  return {
    page,
    line,
    text: text.replace(/\s+/g, ' ').trim(),
    size: largest(sizes)?.[0] ?? main.size,
    font,
    fontShare: fontWeight / total,
    x: cluster[0].x,
    right: Math.max(...cluster.map((item) => item.right)),
    y: main.y,
  };
}

export function largest<K>(counts: Map<K, number>): [K, number] | undefined {
  let best: [K, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best;
}

const PAGE_NUMBER = /^(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?$|^[-–—]\s*#\s*[-–—]$/i;

/**
 * Drops running headers and footers: a page number as the first or last line of a page, and a first
 * or last line repeated (digits ignored) at the same height on at least half the pages, when there
 * are 3 or more. Only the outermost lines count, so a repeated "Tasks involved:" under a heading stays.
 */
export function dropRunningLines(pages: PdfLine[][]): PdfLine[][] {
  const text = (line: PdfLine) => line.text.toLowerCase().replace(/[0-9]+/g, '#');
  const key = (line: PdfLine) => `${text(line)}@${Math.round(line.y / 3)}`;
  const edges = (lines: PdfLine[]) => new Set(lines.length > 0 ? [lines[0], lines[lines.length - 1]] : []);
  const seen = new Map<string, number>();
  for (const lines of pages) for (const k of new Set([...edges(lines)].map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  const repeated = (line: PdfLine) => pages.length >= 3 && (seen.get(key(line)) ?? 0) >= Math.max(3, pages.length / 2);
  return pages.map((lines) => {
    const edge = edges(lines);
    return lines.filter((line) => !(edge.has(line) && (PAGE_NUMBER.test(text(line)) || repeated(line))));
  });
}
