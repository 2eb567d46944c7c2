/**
 * Linear-time phrase matching over stemmed tokens: phrases are indexed by their first word
 * (and their second), so a sentence is scanned once and each candidate is checked word by word. No regular
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

// One entry per distinct phrase: the same words listed by many groups are checked once per
// position and report every payload.
interface Entry<T> {
  term: Term;
  payloads: T[];
}

// Phrases that start with the same word ("not ...": dozens) are split again by their second word,
// so a token only tries the phrases its next token can continue.
interface Bucket<T> {
  /** One-word phrases, and phrases whose second word is a prefix ("not disclos*"). */
  loose: Entry<T>[];
  bySecond: Map<string, Entry<T>[]>;
}

interface Start<T> {
  stem: string;
  bucket: Bucket<T> | undefined;
  prefixes: Entry<T>[];
}

const NONE: never[] = [];

type Visit<T> = (payload: T, first: number, last: number, term: Term) => void;

/** [term key, payloads] per distinct phrase. */
export type IndexPlan<T> = [string, T[]][];

export class PhraseIndex<T> {
  private readonly byStem = new Map<string, Bucket<T>>();
  // Prefix terms ("confidential*") are keyed by their first three letters.
  private readonly byPrefix = new Map<string, Entry<T>[]>();
  private readonly byText = new Map<string, Entry<T>>();
  // Per word seen in text, everything a phrase starting there could be: its stem's bucket and the
  // prefix phrases it starts (one lookup per token; a policy's vocabulary is small).
  private readonly starts = new Map<string, Start<T>>();
  // A plan's rows not yet inserted, by first stem and by a prefix term's first three letters: a
  // cold check builds only the buckets its document's words reach (a few thousand of ~13,000 rows).
  private readonly pendingStem = new Map<string, IndexPlan<T>>();
  private readonly pendingPrefix = new Map<string, IndexPlan<T>>();

  add(term: Term, payload: T): void {
    if (!term.words[0]) return;
    this.materializeAll();
    const known = this.byText.get(term.key);
    if (known) {
      known.payloads.push(payload);
      return;
    }
    this.insert({ term, payloads: [payload] });
  }

  /** The index as data (one row per distinct phrase, in the order added), for the build's rubric cache. */
  toPlan(): IndexPlan<T> {
    this.materializeAll();
    return [...this.byText.values()].map(({ term, payloads }) => [term.key, payloads]);
  }

  /**
   * Rebuilds an index from toPlan()'s rows: no stemming, one insert per distinct phrase. A term's
   * key spells its words ("stem stem*"; stems hold no spaces or stars) and stands in for its text.
   */
  static fromPlan<T>(plan: IndexPlan<T>): PhraseIndex<T> {
    const index = new PhraseIndex<T>();
    for (let r = 0; r < plan.length; r++) {
      const key = plan[r][0];
      const space = key.indexOf(' ');
      const first = space < 0 ? key : key.slice(0, space);
      // No destructuring here: unoptimized, it allocates an iterator per row.
      const prefix = first.endsWith('*');
      const pending = prefix ? index.pendingPrefix : index.pendingStem;
      const at = prefix ? first.slice(0, -1).slice(0, 3) : first;
      const rows = pending.get(at);
      if (rows) rows.push(plan[r]);
      else pending.set(at, [plan[r]]);
    }
    return index;
  }

  // Rows of one pending key, inserted in plan order (so each bucket lists its phrases as an
  // eager build would). The starts cache stays valid: a word's start is only computed after
  // the rows its stem and its first three letters reach have been inserted.
  private materialize(pending: Map<string, IndexPlan<T>>, at: string): void {
    const rows = pending.get(at);
    if (!rows) return;
    pending.delete(at);
    for (const [key, payloads] of rows) {
      const words = key.split(' ').map((w) => (w.endsWith('*') ? { stem: w.slice(0, -1), prefix: true } : { stem: w, prefix: false }));
      this.insert({ term: { text: key, key, words }, payloads }, false);
    }
  }

