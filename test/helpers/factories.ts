// Hand-made Reports for formatter tests: makeElement / makeSet / makeReport with overrides.
import type { ElementResult, Evidence, FormatOptions, Report, RubricInfo, SetReport, SetSummary } from '../../src/report/types.js';

/** A quote meant to break every output format: HTML, XML, CSV, workflow commands, Markdown. */
export const NASTY_QUOTE =
  'Staff must not accept gifts <script>alert(1)</script> "over $50", or favours,\nunless 100% approved: see HR | policy.';

export const RUBRIC: RubricInfo = {
  id: 'ccr-ethical-principles',
  version: '1.0.0',
  title: 'CCR Ethical Principles',
  areas: [
    { id: 'mission', title: 'Mission and rationale' },
    { id: 'free', title: 'Services free of charge' },
    { id: 'coi', title: 'Conflict of interest' },
    { id: 'conf', title: 'Confidentiality and privacy' },
    { id: 'complaints', title: 'Complaints mechanism' },
    { id: 'insurance', title: 'Liability insurance' },
  ],
  elements: [
    {
      id: 'mission.rationale', area: 'mission', title: 'Why the organization offers these services',
      question: 'Does the policy say why the organization helps with immigration or refugee processes?',
      expects: 'A statement of why the organization offers help, based on clients\' needs.',
      goodWording: 'We help newcomers with refugee claims because no free service exists in our region.',
      source: 'guidelines section 1',
    },
    {
      id: 'free.policy', area: 'free', title: 'Services are free of charge',
      question: 'Does the policy state that services are free, with no fees or payments accepted?',
      expects: 'A clear statement that services are offered free of charge.',
      goodWording: 'All our immigration services are free. We never accept payment.',
      source: 'guidelines section 2',
      helpUri: 'https://example.org/ccr/free-policy',
    },
    {
      id: 'coi.policy', area: 'coi', title: 'Conflict-of-interest policy',
      question: 'Is there a conflict-of-interest policy that defines conflicts and who it applies to?',
      expects: 'A conflict-of-interest policy exists.',
      goodWording: 'This policy applies to all staff, interns and volunteers.',
      source: 'guidelines section 3',
    },
    {
      id: 'coi.gifts', area: 'coi', title: 'Gifts from clients',
      question: 'Does the policy say whether workers may accept gifts, payments or favours from clients?',
      expects: 'Covers accepting gifts, payments, favours, or free or below-market services from service users.',
      goodWording: 'Workers must not accept gifts, payments or favours from clients.',
      source: 'guidelines section 3',
      helpUri: 'javascript:alert(1)',
    },
    {
      id: 'coi.disclosure', area: 'coi', title: 'Declaring conflicts',
      question: 'Who do workers tell about a potential conflict, and who decides?',
      expects: 'Workers declare potential or actual conflicts to a manager, who decides.',
      goodWording: 'Workers declare any potential conflict to their manager, who decides how to handle it.',
      source: 'guidelines section 3',
    },
    {
      id: 'conf.consent', area: 'conf', title: 'Consent before disclosure',
      question: 'Is personal information disclosed only with the client\'s consent?',
      expects: 'Personal information is not disclosed without the client\'s consent.',
      goodWording: 'We never share your information outside the organization without your written consent.',
      source: 'guidelines section 4',
    },
    {
      id: 'conf.retention', area: 'conf', title: 'Retention and destruction',
      question: 'When is personal information destroyed?',
      expects: 'Personal information is destroyed once no longer necessary.',
      goodWording: 'Client files are shredded seven years after the file is closed.',
      source: 'guidelines section 4',
    },
    {
      id: 'complaints.mechanism', area: 'complaints', title: 'Complaints mechanism',
      question: 'How and to whom can a dissatisfied client complain?',
      expects: 'An accessible complaints mechanism for dissatisfied clients.',
      goodWording: 'You can complain to the director in person, by phone or by email, in any language.',
      source: 'framework 1',
    },
    {
      id: 'insurance.liability', area: 'insurance', title: 'Liability insurance',
      question: 'Does the organization hold liability insurance that would compensate clients?',
      expects: 'Liability insurance that would compensate clients for negligence.',
      goodWording: 'We hold professional liability insurance covering staff, interns and volunteers.',
      source: 'guidelines section 7',
    },
  ],
};

