/** Text -> word tokens with offsets, lower-cased, stemmed; no element knowledge. */
import { stem, type Language } from './stem.js';

export interface Token {
  /** Lower-cased word as written (curly apostrophes made straight). */
  word: string;
  stem: string;
  start: number;
  end: number;
  /** Clause punctuation (comma, semicolon, colon, bracket, dash) stands between this token and the one before. */
  pause: boolean;
}

// Punctuation that separates clauses: a phrase never runs across it, and a negation's scope ends there.
const PAUSE = /[,;:()[\]\u2013\u2014]/;

// Letters and digits, with inner apostrophes kept so "don't" and "l'organisme" stay whole words.
const WORD = /[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu;

export function tokenize(text: string, language: Language = 'en'): Token[] {
  const tokens: Token[] = [];
  const words = WORDS[language];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const pause = tokens.length > 0 && pauseBetween(text, tokens[tokens.length - 1].end, start);
    let known = words.get(raw);
    if (known === undefined) {
      known = readWord(raw, language);
      if (words.size >= WORD_CACHE_LIMIT) words.clear();
      words.set(raw, known);
    }
    // Every token has the same fields, so the code that reads tokens sees one object shape.
    const first: Token = { word: known[0].word, stem: known[0].stem, start, end, pause };
    tokens.push(first);
    if (known.length === 2) {
      // An elided French word: "n'avons" -> "n" (up to the apostrophe) + "avons".
      first.end = start + known[0].word.length + 1;
      tokens.push({ word: known[1].word, stem: known[1].stem, start: first.end, end, pause: false });
    }
  }
  return tokens;
}

// Most words are parted by one space: that gap is read without cutting a substring for the pattern.
function pauseBetween(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 32) return false;
  return to > from && PAUSE.test(text.slice(from, to));
}

type WordForm = { word: string; stem: string };

// Policies reuse a few thousand words, so each spelling is lower-cased, split and stemmed once
// (per thread); capped like the stem cache so hostile input cannot grow it forever.
const WORDS: Record<Language, Map<string, WordForm[]>> = { en: new Map(), fr: new Map() };
const WORD_CACHE_LIMIT = 200_000;

function readWord(raw: string, language: Language): WordForm[] {
  const lower = raw.toLowerCase().replace(/\u2019/g, "'");
  if (language === 'fr') {
    // French compares words without accents, so prefix terms meet accented and bare spellings.
    const word = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    // French elision: "n'avons" is two words, "n" (a negation cue) and "avons", so prefix
    // terms ("assur*") meet "d'assurance" and the negation "n'" can be listed in the lexicon.
    const elided = ELISION.exec(word);
    if (elided) return [{ word: elided[1], stem: elided[1] }, { word: elided[2], stem: stem(elided[2], 'fr') }];
    return [{ word, stem: stem(word, 'fr') }];
  }
  // English keeps words with an inner apostrophe whole ("don't", "client's").
  return [{ word: lower, stem: lower.includes("'") ? lower : stem(lower, 'en') }];
}

const ELISION = /^(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(.+)$/;
