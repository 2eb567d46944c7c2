// Reports built the way the CLI builds them (buildReport) from the bilingual test rubric, in both
// report languages: every status, reasons as `why` codes, a batch with a baseline comparison.
import { buildReport, type SetInput } from '../../src/report/build.js';
import type { ReportLanguage } from '../../src/report/messages.js';
import { renderReason, type Reason } from '../../src/report/reasons.js';
import type { ElementResult, Evidence, Report } from '../../src/report/types.js';
import { loadRubric } from '../../src/rubric/load.js';

export const BILINGUAL = 'test/fixtures/rubrics/bilingual.yaml';
export const rubric = loadRubric(BILINGUAL);

const evidence = (file: string, line: number, quote: string, strength: Evidence['strength']): Evidence => ({
  file, line, column: 1, quote, section: ['Politique'], signal: 'signal', strength,
});

/** A result as the matcher makes it: English reasons rendered from `why`, question on gaps. */
function result(id: string, status: ElementResult['status'], why: Reason[], found: Evidence[] = [], extra: Partial<ElementResult> = {}): ElementResult {
  const element = rubric.elements.find((e) => e.id === id)!;
  const gap = status === 'weak' || status === 'missing';
  return {
    id,
    area: element.area,
    title: element.title,
    status,
    confidence: 0.8,
    evidence: found,
    reasons: why.map((reason) => renderReason(reason, 'en', element)),
    why,
    ...(gap ? { question: element.question, goodWording: element.goodWording } : {}),
    ...extra,
  };
}

const files = (...paths: [string, string | undefined][]) =>
  paths.map(([path, language]) => ({ path, format: 'markdown', error: null, encoding: 'utf-8', ...(language ? { language } : {}) }));

function sets(): SetInput[] {
  return [
    {
      id: 'acme',
      files: files(['policies/politique.md', 'fr'], ['policies/policy.md', 'en']),
      problems: [],
      results: [
        result('free.policy', 'covered', [{ code: 'stated-firmly', signal: 'free of charge' }], [evidence('policies/politique.md', 3, 'Nos services sont gratuits.', 'firm')]),
        result('coi.gifts', 'weak', [{ code: 'hedged', hedges: ['devrait'] }], [evidence('policies/politique.md', 5, 'Le personnel devrait refuser les cadeaux.', 'hedged')]),
        result('coi.disclosure', 'missing', [{ code: 'not-found' }]),
      ],
    },
    {
      id: 'north',
      files: [...files(['about.md', 'en']), { path: 'scan.pdf', format: 'pdf', error: 'no text layer (scanned image?)' }],
      problems: [],
      results: [
        result('free.policy', 'missing', [{ code: 'contradicted', signal: 'fee applies' }], [evidence('about.md', 2, 'A fee of $50 applies.', 'contradicted')]),
        result('coi.gifts', 'not-applicable', [{ code: 'not-applicable', reason: 'We never meet clients in person.' }], [], {
          notApplicable: { reason: 'We never meet clients in person.', source: '.policygap.yaml:3', expires: '2027-06-30' },
        }),
        result('coi.disclosure', 'weak', [{ code: 'touched', signal: 'conflict', found: ['conflict'], missing: ['declare'] }, { code: 'draft' }], [evidence('about.md', 7, 'Conflicts are discussed.', 'partial')]),
      ],
    },
  ];
}

/** The batch report (two sets, a comparison) in `lang`. */
export function bilingualReport(lang: ReportLanguage): Report {
  const report = buildReport(rubric, sets(), { cwd: process.cwd(), tool: { name: 'policy-gap', version: '0.1.0' }, lang });
  return {
    ...report,
    comparison: {
      baseline: 'baseline.json',
      regressions: [{ set: 'acme', element: 'coi.gifts', from: 'covered', to: 'weak' }],
      improvements: [{ set: 'north', element: 'coi.disclosure', from: 'missing', to: 'weak' }],
    },
  };
}

/** The first set alone, no comparison. */
export function bilingualSingle(lang: ReportLanguage): Report {
  const { comparison: _none, ...report } = bilingualReport(lang);
  return { ...report, sets: [report.sets[0]] };
}
