/** Inline markers: `<!-- policy-gap: not-applicable coc.distrust -- reason -->` in a policy. */
import { lineStarts, positionOfOffset } from './blocks.js';
import type { Marker } from './types.js';

const OPEN = '<!--';
const CLOSE = '-->';
const PREFIX = /^\s*policy-gap\s*:\s*/i;

/** Finds every policy-gap comment in source text. Linear: indexOf, no backtracking regex. */
export function scanMarkers(source: string, starts: number[] = lineStarts(source)): Marker[] {
  const markers: Marker[] = [];
  let from = 0;
  for (;;) {
    const open = source.indexOf(OPEN, from);
    if (open < 0) break;
    const close = source.indexOf(CLOSE, open + OPEN.length);
    if (close < 0) break;
    const body = source.slice(open + OPEN.length, close);
    from = close + CLOSE.length;
    if (!PREFIX.test(body)) continue;
    const position = positionOfOffset(starts, open);
    const parsed = parseMarker(body.replace(PREFIX, ''));
    markers.push(typeof parsed === 'string' ? { kind: 'invalid', problem: parsed, position } : { ...parsed, position });
  }
  return markers;
}

// "not-applicable coc.distrust -- reason" -> marker fields, or a message saying what is wrong.
function parseMarker(text: string): { kind: 'not-applicable'; element: string; reason: string } | string {
  const [head, ...rest] = text.split(/\s--\s|\s—\s/);
  const words = (head ?? '').trim().split(/\s+/);
  const kind = (words[0] ?? '').toLowerCase();
  if (kind !== 'not-applicable') {
    return `unknown policy-gap marker "${kind}", expected "not-applicable ELEMENT -- reason"`;
  }
  const element = words[1] ?? '';
  if (!element) return 'a not-applicable marker must name an element, e.g. "not-applicable coc.distrust -- reason"';
  return { kind: 'not-applicable', element, reason: rest.join(' -- ').trim() };
}
