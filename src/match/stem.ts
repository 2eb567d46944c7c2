/** Word stems per language, cached: Porter2 for English, Snowball for French. */
import { createRequire } from 'node:module';
import porter2 from 'wink-porter2-stemmer';

// Loaded on the first French word: ~100 ms of start-up that English-only runs never pay.
const require = createRequire(import.meta.url);

export type Language = 'en' | 'fr';

const caches: Record<Language, Map<string, string>> = { en: new Map(), fr: new Map() };
let french: ((word: string) => string) | undefined;

// The cache stays small (the vocabulary of policies is a few thousand words) and makes
// stemming nearly free after the first document; cap it so hostile input cannot grow it forever.
const CACHE_LIMIT = 200_000;

export function stem(word: string, language: Language = 'en'): string {
  // Porter2 is quadratic in word length; no real word is this long (base64 blobs are).
  if (word.length > 40) return word;
  const cache = caches[language];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = language === 'fr' ? frenchStem(word) : (ENGLISH_KEPT_APART.get(word) ?? porter2(word));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

// Porter2 gives some unrelated words of policy language one stem: "authority" and "authorize" (author),
// "information" and "informal" (inform), "international" and "internal" (intern), "integrity" and
// "integration" (integr), "minority" and "minor", "periodic" and "period", "officer" and "office",
// "publication" and "public", "mentoring" and "mentor". Each family below keeps a stem of its own, so a rule about client
// authorization is not read in "public authorities", nor one about minors in "minority groups".
const ENGLISH_KEPT_APART = new Map<string, string>(
  Object.entries({
    authority: ['authority', 'authorities'],
    information: ['information', 'informational'],
    informal: ['informal', 'informally', 'informality'],
    international: ['international', 'internationally'],
    integrity: ['integrity'],
    minority: ['minority', 'minorities'],
    periodic: ['periodic', 'periodical', 'periodically'],
    officer: ['officer', 'officers'],
    publication: ['publication', 'publications'],
    // The activity, not the person: "coaching or mentoring" names no mentor.
    mentoring: ['mentoring'],
    // "personal information" is not "any person"; "applicable law" is no application; a
    // consultant is not "consult a supervisor"; being responsible is not responding; event
    // organizers are not the organization; supporters (donors) are not support; a provider is a
    // party, not "we provide"; "collectively" collects nothing; "systemic" is not a system.
    personal: ['personal', 'personally'],
    applicable: ['applicable'],
    consultant: ['consultant', 'consultants'],
    responsib: ['responsible', 'responsibly', 'responsibility', 'responsibilities'],
    organizer: ['organizer', 'organizers', 'organiser', 'organisers'],
    supporter: ['supporter', 'supporters'],
    provider: ['provider', 'providers'],
    collective: ['collective', 'collectively'],
    systemic: ['systemic', 'systemically'],
    // A software developer is a person; "professional development" is training.
    developer: ['developer', 'developers'],
    // Reporting anonymously is not anonymizing records (Porter2: "anonym" for both).
    anonymous: ['anonymous', 'anonymously', 'anonymity'],
  }).flatMap(([kept, words]) => words.map((w): [string, string] => [w, kept])),
);

function frenchStem(word: string): string {
  if (!french) {
    const snowball = require('snowball-stemmers') as (typeof import('snowball-stemmers'))['default'];
    const stemmer = snowball.newStemmer('french');
    french = (w) => stemmer.stem(w);
  }
  return french(stripAccents(word));
}

/** French matching ignores accents so "confidentialité" and "confidentialite" meet. */
function stripAccents(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