const byId = new Map(RUBRIC.elements.map((element) => [element.id, element]));

/** Evidence with sensible defaults (a Markdown file, no page). */
export function makeEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    file: 'policies/conflict-of-interest.md',
    line: 12,
    column: 1,
    quote: 'This policy applies to all staff, interns and volunteers.',
    section: ['Conflict of interest'],
    signal: 'scope of the policy',
    strength: 'firm',
    ...overrides,
  };
}

/** An element result; area, title, question and good wording come from RUBRIC when the id is known. */
export function makeElement(overrides: Partial<ElementResult> & { id?: string } = {}): ElementResult {
  const id = overrides.id ?? 'coi.policy';
  const info = byId.get(id);
  const status = overrides.status ?? 'covered';
  const gap = status === 'weak' || status === 'missing';
  return {
    id,
    area: info?.area ?? id.split('.')[0],
    title: info?.title ?? id,
    status,
    confidence: 0.9,
    evidence: status === 'covered' ? [makeEvidence()] : [],
    reasons: status === 'covered' ? ['firm wording'] : [],
    why: status === 'covered' ? [{ code: 'stated-firmly', signal: 'firm wording' }] : [],
    ...(gap && info ? { question: info.question, goodWording: info.goodWording } : {}),
    ...overrides,
  };
}

/** Counts and score from the elements: covered 1, weak 0.5, over the applicable ones. */
export function summarize(elements: ElementResult[]): SetSummary {
  const count = (status: string): number => elements.filter((e) => e.status === status).length;
  const covered = count('covered');
  const weak = count('weak');
  const missing = count('missing');
  const applicable = covered + weak + missing;
  const score = applicable === 0 ? 100 : Math.round(((covered + weak / 2) / applicable) * 100);
  return { covered, weak, missing, notApplicable: count('not-applicable'), score };
}

/** A set report whose summary is computed from its elements unless given. */
export function makeSet(overrides: Partial<SetReport> = {}): SetReport {
  const elements = overrides.elements ?? [makeElement()];
  return {
    id: 'acme-settlement',
    files: [{ path: 'policies/conflict-of-interest.md', format: 'markdown', error: null }],
    summary: summarize(elements),
    elements,
    ...overrides,
  };
}

/** First member: every status, a PDF with pages, a file name with a space, the nasty quote. */
function acmeElements(): ElementResult[] {
  return [
    makeElement({
      id: 'mission.rationale', status: 'covered', confidence: 0.95,
      evidence: [makeEvidence({ file: 'policies/Annual Report 2024.pdf', line: 3, column: 1, page: 2, quote: 'We help newcomers because no free service exists in our region.', section: ['Who we are'], signal: 'why we help' })],
    }),
    makeElement({
      id: 'free.policy', status: 'covered',
      evidence: [makeEvidence({ file: 'policies/Code of Conduct.md', line: 8, column: 5, quote: 'All services are free of charge.', section: ['Fees'], signal: 'free of charge' })],
    }),
    makeElement({ id: 'coi.policy', status: 'covered' }),
    makeElement({
      id: 'coi.gifts', status: 'weak', confidence: 0.7,
      evidence: [
        makeEvidence({ line: 14, column: 3, quote: NASTY_QUOTE, signal: 'gifts from clients', strength: 'hedged' }),
        makeEvidence({ file: 'policies/Code of Conduct.md', line: 22, column: 1, quote: 'Where possible, staff should decline gifts.', section: ['Gifts'], signal: 'gifts from clients', strength: 'hedged' }),
      ],
      reasons: ['hedged wording ("unless 100% approved")', 'no rule on favours or below-market services'],
    }),
    makeElement({ id: 'coi.disclosure', status: 'missing', confidence: 0.8, reasons: ['no sentence about declaring a conflict'] }),
    makeElement({
      id: 'conf.consent', status: 'weak', confidence: 0.6,
      evidence: [makeEvidence({ file: 'policies/Annual Report 2024.pdf', line: 40, column: 7, page: 5, quote: 'We try to ask before sharing client information.', section: ['Privacy'], signal: 'consent to disclose', strength: 'hedged' })],
      reasons: ['hedged wording ("we try to")'],
    }),
    makeElement({ id: 'conf.retention', status: 'missing', confidence: 0.85, reasons: ['no rule on destroying personal information'] }),
    makeElement({
      id: 'complaints.mechanism', status: 'missing', confidence: 0.75,
      evidence: [makeEvidence({ file: 'policies/Code of Conduct.md', line: 30, column: 1, quote: 'A fee is charged to file a complaint.', section: ['Complaints'], signal: 'complaint channel', strength: 'contradicted' })],
      reasons: ['contradicted: "A fee is charged to file a complaint."'],
    }),
    makeElement({
      id: 'insurance.liability', status: 'not-applicable', confidence: 1, reasons: ['marked not applicable'],
      notApplicable: { reason: 'Covered by the umbrella organization\'s policy', source: 'policy-gap.yaml:4', expires: '2026-12-31' },
    }),
  ];
}

