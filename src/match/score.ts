/** Signal matches -> status, confidence, evidence and reasons for one element. */
import type { Element, Group } from '../rubric/types.js';
import type { Evidence, ElementResult } from '../report/types.js';
import type { Unit } from './analyse.js';
import type { Partial, SignalMatch } from './signals.js';

export interface ElementFindings {
  strong: SignalMatch[];
  weak: SignalMatch[];
  contradictions: SignalMatch[];
  partials: Partial[];
}

const MAX_EVIDENCE = 3;
const QUOTE_LIMIT = 280;

type Verdict = Pick<ElementResult, 'status' | 'confidence' | 'evidence' | 'reasons'>;

export function score(element: Element, findings: ElementFindings, units: Unit[], paths: string[]): Verdict {
  const cite = (match: SignalMatch, strength: Evidence['strength']) => evidenceOf(match, strength, units, paths);
  const contradicted = findings.contradictions.filter((m) => m.strength !== 'heading');
  if (contradicted.length > 0) {
    return {
      status: 'missing',
      confidence: 0.8,
      evidence: dedupe(contradicted.map((m) => cite(m, 'contradicted'))).slice(0, MAX_EVIDENCE),
      reasons: [`contradicted: the policy says the opposite (${labelOf(contradicted[0])}), expected ${lowerFirst(element.expects)}`],
    };
  }
  const firm = findings.strong.filter((m) => m.strength === 'firm');
  if (firm.length > 0) {
    return {
      status: 'covered',
      confidence: round(Math.min(0.98, 0.75 + 0.08 * (firm.length - 1))),
      evidence: dedupe(firm.map((m) => cite(m, 'firm'))).slice(0, MAX_EVIDENCE),
      reasons: [`found ${labelOf(firm[0])} stated firmly`],
    };
  }
  const hedged = findings.strong.filter((m) => m.strength === 'hedged');
  const pointers = findings.strong.filter((m) => m.strength === 'reference');
  const headings = findings.strong.filter((m) => m.strength === 'heading');
  const drafts = findings.strong.filter((m) => m.strength === 'draft');
  const touched = findings.weak;
  if (hedged.length + pointers.length + headings.length + drafts.length + touched.length > 0) {
    const reasons: string[] = [];
    if (drafts.length > 0) reasons.push('stated in a document marked as a draft or not adopted, expected an adopted policy');
    if (hedged.length > 0) reasons.push(`hedged wording (${quoteList(hedged[0].hedges)}), expected a firm commitment`);
    if (pointers.length > 0) reasons.push('only points to another document, expected the commitment itself');
    if (headings.length > 0 && hedged.length === 0) reasons.push('only a heading names it, expected text under it');
    if (touched.length > 0 && hedged.length + pointers.length === 0) reasons.push(`touched (${labelOf(touched[0])}) but ${partialReason(findings.partials) ?? 'not the specific commitment'}`);
    const evidence = [
      ...drafts.map((m) => cite(m, 'partial')),
      ...hedged.map((m) => cite(m, 'hedged')),
      ...pointers.map((m) => cite(m, 'partial')),
      ...touched.map((m) => cite(m, m.strength === 'heading' ? 'heading' : 'partial')),
      ...headings.map((m) => cite(m, 'heading')),
    ];
    return { status: 'weak', confidence: 0.6, evidence: dedupe(evidence).slice(0, MAX_EVIDENCE), reasons };
  }
  const partial = partialReason(findings.partials);
  return {
    status: 'missing',
    confidence: partial ? 0.7 : 0.9,
    evidence: [],
    reasons: [partial ? `not found: ${partial}` : `no passage addresses it, expected ${lowerFirst(element.expects)}`],
  };
}

function partialReason(partials: Partial[]): string | undefined {
  let best: Partial | undefined;
  for (const p of partials) {
    // A near miss is worth naming only when it found something specific to the element.
    if (!p.found.some((g) => !g.shared)) continue;
    const share = p.found.length / (p.found.length + p.missing.length);
    const bestShare = best ? best.found.length / (best.found.length + best.missing.length) : 0;
    if (share > bestShare) best = p;
  }
  if (!best) return undefined;
  return `found ${groupList(best.found)} but not ${groupList(best.missing)} in the same sentence`;
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
const groupList = (groups: Group[]) => groups.map((g) => `"${g.label}"`).join(' + ');
const quoteList = (items: string[]) => items.map((h) => `"${h}"`).join(', ');
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const round = (n: number) => Math.round(n * 100) / 100;
