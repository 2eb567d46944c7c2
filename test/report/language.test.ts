// Report language (issue #9): one message catalog, French reasons, French element text from the
// rubric with English fallback per field, and every formatter's human words in French.
import { describe, expect, it } from 'vitest';
import { buildReport, elementText } from '../../src/report/build.js';
import { formatters, type FormatName } from '../../src/report/index.js';
import { MESSAGES, REPORT_LANGUAGES, languageName, t, tCount, type MessageKey } from '../../src/report/messages.js';
import { REASON_CODES, renderReason, type Reason } from '../../src/report/reasons.js';
import type { FormatOptions, Report } from '../../src/report/types.js';
import { makeOptions } from '../helpers/factories.js';
import { bilingualReport, bilingualSingle, rubric } from './bilingual-report.js';

const ENGLISH_STATUS = /\b(covered|weak|missing|not applicable)\b/i;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalog', () => {
  const keys = Object.keys(MESSAGES.en) as MessageKey[];

  it('has the same keys in English and French', () => {
    expect(Object.keys(MESSAGES.fr).sort()).toEqual([...keys].sort());
  });

  it.each(REPORT_LANGUAGES)('%s has no empty text', (lang) => {
    expect(Object.entries(MESSAGES[lang]).filter(([, text]) => text.trim() === '')).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    expect(keys.filter((key) => placeholders(MESSAGES.en[key]).join() !== placeholders(MESSAGES.fr[key]).join())).toEqual([]);
  });

  it('translates every sentence: French differs from English except for words both languages share', () => {
    const shared = keys.filter((key) => MESSAGES.en[key] === MESSAGES.fr[key]);
    expect(shared).toEqual(['summary.line', 'location.page', 'label.question', 'label.source', 'matrix.score', 'column.score', 'column.na', 'html.score', 'explain.source', 'explain.question']);
  });

  it.each([
    ['en', 'files', 0, '0 files'],
    ['en', 'files', 1, '1 file'],
    ['en', 'files', 2, '2 files'],
    ['fr', 'files', 0, '0 fichier'],
    ['fr', 'files', 1, '1 fichier'],
    ['fr', 'files', 2, '2 fichiers'],
  ] as const)('%s: %s × %i -> %s', (lang, base, n, expected) => {
    expect(tCount(lang, base, n)).toBe(expected);
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(t('fr', 'gap.at', { location: 'a.md:3' })).toBe('à a.md:3');
    expect(t('en', 'html.showing.other')).toBe('Showing {shown} of {total} members');
  });

  it.each([
    ['en', 'fr', 'French'],
    ['fr', 'fr', 'français'],
    ['fr', 'en', 'anglais'],
    ['fr', undefined, 'langue non détectée'],
    ['en', 'de', 'de'],
  ] as const)('%s names document language %s as %s', (lang, code, name) => {
    expect(languageName(lang, code)).toBe(name);
  });
});

