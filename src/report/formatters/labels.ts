// Status words and the summary sentence, in the report languages (en, fr); the words live in messages.ts.
import { languageName, t, type MessageKey } from '../messages.js';
import type { FormatOptions, SetSummary, Status } from '../types.js';

type Lang = FormatOptions['lang'];

/** The word for a status, lower case ("not applicable", "manquant"). */
export function statusWord(status: Status, lang: Lang = 'en'): string {
  return t(lang, `status.${status}` as MessageKey);
}

/** The word for a status with a capital first letter ("Missing"). */
export function statusTitle(status: Status, lang: Lang = 'en'): string {
  return capitalize(statusWord(status, lang));
}

/** The counted form, capitalized, for table headers ("Covered", "Couverts"). */
export function statusHeader(status: Status, lang: Lang = 'en'): string {
  return capitalize(t(lang, `statusMany.${status}` as MessageKey));
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Rounded score as people read it: "39/100". */
export function scoreText(score: number): string {
  return `${Math.round(score)}/100`;
}

/** "3 covered", "1 couvert", "0 couvert", "3 couverts". */
export function countText(count: number, status: Status, lang: Lang = 'en'): string {
  const one = count === 1 || (lang === 'fr' && count === 0);
  return `${count} ${t(lang, `${one ? 'status' : 'statusMany'}.${status}` as MessageKey)}`;
}

/** "12 covered, 5 weak, 20 missing, 0 not applicable — score 39/100". */
export function summaryLine(summary: SetSummary, lang: Lang = 'en'): string {
  const counts = [
    countText(summary.covered, 'covered', lang),
    countText(summary.weak, 'weak', lang),
    countText(summary.missing, 'missing', lang),
    countText(summary.notApplicable, 'not-applicable', lang),
  ];
  return t(lang, 'summary.line', { counts: counts.join(', '), score: scoreText(summary.score) });
}

/** "policies/a.md (English)": a file with its detected document language. */
export function fileWithLanguage(file: { path: string; language?: string }, lang: Lang = 'en'): string {
  return `${file.path} (${languageName(lang, file.language)})`;
}
