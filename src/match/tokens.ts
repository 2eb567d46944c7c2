/** Text -> word tokens with offsets, lower-cased, stemmed; no element knowledge. */
import { stem, type Language } from './stem.js';

export interface Token {
  /** Lower-cased word as written (curly apostrophes made straight). */
  word: string;
  stem: string;
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes kept so "don't" and "l'organisme" stay whole words.
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

export function tokenize(text: string, language: Language = 'en'): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const lower = match[0].toLowerCase().replace(/\u2019/g, "'");
    const start = match.index ?? 0;
    if (language === 'fr') {
      // French compares words without accents, so prefix terms meet accented and bare spellings.
      const word = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      // French elision: "n'avons" is two words, "n" (a negation cue) and "avons", so prefix
      // terms ("assur*") meet "d'assurance" and the negation "n'" can be listed in the lexicon.
      const elided = ELISION.exec(word);
      if (elided) {
        const cut = start + elided[1].length + 1;
        tokens.push({ word: elided[1], stem: elided[1], start, end: cut });
        tokens.push({ word: elided[2], stem: stem(elided[2], 'fr'), start: cut, end: start + match[0].length });
      } else tokens.push({ word, stem: stem(word, 'fr'), start, end: start + match[0].length });
      continue;
    }
    // English keeps words with an inner apostrophe whole ("don't", "client's").
    tokens.push({ word: lower, stem: lower.includes("'") ? lower : stem(lower, 'en'), start, end: start + match[0].length });
  }
  return tokens;
}

const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(.+)$/;
