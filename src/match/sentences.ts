/**
 * Splits block text into sentences, keeping offsets. A scan rather than Intl.Segmenter: ICU
 * splits after "Mr." and list numbers ("1.") and was quadratic on long text (268 s for 3 MB here).
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

// Words that end in a period without ending the sentence (lower-cased, without the period).
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'cf', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'p', 'pp', 's', 'ss',
  'art', 'arts', 'sec', 'secs', 'para', 'paras', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'approx', 'dept',
  'govt', 'u.s', 'u.k', 'fig', 'ch', 'vol', 'ed', 'eds', 'est', 'min', 'max', 'ref', 'tel', 'ext', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd', 'rd',
  'mme', 'mlle', 'm', 'ex', 'p.ex', 'c.-à-d', 'cf', 'al', 'viz', 'a.m', 'p.m', 'ca', 'r.s.c', 's.c',
]);

/** Sentences of `text`, as [start, end) offsets with surrounding white space trimmed. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '\u2026') continue;
    let end = i + 1;
    while (end < text.length && /[.!?"'\u2019\u201d)\]]/.test(text[end])) end++;
    // Skip the whole run of punctuation at once, so "....." is scanned once, not from every dot.
    if (end < text.length && !/\s/.test(text[end])) {
      i = end - 1;
      continue;
    }
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    if (ch === '.' && !endsSentence(text, start, i, next)) continue;
    push(spans, text, start, end);
    start = next;
    i = next - 1;
  }
  push(spans, text, start, text.length);
  return spans;
}

function endsSentence(text: string, sentenceStart: number, period: number, next: number): boolean {
  const wordStart = lastWordStart(text, period);
  const word = text.slice(wordStart, period).toLowerCase();
  // A list number at the start of the sentence ("1. Scope", "a) ...") is not a sentence.
  if (wordStart === sentenceStart && /^([0-9]{1,3}|[a-z]|[ivx]{1,4})$/.test(word)) return false;
  if (ABBREVIATIONS.has(word)) {
    // "etc." and similar can still end a sentence when a capitalised word follows a long one.
    return word === 'etc' && /[A-Z]/.test(text[next] ?? '');
  }
  // Initials ("J. Smith") and dotted acronyms ("U.N.") do not end sentences.
  if (/^[a-z]$/i.test(word) && /[A-Z]/.test(text[wordStart] ?? '')) return false;
  if (/^([a-z]\.)+[a-z]$/i.test(word)) return false;
  // Decimal numbers and section references never reach here (no space after the period).
  const following = text[next] ?? '';
  return !/[a-z]/.test(following);
}

function lastWordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && /[^\s(["'\u201c]/.test(text[i - 1])) i--;
  return i;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function push(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  if (e > start) spans.push({ start, end: e });
}