/** Second member: mostly gaps, one unreadable file. */
function northShoreElements(): ElementResult[] {
  return [
    makeElement({ id: 'mission.rationale', status: 'weak', confidence: 0.6, evidence: [makeEvidence({ file: 'about.txt', line: 1, column: 1, quote: 'We aim to support newcomers.', section: [], signal: 'why we help', strength: 'partial' })], reasons: ['only part of the element: no reason given for offering the service'] }),
    makeElement({ id: 'free.policy', status: 'missing', reasons: ['no statement that services are free'] }),
    makeElement({ id: 'coi.policy', status: 'covered', evidence: [makeEvidence({ file: 'about.txt', line: 9, column: 1, quote: 'Our conflict of interest policy applies to all volunteers.', section: [] })] }),
    makeElement({ id: 'coi.gifts', status: 'missing', reasons: ['no sentence about gifts'] }),
    makeElement({ id: 'coi.disclosure', status: 'missing', reasons: ['no sentence about declaring a conflict'] }),
    makeElement({ id: 'conf.consent', status: 'covered', evidence: [makeEvidence({ file: 'about.txt', line: 15, column: 1, quote: 'We never share client information without written consent.', section: [], signal: 'consent to disclose' })] }),
    makeElement({ id: 'conf.retention', status: 'missing', reasons: ['no rule on destroying personal information'] }),
    makeElement({ id: 'complaints.mechanism', status: 'missing', reasons: ['no complaints procedure'] }),
    makeElement({ id: 'insurance.liability', status: 'missing', reasons: ['no mention of insurance'] }),
  ];
}

/** The canonical batch Report: two sets, every status, a comparison with a baseline. */
export function makeReport(overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'policy-gap', version: '0.1.0' },
    rubric: RUBRIC,
    sets: [
      makeSet({
        id: 'acme-settlement',
        files: [
          { path: 'policies/Annual Report 2024.pdf', format: 'pdf', error: null, warnings: ['headings rebuilt from font sizes'] },
          { path: 'policies/Code of Conduct.md', format: 'markdown', error: null, encoding: 'utf-8', language: 'en' },
          { path: 'policies/conflict-of-interest.md', format: 'markdown', error: null, encoding: 'utf-8', language: 'en' },
        ],
        elements: acmeElements(),
        problems: ['exemption for insurance.liability expires on 2026-12-31'],
      }),
      makeSet({
        id: 'north-shore-refugee-aid',
        files: [
          { path: 'scan.pdf', format: 'pdf', error: 'no text layer (scanned image?)' },
          { path: 'about.txt', format: 'text', error: null, encoding: 'windows-1252' },
        ],
        elements: northShoreElements(),
      }),
    ],
    comparison: {
      baseline: 'baseline/report.json',
      regressions: [{ set: 'acme-settlement', element: 'coi.gifts', from: 'covered', to: 'weak' }],
      improvements: [{ set: 'north-shore-refugee-aid', element: 'conf.consent', from: 'missing', to: 'covered' }],
    },
    ...overrides,
  };
}

/** A single-set Report (the first member of the canonical one, no comparison). */
export function makeSingleReport(): Report {
  const { comparison: _none, ...report } = makeReport();
  return { ...report, sets: [report.sets[0]] };
}

/** Format options as the CLI would pass them for a non-TTY run. */
export function makeOptions(overrides: Partial<FormatOptions> = {}): FormatOptions {
  return { color: false, cwd: '/work/project', verbose: false, quiet: false, lang: 'en', ...overrides };
}
