/**
 * Glob matching for --ignore and `ignore:` in the config, without regular expressions.
 *
 * The patterns come from the command line and from .policygap.yaml, which arrives with pull requests,
 * and the paths from the files of the pull request: a glob compiled to a backtracking regex (as
 * picomatch does) can take minutes on one file name ("*a*a*a*a*a*a*a*a*a*a*b" on 40 a's, or the
 * extglob "@(a+|a+)+c" on 20). Here `*`, `?`, `[...]` and `**` are matched by the classic
 * two-pointer wildcard algorithm, within a segment and then over segments: O(n x m) at worst.
 *
 * Supported: `*` (any run in a segment, dots included), `?`, `[abc]`, `[a-z]`, `[!a]`/`[^a]`, `**`
 * (any number of segments), `{a,b}` (expanded; at most 256 alternatives), `\` escapes, and a
 * leading `!` (negation). Extglobs such as `+(a|b)` are matched literally. A pattern is matched
 * against the whole path relative to the current folder, like picomatch without matchBase.
 */

const MAX_ALTERNATIVES = 256;
const MAX_PATTERN = 4096;

type Token = { kind: 'literal'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; ranges: [string, string][] };
type Segment = Token[] | 'globstar';

interface Compiled {
  negated: boolean;
  alternatives: Segment[][];
}

/** A matcher for any of `patterns`; an empty list matches nothing. */
export function globMatcher(patterns: string[]): (path: string) => boolean {
  const compiled = patterns.map(compile);
  return (path) => compiled.some((pattern) => matches(pattern, path));
}

function compile(pattern: string): Compiled {
  let source = pattern.slice(0, MAX_PATTERN);
  let negated = false;
  while (source.startsWith('!')) {
    negated = !negated;
    source = source.slice(1);
  }
  if (source.startsWith('./')) source = source.slice(2);
  return { negated, alternatives: expandBraces(source).map(segments) };
}

function matches(pattern: Compiled, path: string): boolean {
  // A trailing slash (a folder) is optional, as in picomatch.
  const forms = path.endsWith('/') ? [path, path.slice(0, -1)] : [path];
  const hit = forms.some((form) => {
    const parts = form.split('/');
    return pattern.alternatives.some((segs) => matchSegments(segs, parts));
  });
  return pattern.negated ? !hit : hit;
}

// {a,b}c -> [ac, bc], nested and repeated, stopping at MAX_ALTERNATIVES (the rest are dropped).
function expandBraces(pattern: string): string[] {
  const open = findUnescaped(pattern, '{', 0);
  if (open < 0) return [pattern];
  let depth = 0;
  let close = -1;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      break;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  // No closing brace, or no comma: the brace is literal.
  if (close < 0 || commas.length === 0) {
    const rest = expandBraces(pattern.slice(open + 1));
    return rest.map((tail) => `${pattern.slice(0, open)}\\{${tail}`).slice(0, MAX_ALTERNATIVES);
  }
  const bounds = [open, ...commas, close];
  const options = bounds.slice(0, -1).map((start, i) => pattern.slice(start + 1, bounds[i + 1]));
  const head = pattern.slice(0, open);
  const tails = expandBraces(pattern.slice(close + 1));
  const out: string[] = [];
  for (const option of options) {
    for (const middle of expandBraces(option)) {
      for (const tail of tails) {
        out.push(head + middle + tail);
        if (out.length >= MAX_ALTERNATIVES) return out;
      }
    }
  }
  return out;
}

function findUnescaped(text: string, char: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}

function segments(pattern: string): Segment[] {
  const out: Segment[] = [];
  for (const part of splitSegments(pattern)) {
    if (part === '**') {
      if (out[out.length - 1] !== 'globstar') out.push('globstar');
    } else out.push(tokens(part));
  }
  return out;
}

// Splits on unescaped slashes outside [...].
function splitSegments(pattern: string): string[] {
  const parts: string[] = [];
  let current = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && i + 1 < pattern.length) {
      current += c + pattern[++i];
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    if (c === '/' && !inClass) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

function tokens(segment: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) out.push({ kind: 'literal', char: segment[++i] });
    else if (c === '*') {
      if (out[out.length - 1]?.kind !== 'star') out.push({ kind: 'star' });
    } else if (c === '?') out.push({ kind: 'any' });
    else if (c === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) {
        out.push({ kind: 'literal', char: c });
        continue;
      }
      let body = segment.slice(i + 1, end);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([body[k], body[k + 2]]);
          k += 2;
        } else ranges.push([body[k], body[k]]);
      }
      out.push({ kind: 'class', negated, ranges });
      i = end;
    } else out.push({ kind: 'literal', char: c });
  }
  return out;
}

function tokenMatches(token: Token, char: string): boolean {
  switch (token.kind) {
    case 'literal':
      return token.char === char;
    case 'any':
      return true;
    case 'class': {
      const inside = token.ranges.some(([from, to]) => char >= from && char <= to);
      return inside !== token.negated;
    }
    default:
      return false;
  }
}

/**
 * Wildcard matching with two pointers and one backtrack point, O(n x m): `*` within a segment and
 * `**` across segments are the same algorithm, so it is written once.
 */
function wildcard<P, T>(pattern: P[], text: ArrayLike<T>, isStar: (p: P) => boolean, matches: (p: P, t: T) => boolean): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const token = pattern[p];
    if (token !== undefined && isStar(token)) {
      star = p++;
      resume = t;
    } else if (token !== undefined && matches(token, text[t])) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else return false;
  }
  while (p < pattern.length && isStar(pattern[p])) p++;
  return p === pattern.length;
}

/** One segment against one path segment. */
function matchSegment(pattern: Token[], text: string): boolean {
  return wildcard(pattern, text, (token) => token.kind === 'star', (token, ch) => tokenMatches(token, ch));
}

/** Segments against path parts, `**` playing the star. */
function matchSegments(pattern: Segment[], parts: string[]): boolean {
  return wildcard(pattern, parts, (segment) => segment === 'globstar', (segment, part) => segment !== 'globstar' && matchSegment(segment, part));
}
