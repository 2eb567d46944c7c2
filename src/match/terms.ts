/** Rubric terms -> stemmed word sequences for one language. */
import { stem, type Language } from './stem.js';
import { tokenize } from './tokens.js';

/** A term compiled to word stems; `prefix` words (written with a trailing `*`) match by start. */
export interface Term {
  text: string;
  words: { stem: string; prefix: boolean }[];
  /** The words as one string ("stem stem*"): terms with the same key match the same tokens. */
  key: string;
}

function makeTerm(text: string, words: Term['words']): Term {
  return { text, words, key: words.map((w) => (w.prefix ? `${w.stem}*` : w.stem)).join(' ') };
}

// A term compiles the same way every time, so compiled terms are kept per language. The build
// stores the shipped rubrics' terms (see rubric/cache.ts), which spares a single-file check the
// ~40 ms of tokenizing and stemming thousands of rubric phrases at start-up.
const compiled: Record<Language, Map<string, Term>> = { en: new Map(), fr: new Map() };
// Terms compiled by the build, turned into Term objects only when a run asks for them.
const seeded: Record<Language, CompiledTerms[]> = { en: [], fr: [] };

export function compileTerm(text: string, language: Language): Term {
  const known = compiled[language].get(text);
  if (known) return known;
  for (const source of seeded[language]) {
    const words = source[text];
    if (words) {
      const term = makeTerm(text, words.map(([s, p]) => ({ stem: s, prefix: p === 1 })));
      compiled[language].set(text, term);
      return term;
    }
  }
  const words: Term['words'] = [];
  for (const piece of text.trim().split(/\s+/)) {
    const prefix = piece.endsWith('*');
    const tokens = tokenize(prefix ? piece.slice(0, -1) : piece, language);
    tokens.forEach((token, index) => {
      const isPrefix = prefix && index === tokens.length - 1;
      words.push({ stem: isPrefix ? prefixForm(token.word, language) : token.stem, prefix: isPrefix });
    });
  }
  const term = makeTerm(text, words);
  compiled[language].set(text, term);
  return term;
}

/** Compiled words per term text, as the build stores them: `[stem, 1 if prefix]` per word. */
export type CompiledTerms = Record<string, [string, 0 | 1][]>;

/** Every term compiled so far in `language`, and every seeded one. */
export function exportTerms(language: Language): CompiledTerms {
  const out: CompiledTerms = Object.assign({}, ...seeded[language]);
  for (const [text, term] of compiled[language]) out[text] = term.words.map((w) => [w.stem, w.prefix ? 1 : 0]);
  return out;
}

/** Adds terms compiled earlier (by the build, with the same stemmer) so they are not compiled again. */
export function seedTerms(language: Language, terms: CompiledTerms): void {
  seeded[language].push(terms);
}

/** Forgets every compiled term (the build does, so each cached rubric stores only its own). */
export function clearTerms(): void {
  compiled.en.clear();
  compiled.fr.clear();
  seeded.en.length = 0;
  seeded.fr.length = 0;
}

// Prefixes match the lower-cased word as written; French ignores accents there too.
function prefixForm(word: string, language: Language): string {
  return language === 'fr' ? word.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : word;
}

export { stem };