  private materializeAll(): void {
    for (const at of [...this.pendingStem.keys()]) this.materialize(this.pendingStem, at);
    for (const at of [...this.pendingPrefix.keys()]) this.materialize(this.pendingPrefix, at);
  }

  private insert(entry: Entry<T>, clearStarts = true): void {
    const { term } = entry;
    const [first, second] = term.words;
    this.byText.set(term.key, entry);
    if (clearStarts) this.starts.clear();
    if (first.prefix) {
      const at = first.stem.slice(0, 3);
      const list = this.byPrefix.get(at);
      if (list) list.push(entry);
      else this.byPrefix.set(at, [entry]);
      return;
    }
    let bucket = this.byStem.get(first.stem);
    if (!bucket) this.byStem.set(first.stem, (bucket = { loose: [], bySecond: new Map() }));
    if (!second || second.prefix) bucket.loose.push(entry);
    else {
      const list = bucket.bySecond.get(second.stem);
      if (list) list.push(entry);
      else bucket.bySecond.set(second.stem, [entry]);
    }
  }

  /** Every occurrence of every phrase in the tokens. */
  scan(tokens: Token[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    this.each(tokens, (payload, first, last, term) => hits.push({ payload, term, first, last }));
    return hits;
  }

  /**
   * The same occurrences as scan(), handed to `visit` without building hit objects (the hot path).
   * Indexed loops, not for-of: a single check runs this before V8 optimizes it, and unoptimized
   * for-of allocates an iterator and a result object per step (megabytes per document).
   */
  each(tokens: Token[], visit: Visit<T>): void {
    for (let i = 0; i < tokens.length; i++) {
      const start = this.startOf(tokens[i]);
      const { bucket } = start;
      if (bucket) {
        const { loose } = bucket;
        for (let e = 0; e < loose.length; e++) this.check(tokens, i, loose[e], visit);
        const next = tokens[i + 1];
        const longer = next && bucket.bySecond.get(next.stem);
        if (longer) for (let e = 0; e < longer.length; e++) this.check(tokens, i, longer[e], visit);
      }
      const { prefixes } = start;
      for (let e = 0; e < prefixes.length; e++) this.check(tokens, i, prefixes[e], visit);
    }
  }

  private startOf(token: Token): Start<T> {
    const known = this.starts.get(token.word);
    if (known && known.stem === token.stem) return known;
    const word = token.word;
    if (this.pendingStem.size > 0) this.materialize(this.pendingStem, token.stem);
    if (this.pendingPrefix.size > 0) this.materialize(this.pendingPrefix, word.slice(0, 3));
    const prefixes = this.byPrefix.size === 0 ? NONE : (this.byPrefix.get(word.slice(0, 3)) ?? NONE).filter((e) => word.startsWith(e.term.words[0].stem));
    const start: Start<T> = { stem: token.stem, bucket: this.byStem.get(token.stem), prefixes: prefixes as Entry<T>[] };
    // Bounded like the stem cache: hostile text must not grow it forever.
    if (this.starts.size >= 100_000) this.starts.clear();
    this.starts.set(word, start);
    return start;
  }

  private check(tokens: Token[], at: number, entry: Entry<T>, visit: Visit<T>): void {
    const { words } = entry.term;
    if (at + words.length > tokens.length) return;
    for (let k = 0; k < words.length; k++) {
      const token = tokens[at + k];
      // A phrase is contiguous words: "errors and omissions" is not found in "error, omission".
      if (!wordMatches(token, words[k]) || (k > 0 && token.pause)) return;
    }
    const last = at + words.length - 1;
    const { payloads } = entry;
    for (let p = 0; p < payloads.length; p++) visit(payloads[p], at, last, entry.term);
  }
}

function wordMatches(token: Token, word: Term['words'][number]): boolean {
  return word.prefix ? token.word.startsWith(word.stem) : token.stem === word.stem;
}