describe('reasons', () => {
  const samples: Record<Reason['code'], Reason> = {
    contradicted: { code: 'contradicted', signal: 'fee applies' },
    'stated-firmly': { code: 'stated-firmly', signal: 'free of charge' },
    draft: { code: 'draft' },
    hedged: { code: 'hedged', hedges: ['should', 'where possible'] },
    'reference-only': { code: 'reference-only' },
    'heading-only': { code: 'heading-only' },
    'listed-only': { code: 'listed-only' },
    'other-party': { code: 'other-party', party: 'directors' },
    touched: { code: 'touched', signal: 'gifts', found: ['gift'], missing: ['client'] },
    partial: { code: 'partial', found: ['information'], missing: ['minimum'] },
    'not-found': { code: 'not-found' },
    'not-applicable': { code: 'not-applicable', reason: 'We have no office.' },
  };

  it('has a sample for every code', () => {
    expect(Object.keys(samples).sort()).toEqual([...REASON_CODES].sort());
  });

  it.each(REASON_CODES)('%s is worded in French, with no English connecting words', (code) => {
    const english = renderReason(samples[code], 'en', { expects: 'Services are free.' });
    const french = renderReason(samples[code], 'fr', { expects: 'Les services sont gratuits.' });
    expect(french).not.toBe(english);
    expect(french.trim()).not.toBe('');
    expect(french).not.toMatch(/\b(expected|found|but|not|hedged|only|stated|touched)\b/);
  });

  it.each([
    ['contradicted', 'attendu : les services sont gratuits.'],
    ['not-found', 'attendu : les services sont gratuits.'],
    ['hedged', '« should », « where possible »'],
    ['partial', 'introuvable : « information » trouvé, mais pas « minimum »'],
    ['not-applicable', 'non applicable : We have no office.'],
  ] as const)('%s quotes its parameters: %s', (code, part) => {
    expect(renderReason(samples[code], 'fr', { expects: 'Les services sont gratuits.' })).toContain(part);
  });

  // Every group found, most only in the heading or lead-in: the sentence is what is missing.
  it.each([
    ['en', 'touched', 'found "review" + "schedule", but mostly in the heading or lead-in, not in the sentence itself'],
    ['en', 'partial', 'not found: found "review" + "schedule", but mostly in the heading or lead-in'],
    ['fr', 'touched', '« review » + « schedule » trouvés surtout dans le titre ou l’introduction'],
    ['fr', 'partial', 'introuvable : « review » + « schedule » trouvés surtout dans le titre'],
  ] as const)('%s %s with nothing missing says the groups were not in the sentence', (language, code, part) => {
    const reason = { code, signal: 'a review', found: ['review', 'schedule'], missing: [] } as Reason;
    const text = renderReason(reason, language, { expects: 'Services are reviewed.' });
    expect(text).toContain(part);
    expect(text).not.toMatch(/but not\s+in|sans\s+dans/);
  });
});

describe('buildReport in a report language', () => {
  const en = bilingualReport('en');
  const fr = bilingualReport('fr');
  const element = (report: Report, set: number, id: string) => report.sets[set].elements.find((e) => e.id === id)!;

  it('picks the French text of each element, and English for each field French lacks', () => {
    expect(element(fr, 0, 'coi.gifts')).toMatchObject({
      title: 'Cadeaux',
      question: 'Le personnel peut-il accepter des cadeaux des clients ?',
      goodWording: 'Dire que le personnel n’accepte jamais de cadeaux.',
    });
    expect(element(fr, 0, 'coi.disclosure')).toMatchObject({
      title: 'Déclarer les conflits',
      question: 'Who do staff tell about a conflict?',
      goodWording: 'Name who hears the declaration.',
    });
    expect(element(en, 0, 'coi.gifts')).toMatchObject({ title: 'Gifts', question: 'May staff accept gifts from clients?' });
  });

  it('gives the rubric elements in the report language, keeping the English title as baseTitle', () => {
    const gifts = fr.rubric.elements.find((e) => e.id === 'coi.gifts')!;
    expect(gifts).toMatchObject({ title: 'Cadeaux', expects: 'Le personnel n’accepte pas de cadeaux des clients.', baseTitle: 'Gifts' });
    expect(en.rubric.elements.find((e) => e.id === 'coi.gifts')).not.toHaveProperty('baseTitle');
    expect(fr.rubric.elements.find((e) => e.id === 'coi.disclosure')!.expects).toBe('Staff declare conflicts to a manager.');
  });

  it('re-words the reasons from `why`, quoting the French expects', () => {
    expect(element(fr, 0, 'coi.gifts').reasons).toEqual(['formulation atténuée (« devrait »), attendu : un engagement ferme']);
    expect(element(fr, 1, 'free.policy').reasons).toEqual(['contredit : la politique dit le contraire (fee applies), attendu : les services sont offerts gratuitement.']);
    expect(element(en, 1, 'free.policy').reasons).toEqual(['contradicted: the policy says the opposite (fee applies), expected services are offered free of charge.']);
  });

  it('keeps a result without `why` as it is', () => {
    const set = { id: 's', files: [], problems: [], results: [{ ...element(en, 0, 'coi.gifts'), why: [], reasons: ['as given'] }] };
    const built = buildReport(rubric, [set], { cwd: process.cwd(), tool: { name: 'policy-gap', version: '0' }, lang: 'fr' });
    expect(built.sets[0].elements[0].reasons).toEqual(['as given']);
    expect(built.sets[0].elements[0].title).toBe('Cadeaux');
  });

  it('elementText falls back field by field', () => {
    const disclosure = rubric.elements.find((e) => e.id === 'coi.disclosure')!;
    expect(elementText(disclosure, 'fr')).toEqual({ ...elementText(disclosure, 'en'), title: 'Déclarer les conflits' });
  });
});

