/** Puts exact HTML-source positions back on mdast text nodes that rehype-remark rewrote. */
import type { Nodes, Parents, Root, Text } from 'mdast';
import { positionOfOffset } from '../blocks.js';

/*
 * rehype-remark keeps each text node's source span but collapses its white space and decodes its
 * entities, so "act with\n   integrity &amp; honesty" arrives as one value with one start. We align
 * the value against the source span and split it into runs that each sit on one source line with
 * no gaps, so every character of a block maps to its real line and column.
 */
export function alignToSource(tree: Root, source: string, starts: number[]): void {
  const state = { last: 0 };
  visit(tree, source, starts, state);
}

function visit(parent: Parents, source: string, starts: number[], state: { last: number }): void {
  const out: Nodes[] = [];
  for (const child of parent.children as Nodes[]) {
    if (child.type === 'text') out.push(...splitText(child, source, starts, state));
    else {
      if ('children' in child) visit(child, source, starts, state);
      out.push(child);
    }
  }
  (parent as { children: Nodes[] }).children = out;
}

function splitText(node: Text, source: string, starts: number[], state: { last: number }): Text[] {
  const value = node.value.replace(/\n/g, ' ');
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  // Text that rehype-remark made up (quotes around <q>) has no span: pin it to the text before it.
  if (from === undefined || to === undefined || to <= from) return [textAt(value, state.last, starts)];
  const offsets = alignOffsets(value, source, from, to);
  const runs: Text[] = [];
  let runStart = 0;
  for (let i = 1; i <= value.length; i++) {
    const broken = i === value.length || offsets[i] !== offsets[i - 1] + 1 || source.charCodeAt(offsets[i - 1]) === 10;
    if (!broken) continue;
    runs.push(textAt(value.slice(runStart, i), offsets[runStart], starts));
    runStart = i;
  }
  state.last = to;
  return runs.length > 0 ? runs : [textAt(value, from, starts)];
}

function textAt(value: string, offset: number, starts: number[]): Text {
  const start = positionOfOffset(starts, offset);
  return { type: 'text', value, position: { start, end: start } };
}

const LT = 60;
const AMP = 38;
// Character references as HTML allows them; the legacy names may omit the semicolon.
const ENTITY = /&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};|(?:amp|lt|gt|quot|nbsp|copy|reg)(?![A-Za-z0-9=]))/y;

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

/** For each character of `value`, the source offset it came from, within [from, to). */
function alignOffsets(value: string, source: string, from: number, to: number): Int32Array {
  const offsets = new Int32Array(value.length);
  let si = from;
  for (let vi = 0; vi < value.length; vi++) {
    const c = value.charCodeAt(vi);
    // Skip what the value no longer has: markup (an inline-code span covers its tags) and collapsed white space.
    while (si < to) {
      const s = source.charCodeAt(si);
      if (s === LT && c !== LT) {
        const close = source.indexOf('>', si);
        if (close < 0 || close >= to) break;
        si = close + 1;
      } else if (isSpace(s) && !isSpace(c)) si++;
      else break;
    }
    offsets[vi] = Math.min(si, to - 1);
    if (si >= to) continue;
    const s = source.charCodeAt(si);
    if (isSpace(c)) {
      // One space stands for a whole run of source white space, or for none (a space rehype-remark added).
      while (si < to && isSpace(source.charCodeAt(si))) si++;
      continue;
    }
    if (s === AMP) {
      ENTITY.lastIndex = si;
      const entity = ENTITY.exec(source);
      // An unknown name ("&foo;") stays literal in the value; only a decoded reference is skipped whole.
      if (entity && !value.startsWith(entity[0], vi)) {
        si += entity[0].length;
        // A reference to an astral character decodes to two UTF-16 units; keep the pair in one run.
        if (c >= 0xd800 && c <= 0xdbff && vi + 1 < value.length) {
          offsets[vi + 1] = offsets[vi] + 1;
          vi++;
        }
        continue;
      }
    }
    // Same character, or an unexpected one: either way the value and source advance together.
    si++;
  }
  return offsets;
}
