/** Rubric terms -> stemmed word sequences for one language. */
import { stem, type Language } from './stem.js';
import { tokenize } from './tokens.js';

/** A term compiled to word stems; `prefix` words (written with a trailing `*`) match by start. */
export interface Term {
  text: string;
  words: { stem: string; prefix: boolean }[];
}

export function compileTerm(text: string, language: Language): Term {
  const words: Term['words'] = [];
  for (const piece of text.trim().split(/\s+/)) {
    const prefix = piece.endsWith('*');
    const tokens = tokenize(prefix ? piece.slice(0, -1) : piece, language);
    tokens.forEach((token, index) => {
      const isPrefix = prefix && index === tokens.length - 1;
      words.push({ stem: isPrefix ? prefixForm(token.word, language) : token.stem, prefix: isPrefix });
    });
  }
  return { text, words };
}

// Prefixes match the lower-cased word as written; French ignores accents there too.
function prefixForm(word: string, language: Language): string {
  return language === 'fr' ? word.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : word;
}

export { stem };