describe('JSON: the same keys, ids and statuses in both languages', () => {
  const en = JSON.parse(formatters.json(bilingualReport('en'), makeOptions()));
  const fr = JSON.parse(formatters.json(bilingualReport('fr'), makeOptions({ lang: 'fr' })));
  const HUMAN = new Set(['reasons', 'title', 'question', 'goodWording']);

  /** The JSON with every human text field blanked: what must not change with the language. */
  const skeleton = (value: unknown, key = ''): unknown => {
    if (HUMAN.has(key)) return Array.isArray(value) ? value.map(() => '<text>') : '<text>';
    if (Array.isArray(value)) return value.map((item) => skeleton(item));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v, k)]));
    return value;
  };

  it('differs only in reasons, title, question and goodWording', () => {
    expect(skeleton(fr)).toEqual(skeleton(en));
    expect(fr).not.toEqual(en);
  });

  it('keeps statuses and why codes', () => {
    const statuses = (report: typeof en) => report.sets.map((s: { elements: { status: string; why: unknown }[] }) => s.elements.map((e) => [e.status, e.why]));
    expect(statuses(fr)).toEqual(statuses(en));
    expect(fr.sets[0].elements.map((e: { title: string }) => e.title)).toEqual(['Services gratuits', 'Cadeaux', 'Déclarer les conflits']);
  });
});

/** The human text of a format's output, without machine values (statuses as data, CSS classes, levels). */
const HUMAN_TEXT: Partial<Record<FormatName, (output: string) => string>> = {
  html: (page) =>
    page
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/\s(class|id|value|name|href|data-[\w-]+)="[^"]*"/g, ''),
  sarif: (output) => {
    const run = JSON.parse(output).runs[0];
    return JSON.stringify([
      run.tool.driver.rules.map((r: { shortDescription: unknown; fullDescription: unknown; help: unknown }) => [r.shortDescription, r.fullDescription, r.help]),
      run.results.map((r: { message: unknown; properties: { reasons: unknown } }) => [r.message, r.properties.reasons]),
      run.invocations,
    ]);
  },
  gitlab: (output) => JSON.stringify(JSON.parse(output).map((issue: { description: string }) => issue.description)),
  junit: (output) => output.replace(/\stype="[^"]*"/g, ''),
};

