// Status words and the summary sentence, in the report languages (en, fr).
import type { FormatOptions, SetSummary, Status } from '../types.js';

type Lang = FormatOptions['lang'];

const STATUS_WORDS: Record<Lang, Record<Status, string>> = {
  en: { covered: 'covered', weak: 'weak', missing: 'missing', 'not-applicable': 'not applicable' },
  fr: { covered: 'couvert', weak: 'faible', missing: 'manquant', 'not-applicable': 'sans objet' },
};

// Counted forms ("3 couverts"); English adjectives do not change.
const COUNTED_WORDS: Record<Lang, Record<Status, string>> = {
  en: STATUS_WORDS.en,
  fr: { covered: 'couverts', weak: 'faibles', missing: 'manquants', 'not-applicable': 'sans objet' },
};

/** The word for a status, lower case ("not applicable"). */
export function statusWord(status: Status, lang: Lang = 'en'): string {
  return (STATUS_WORDS[lang] ?? STATUS_WORDS.en)[status];
}

/** The word for a status with a capital first letter ("Missing"). */
export function statusTitle(status: Status, lang: Lang = 'en'): string {
  const word = statusWord(status, lang);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Rounded score as people read it: "39/100". */
export function scoreText(score: number): string {
  return `${Math.round(score)}/100`;
}

/** "3 covered", "1 couvert", "3 couverts". */
export function countText(count: number, status: Status, lang: Lang = 'en'): string {
  const words = count === 1 || (lang === 'fr' && count === 0) ? STATUS_WORDS : COUNTED_WORDS;
  return `${count} ${(words[lang] ?? words.en)[status]}`;
}

/** "12 covered, 5 weak, 20 missing, 0 not applicable — score 39/100". */
export function summaryLine(summary: SetSummary, lang: Lang = 'en'): string {
  const counts = [
    countText(summary.covered, 'covered', lang),
    countText(summary.weak, 'weak', lang),
    countText(summary.missing, 'missing', lang),
    countText(summary.notApplicable, 'not-applicable', lang),
  ];
  return `${counts.join(', ')} — score ${scoreText(summary.score)}`;
}
