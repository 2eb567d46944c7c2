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
    // French compares words without accents, so prefix terms meet accented and bare spellings.
    const word = language === 'fr' ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
    const start = match.index ?? 0;
    tokens.push({ word, stem: stemWord(word, language), start, end: start + match[0].length });
  }
  return tokens;
}

// French elision: "l'organisme" is matched as "organisme"; English keeps "don't" whole.
function stemWord(word: string, language: Language): string {
  if (language === 'fr') {
    const elided = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(.+)$/.exec(word);
    return stem(elided ? elided[1] : word, 'fr');
  }
  return word.includes("'") ? word : stem(word, 'en');
}