describe.each([
  ['stylish', 'batch', {}, ['2 membres × 2 domaines', 'faible ou mixte', 'non évalué', 'n’a pas', 'Comparé à baseline.json : 1 régression, 1 amélioration']],
  ['stylish', 'single', {}, ['2 fichiers', 'policies/politique.md  français', 'Services gratuits', 'formulation atténuée', 'Question : Le personnel', '1 couvert, 1 faible, 1 manquant, 0 non applicable']],
  ['stylish', 'batch', { verbose: true }, ['non applicable : We never meet clients in person. (.policygap.yaml:3, jusqu’au 2027-06-30)', 'impossible de lire scan.pdf', 'about.md  anglais']],
  ['markdown', 'batch', {}, ['## Écarts des politiques', '| Membre | Score | Couverts | Faibles | Manquants | N/A |', 'Fichiers : policies/policy.md (anglais), policies/politique.md (français)', '#### Écarts', 'Constat : ', 'Bonne formulation : ', '**Régressions (1)**', 'Impossible de lire scan.pdf']],
  ['html', 'batch', {}, ['<html lang="fr">', 'Matrice', 'Tous les domaines', '2 membres affichés sur 2', 'Fermer', 'Tous les éléments par domaine', '(<span>français</span>)', 'Bonne formulation', 'Changements depuis baseline.json', 'Régression', 'Produit par policy-gap']],
  ['html', 'single', {}, ['Par domaine', 'Écarts (2)', '<th>Élément</th><th>Statut</th><th>Extrait</th>', 'Cadeaux', 'Légende']],
  ['sarif', 'batch', {}, ['"text":"Cadeaux"', 'Bonne formulation : ', 'faible coi.gifts : formulation atténuée', 'impossible de lire scan.pdf']],
  ['github', 'batch', {}, ['title=acme%3A faible coi.gifts (Cadeaux)', '%0AQuestion : Le personnel', 'manquant coi.disclosure : aucun passage n’en parle']],
  ['gitlab', 'batch', {}, ['acme: faible coi.gifts : formulation atténuée (« devrait »)']],
  ['junit', 'batch', {}, ['name="free.policy: Services gratuits"', 'Raison : formulation atténuée', 'Question : ', 'Extrait : policies/politique.md:5:1', '<skipped>We never meet clients in person.</skipped>', 'impossible de lire scan.pdf']],
] as [FormatName, 'batch' | 'single', Partial<FormatOptions>, string[]][])('%s (%s, %o) in French', (name, kind, options, words) => {
  const report = kind === 'batch' ? bilingualReport('fr') : bilingualSingle('fr');
  const output = formatters[name](report, makeOptions({ ...options, lang: 'fr' }));
  const human = (HUMAN_TEXT[name] ?? ((text: string) => text))(output);

  it.each(words)('says %s', (word) => {
    expect(human).toContain(word);
  });

  it('has no English status word', () => {
    expect(human).not.toMatch(ENGLISH_STATUS);
  });

  it('differs from the English output', () => {
    const english = formatters[name](kind === 'batch' ? bilingualReport('en') : bilingualSingle('en'), makeOptions(options));
    expect(output).not.toBe(english);
  });
});

describe('the same report in English keeps the English words', () => {
  it.each([
    ['stylish', '1 covered, 1 weak, 1 missing, 0 not applicable'],
    ['markdown', 'Found: hedged wording ("devrait"), expected a firm commitment'],
    ['github', 'title=weak coi.gifts (Gifts)'],
    ['html', 'policies/politique.md (<span class="lang">French</span>)'],
    ['junit', 'Reason: hedged wording'],
  ] as const)('%s', (name, words) => {
    expect(formatters[name](bilingualSingle('en'), makeOptions())).toContain(words);
  });
});

describe('csv is data: identical in both languages', () => {
  it('has the same header and cells', () => {
    expect(formatters.csv(bilingualReport('fr'), makeOptions({ lang: 'fr' }))).toBe(formatters.csv(bilingualReport('en'), makeOptions()));
  });
});

describe('sarif rule names do not change with the language', () => {
  it('names rules from the rubric title', () => {
    const names = (lang: 'en' | 'fr') =>
      JSON.parse(formatters.sarif(bilingualReport(lang), makeOptions({ lang }))).runs[0].tool.driver.rules.map((r: { name: string }) => r.name);
    expect(names('fr')).toEqual(names('en'));
    expect(names('en')).toEqual(['FreeServices', 'Gifts', 'DeclaringConflicts']);
  });
});
