/**
 * Linear-time phrase matching over stemmed tokens: phrases are indexed by their first word,
 * so a sentence is scanned once and each candidate is checked word by word. No regular
 * expressions from rubric data ever run, so no input can make matching backtrack.
 */
import type { Term } from './terms.js';
import type { Token } from './tokens.js';

export interface PhraseHit<T> {
  payload: T;
  term: Term;
  /** Token index range [first, last]. */
  first: number;
  last: number;
}

interface Entry<T> {
  term: Term;
  payload: T;
}

export class PhraseIndex<T> {
  private readonly byStem = new Map<string, Entry<T>[]>();
  // Prefix terms ("confidential*") are keyed by their first three letters.
  private readonly byPrefix = new Map<string, Entry<T>[]>();

  add(term: Term, payload: T): void {
    const first = term.words[0];
    if (!first) return;
    const map = first.prefix ? this.byPrefix : this.byStem;
    const key = first.prefix ? first.stem.slice(0, 3) : first.stem;
    const list = map.get(key);
    if (list) list.push({ term, payload });
    else map.set(key, [{ term, payload }]);
  }

  /** Every occurrence of every phrase in the tokens. */
  scan(tokens: Token[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const exact = this.byStem.get(token.stem);
      if (exact) for (const entry of exact) this.check(tokens, i, entry, hits);
      if (this.byPrefix.size > 0) {
        const loose = this.byPrefix.get(token.word.slice(0, 3));
        if (loose) for (const entry of loose) this.check(tokens, i, entry, hits);
      }
    }
    return hits;
  }

  private check(tokens: Token[], at: number, entry: Entry<T>, hits: PhraseHit<T>[]): void {
    const { words } = entry.term;
    if (at + words.length > tokens.length) return;
    for (let k = 0; k < words.length; k++) {
      if (!wordMatches(tokens[at + k], words[k])) return;
    }
    hits.push({ payload: entry.payload, term: entry.term, first: at, last: at + words.length - 1 });
  }
}

function wordMatches(token: Token, word: Term['words'][number]): boolean {
  return word.prefix ? token.word.startsWith(word.stem) : token.stem === word.stem;
}
