/** Signal matches -> status, confidence, evidence and reasons for one element. */
import type { Element } from '../rubric/types.js';
import { renderReason, type Reason } from '../report/reasons.js';
import type { Evidence, ElementResult } from '../report/types.js';
import type { Unit } from './analyse.js';
import type { NearMiss, SignalMatch } from './signals.js';

export interface ElementFindings {
  strong: SignalMatch[];
  /** Searched on demand: only a verdict that is not already covered or contradicted needs them. */
  weak: () => SignalMatch[];
  contradictions: SignalMatch[];
  near: NearMiss;
}

const MAX_EVIDENCE = 3;
const QUOTE_LIMIT = 280;

type Verdict = Pick<ElementResult, 'status' | 'confidence' | 'evidence' | 'reasons' | 'why'>;

// The matcher records why as data and words it in English; reports re-word it per language.
// Field by field, not `{ ...v }`: an object spread is a slow runtime call, made per element per document.
function verdict(element: Element, v: Omit<Verdict, 'reasons'>): Verdict {
  return { status: v.status, confidence: v.confidence, evidence: v.evidence, why: v.why, reasons: v.why.map((r) => renderReason(r, 'en', element)) };
}

export function score(element: Element, findings: ElementFindings, units: Unit[], paths: string[]): Verdict {
  const cite = (match: SignalMatch, strength: Evidence['strength']) => evidenceOf(match, strength, units, paths);
  const contradicted = findings.contradictions.filter((m) => m.strength !== 'heading');
  if (contradicted.length > 0) {
    return verdict(element, {
      status: 'missing',
      confidence: 0.8,
      evidence: dedupe(contradicted.map((m) => cite(m, 'contradicted'))).slice(0, MAX_EVIDENCE),
      why: [{ code: 'contradicted', signal: labelOf(contradicted[0]) }],
    });
  }
  const firm = findings.strong.filter((m) => m.strength === 'firm');
  if (firm.length > 0) {
    return verdict(element, {
      status: 'covered',
      confidence: round(Math.min(0.98, 0.75 + 0.08 * (firm.length - 1))),
      evidence: dedupe(firm.map((m) => cite(m, 'firm'))).slice(0, MAX_EVIDENCE),
      why: [{ code: 'stated-firmly', signal: labelOf(firm[0]) }],
    });
  }
  const hedged = findings.strong.filter((m) => m.strength === 'hedged');
  const pointers = findings.strong.filter((m) => m.strength === 'reference');
  const headings = findings.strong.filter((m) => m.strength === 'heading');
  const listed = findings.strong.filter((m) => m.strength === 'listed');
  const others = findings.strong.filter((m) => m.strength === 'other-party');
  const drafts = findings.strong.filter((m) => m.strength === 'draft');
  const touched = findings.weak();
  if (hedged.length + pointers.length + headings.length + listed.length + others.length + drafts.length + touched.length > 0) {
    const why: Reason[] = [];
    if (drafts.length > 0) why.push({ code: 'draft' });
    if (hedged.length > 0) why.push({ code: 'hedged', hedges: hedged[0].hedges });
    if (pointers.length > 0) why.push({ code: 'reference-only' });
    if (headings.length > 0 && hedged.length === 0) why.push({ code: 'heading-only' });
    if (listed.length > 0 && hedged.length === 0) why.push({ code: 'listed-only' });
    if (others.length > 0 && hedged.length === 0) why.push({ code: 'other-party', party: others[0].signal.otherParty!.label });
    if (touched.length > 0 && hedged.length + pointers.length === 0) why.push(Object.assign({ code: 'touched' as const, signal: labelOf(touched[0]) }, nearMiss(findings.near)));
    const evidence = [
      ...drafts.map((m) => cite(m, 'partial')),
      ...hedged.map((m) => cite(m, 'hedged')),
      ...pointers.map((m) => cite(m, 'partial')),
      ...listed.map((m) => cite(m, 'partial')),
      ...others.map((m) => cite(m, 'partial')),
      ...touched.map((m) => cite(m, m.strength === 'heading' ? 'heading' : 'partial')),
      ...headings.map((m) => cite(m, 'heading')),
    ];
    return verdict(element, { status: 'weak', confidence: 0.6, evidence: dedupe(evidence).slice(0, MAX_EVIDENCE), why });
  }
  const partial = nearMiss(findings.near);
  return verdict(element, {
    status: 'missing',
    confidence: partial.found ? 0.7 : 0.9,
    evidence: [],
    why: [partial.found && partial.missing ? { code: 'partial', found: partial.found, missing: partial.missing } : { code: 'not-found' }],
  });
}

/** The best near miss, as group labels: what was found and what was not in one sentence. */
function nearMiss(near: NearMiss): { found?: string[]; missing?: string[] } {
  const best = near.best;
  if (!best) return {};
  return { found: best.found.map((g) => g.label), missing: best.missing.map((g) => g.label) };
}

function evidenceOf(match: SignalMatch, strength: Evidence['strength'], units: Unit[], paths: string[]): Evidence {
  const first = units[match.units[0]];
  const last = units[match.units[match.units.length - 1]];
  const quote = match.units.map((u) => units[u].text).join(' ');
  const evidence: Evidence = {
    file: paths[first.document],
    line: first.start.line,
    column: first.start.column,
    endLine: last.end.line,
    endColumn: last.end.column,
    quote: quote.length > QUOTE_LIMIT ? `${quote.slice(0, QUOTE_LIMIT - 1)}\u2026` : quote,
    signal: match.signal.label,
    strength,
  };
  if (first.start.page !== undefined) evidence.page = first.start.page;
  if (first.start.paragraph !== undefined) evidence.paragraph = first.start.paragraph;
  if (first.headingPath.length > 0) evidence.section = first.headingPath;
  return evidence;
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.file}:${e.line}:${e.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const labelOf = (match: SignalMatch) => match.signal.label;
const round = (n: number) => Math.round(n * 100) / 100;
