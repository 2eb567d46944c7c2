/** PDF lines -> blocks: headings, paragraphs joined across wrapped lines, and list items. */
import { BlockBuilder } from '../blocks.js';
import type { Block, Position } from '../types.js';
import { BULLET, gapBetween, headingLevels, lineStats, type LineStats } from './pdf-headings.js';
import type { PdfLine } from './pdf-lines.js';

const SENTENCE_END = /[.!?:;]["'’”)\]]?$/;
const LEAD_IN = /[:\u2013\u2014-]\s*$/;

interface State {
  blocks: Block[];
  headings: { level: number; text: string }[];
  builder?: BlockBuilder;
  kind: 'heading' | 'paragraph' | 'list-item';
  level: number;
  leadIn?: string;
  previous?: PdfLine;
}

export function linesToBlocks(lines: PdfLine[]): Block[] {
  const stats = lineStats(lines);
  const levels = headingLevels(lines, stats);
  const margins = pageMargins(lines);
  const state: State = { blocks: [], headings: [], kind: 'paragraph', level: 0 };
  lines.forEach((line, i) => {
    const level = levels[i];
    const previous = state.previous;
    state.previous = line;
    if (level > 0) {
      // A heading set on two lines: same level, close together.
      const wrapped = state.kind === 'heading' && state.level === level && previous && previous.page === line.page && previous.y - line.y <= 1.5 * line.size;
      if (!wrapped) start(state, 'heading', level);
      append(state, line, 0);
      return;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet && bullet[0].length < line.text.length && startsItem(bullet[1], previous, line, state, stats)) {
      start(state, 'list-item', 0);
      append(state, line, bullet[0].length);
      return;
    }
    if (!state.builder || state.kind === 'heading' || !previous || breaksBefore(previous, line, state.kind, stats, margins)) {
      start(state, 'paragraph', 0);
    }
    append(state, line, 0);
  });
  flush(state);
  return state.blocks;
}

/**
 * A bullet glyph always starts an item. A number or letter does only where a sentence or clause could
 * end, so a wrapped line starting "(7) days, prior to the meeting" continues its sentence.
 */
function startsItem(marker: string | undefined, previous: PdfLine | undefined, line: PdfLine, state: State, stats: LineStats): boolean {
  // Group 1 of BULLET is a number or letter; a glyph leaves it empty.
  if (marker === undefined || marker === 'o') return true;
  if (!previous || !state.builder || state.kind === 'heading') return true;
  return previous.page !== line.page || SENTENCE_END.test(previous.text) || /,$/.test(previous.text) || gapBetween(previous, line, stats);
}

/** Whether `line` starts a new paragraph rather than continuing the one `previous` belongs to. */
function breaksBefore(previous: PdfLine, line: PdfLine, kind: State['kind'], stats: LineStats, margins: Map<number, { left: number; right: number }>): boolean {
  if (previous.page !== line.page) {
    // A sentence that runs on to the next page continues there in lower case.
    return SENTENCE_END.test(previous.text) || !/^[a-z]/.test(line.text);
  }
  if (previous.y <= line.y) return true; // moved up: a new column or a text box
  if (gapBetween(previous, line, stats)) return true;
  if (Math.abs(previous.size - line.size) > 0.15 * stats.bodySize) return true;
  // First-line indent marks a new paragraph (list items continue at any indent).
  if (kind === 'paragraph' && line.x > previous.x + 1.5 * line.size) return true;
  // A sentence ending well short of the right margin ends its paragraph.
  const margin = margins.get(line.page);
  return !!margin && SENTENCE_END.test(previous.text) && previous.right < margin.left + 0.8 * (margin.right - margin.left);
}

function start(state: State, kind: State['kind'], level: number): void {
  flush(state);
  state.builder = new BlockBuilder();
  state.kind = kind;
  state.level = level;
}

function append(state: State, line: PdfLine, skip: number): void {
  const builder = state.builder ?? (state.builder = new BlockBuilder());
  const run = line.text.slice(skip);
  if (builder.length > 0 && !builder.joinHyphenated(run)) builder.gap();
  const start: Position = { line: line.line, column: skip + 1, offset: line.offset + skip, page: line.page };
  builder.add(run, start);
}

function flush(state: State): void {
  const { builder } = state;
  state.builder = undefined;
  if (!builder) return;
  if (state.kind === 'heading') {
    const draft = builder.build('heading', []);
    if (!draft) return;
    while (state.headings.length > 0 && state.headings[state.headings.length - 1].level >= state.level) state.headings.pop();
    state.headings.push({ level: state.level, text: draft.text });
    state.blocks.push({ ...draft, headingPath: state.headings.map((h) => h.text) });
    state.leadIn = undefined;
    return;
  }
  const path = state.headings.map((h) => h.text);
  const block = builder.build(state.kind, path, state.kind === 'list-item' ? state.leadIn : undefined);
  if (!block) return;
  state.blocks.push(block);
  // A paragraph ending in a colon introduces the list items that follow it.
  if (block.kind === 'paragraph') state.leadIn = LEAD_IN.test(block.text) ? block.text : undefined;
}

// Left and right edges of the text on each page, to tell a short closing line from a full one.
function pageMargins(lines: PdfLine[]): Map<number, { left: number; right: number }> {
  const margins = new Map<number, { left: number; right: number }>();
  for (const line of lines) {
    const margin = margins.get(line.page);
    if (!margin) margins.set(line.page, { left: line.x, right: line.right });
    else {
      margin.left = Math.min(margin.left, line.x);
      margin.right = Math.max(margin.right, line.right);
    }
  }
  return margins;
}
