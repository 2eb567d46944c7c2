/** Helpers for building blocks whose text keeps a map back to source positions. */
import type { Block, BlockKind, Piece, Position } from './types.js';

/** Accumulates text for one block, recording where each run came from. */
export class BlockBuilder {
  private text = '';
  private readonly pieces: Piece[] = [];

  /** Appends a run that sits on one source line starting at `start`. */
  add(run: string, start: Position): void {
    if (run.length === 0) return;
    this.pieces.push({ at: this.text.length, start });
    this.text += run;
  }

  /** Appends separator text (a space between lines) that maps to the previous run. */
  gap(separator = ' '): void {
    if (this.text.length > 0 && !this.text.endsWith(separator)) this.text += separator;
  }

  /** Drops a trailing hyphen when the next line continues the word ("confiden-" + "tiality"). */
  joinHyphenated(nextLine: string): boolean {
    if (/[a-z]-$/.test(this.text) && /^[a-z]/.test(nextLine)) {
      this.text = this.text.slice(0, -1);
      return true;
    }
    return false;
  }

  get length(): number {
    return this.text.length;
  }

  build(kind: BlockKind, headingPath: string[], leadIn?: string): Block | undefined {
    const { text, pieces } = trimBlock(this.text, this.pieces);
    if (text.length === 0) return undefined;
    const block: Block = { kind, text, pieces, headingPath };
    if (leadIn) block.leadIn = leadIn;
    return block;
  }
}

// Trim surrounding white space without losing the mapping of what remains.
function trimBlock(text: string, all: Piece[]): { text: string; pieces: Piece[] } {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  // Runs that were only trailing white space map nothing any more: drop them (keep the first piece).
  const pieces = all.filter((piece, i) => i === 0 || piece.at - lead < trimmed.length);
  if (lead === 0) return { text: trimmed, pieces };
  const shifted: Piece[] = [];
  for (const piece of pieces) {
    const at = piece.at - lead;
    if (at >= 0) shifted.push({ at, start: piece.start });
    else shifted.push({ at: 0, start: advance(piece.start, -at) });
  }
  // Keep only the last piece that starts at or before 0.
  while (shifted.length > 1 && shifted[1].at <= 0) shifted.shift();
  return { text: trimmed, pieces: shifted };
}

/** Moves a position `count` characters along its line. */
export function advance(position: Position, count: number): Position {
  return { ...position, column: position.column + count, offset: position.offset + count };
}

/** The source position of character `index` of a block's text. */
export function positionAt(block: Block, index: number): Position {
  const { pieces } = block;
  let low = 0;
  let high = pieces.length - 1;
  // Binary search: the last piece with at <= index.
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pieces[mid].at <= index) low = mid;
    else high = mid - 1;
  }
  const piece = pieces[low];
  if (!piece) return { line: 1, column: 1, offset: 0 };
  return advance(piece.start, Math.max(0, index - piece.at));
}

/** Line starts of a text, for turning offsets into line/column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** Offset -> 1-based line/column, by binary search over line starts. */
export function positionOfOffset(starts: number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low] + 1, offset };
}
