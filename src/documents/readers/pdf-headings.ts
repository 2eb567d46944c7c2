/** Finds headings among PDF lines from font size, font face and outline numbering. */
import { looksLikeTitle, numberedHeadingDepth } from './heading-rules.js';
import { largest, type PdfLine } from './pdf-lines.js';

export interface LineStats {
  /** The size and font carrying most characters: the body text. */
  bodySize: number;
  bodyFont: string;
  /** Usual distance between baselines of body lines. */
  lineHeight: number;
}

export function lineStats(lines: PdfLine[]): LineStats {
  const sizes = new Map<number, number>();
  const fonts = new Map<string, number>();
  for (const line of lines) {
    sizes.set(line.size, (sizes.get(line.size) ?? 0) + line.text.length);
    fonts.set(line.font, (fonts.get(line.font) ?? 0) + line.text.length);
  }
  const bodySize = largest(sizes)?.[0] ?? 10;
  const deltas = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    if (a.page !== b.page || a.size !== bodySize || b.size !== bodySize) continue;
    const delta = Math.round((a.y - b.y) * 2) / 2;
    if (delta > 0.8 * bodySize && delta < 3 * bodySize) deltas.set(delta, (deltas.get(delta) ?? 0) + 1);
  }
  // With few lines the commonest spacing may be a paragraph gap: then trust the tightest one. Either
  // way cap it at 1.5x the font size (double spacing), so a gap of two blank lines still breaks.
  const common = largest(deltas);
  const measured = common && common[1] >= 2 ? common[0] : Math.min(...deltas.keys(), bodySize * 1.25);
  const lineHeight = Math.min(measured, bodySize * 1.5);
  return { bodySize, bodyFont: largest(fonts)?.[0] ?? '', lineHeight };
}

// Typed bullets and Word's Symbol-font bullets (private use area), then list numbers: "a)", "(iv)", "3.".
// A number needs a space after it, so "2.1 Scope" is not item "2." with text "1 Scope".
export const BULLET = /^(?:[-*•●▪◦○■□►▸➢➤✓✔❖·\uF0A7\uF0B7\uF076\uF0D8\uF0FC]\s*|(o|\(?[0-9]{1,3}[.)]|\(?[a-zA-Z][.)]|\(?[ivxlc]{1,5}\))\s+)/;

// A date under a title ("April 24, 2024", "12/03/2023") is set large but is not a section.
const DATE = /^(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\.?\s+(?:[0-9]{1,2}(?:st|nd|rd|th)?,?\s+)?[0-9]{4}$|^[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}$/;
const LARGER = 1.15;

/**
 * Heading level per line (0 = not a heading). Sizes larger than the body rank into levels 1, 2, ...
 * (biggest first, at most 4); numbered or distinct-font lines at body size sit below those. An
 * outline number deepens the level ("2.1" is one below "2").
 */
export function headingLevels(lines: PdfLine[], stats: LineStats): number[] {
  const large = (line: PdfLine) => line.size >= stats.bodySize * LARGER && !DATE.test(line.text);
  // A large title may end in an abbreviation's full stop ("By-laws of Example, Inc.").
  const titled = (text: string) => looksLikeTitle(text, 14) || looksLikeTitle(text.replace(/\.$/, ''), 8);
  const candidate = (line: PdfLine) => large(line) && (titled(line.text) || numberedHeadingDepth(line.text) > 0);
  const ranks = rankSizes(lines.filter(candidate).map((line) => line.size));
  const below = ranks.length;
  return lines.map((line, i) => {
    const depth = numberedHeadingDepth(line.text);
    const outline = Math.max(0, depth - 1);
    if (candidate(line)) return Math.min(6, rankOf(ranks, line.size) + 1 + outline);
    if (line.size < stats.bodySize * 0.95) return 0;
    const distinctFont = line.font !== stats.bodyFont && line.fontShare >= 0.9;
    const before = gapBetween(lines[i - 1], line, stats);
    const after = gapBetween(line, lines[i + 1], stats);
    // Standing alone in the body font is enough only outside a list: "3. Has agreed" between "2." and "4." is an item.
    const inList = [lines[i - 1], lines[i + 1]].some((other) => other && other.page === line.page && BULLET.test(other.text));
    if (depth > 0 && (distinctFont || (before && after && !inList))) return Math.min(6, below + depth);
    // A short line in another face (bold, usually) that starts a block: "About the Centre".
    const startsBlock = before || (lines[i + 1] !== undefined && lines[i + 1].font !== line.font);
    if (distinctFont && startsBlock && looksLikeTitle(line.text, 10) && !DATE.test(line.text)) return Math.min(6, below + 1);
    return 0;
  });
}

/** Whether there is a paragraph-sized gap (or a page break) between two lines. */
export function gapBetween(upper: PdfLine | undefined, lower: PdfLine | undefined, stats: LineStats): boolean {
  if (!upper || !lower) return true;
  if (upper.page !== lower.page) return true;
  const scale = Math.max(1, upper.size / stats.bodySize, lower.size / stats.bodySize);
  return upper.y - lower.y > 1.4 * stats.lineHeight * scale;
}

// Distinct sizes, biggest first; sizes within 0.6 pt of each other share a rank.
function rankSizes(sizes: number[]): number[] {
  const ranks: number[] = [];
  for (const size of [...new Set(sizes)].sort((a, b) => b - a)) {
    if (ranks.length === 0 || ranks[ranks.length - 1] - size > 0.6) ranks.push(size);
  }
  return ranks.slice(0, 4);
}

function rankOf(ranks: number[], size: number): number {
  const index = ranks.findIndex((rank) => size >= rank - 0.6);
  return index < 0 ? ranks.length - 1 : index;
}
