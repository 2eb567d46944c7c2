/** match(documents, rubric) -> one result per element. Pure: no I/O, no clock, no colour. */
import type { Document } from '../documents/types.js';
import type { ElementResult } from '../report/types.js';
import type { Element, Rubric, Signal } from '../rubric/types.js';
import { analyseDocument, type Unit } from './analyse.js';
import { compileRubric, sideFor, type Side } from './compile.js';
import { compileLexicon } from './lexicon.js';
import { renderReason } from '../report/reasons.js';
import { score, type ElementFindings } from './score.js';
import { findSignal, unitHits, type NearMiss, type SignalMatch, type UnitHits } from './signals.js';
import type { Language } from './stem.js';

export interface Exemption {
  element: string;
  reason: string;
  /** Where it was declared: ".policygap.yaml" or "privacy.md:3". */
  source: string;
  expires?: string;
}

export interface MatchOptions {
  exemptions?: Exemption[];
  /** Today as YYYY-MM-DD, passed in so matching never reads the clock. */
  today?: string;
  /** Forces every document's language (`--doc-lang`). */
  language?: Language;
}

export interface MatchResult {
  results: ElementResult[];
  /** Problems to show the user: bad markers, lapsed exemptions. */
  problems: string[];
}

export function match(documents: Document[], rubric: Rubric, options: MatchOptions = {}): MatchResult {
  const units: Unit[] = [];
  const hits: UnitHits[] = [];
  documents.forEach((document, index) => {
    const language = options.language ?? asLanguage(document.language);
    const docUnits = analyseDocument(document, index, compileLexicon(rubric.lexicon, language), language);
    // A loop, not push(...): spreading 100k+ sentences overflows the call stack.
    for (const unit of docUnits) units.push(unit);
    for (const hit of unitHits(docUnits, compileRubric(rubric, language))) hits.push(hit);
  });
  const compiled = compileRubric(rubric, 'en');
  const languages = new Set(units.map((u) => u.language));
  const paths = documents.map((d) => d.path);
  const { exempt, problems } = exemptions(documents, rubric, options);
  const results = rubric.elements.map((element): ElementResult => {
    const exemption = exempt.get(element.id);
    if (exemption) {
      return {
        id: element.id,
        area: element.area,
        title: element.title,
        status: 'not-applicable',
        confidence: 1,
        evidence: [],
        reasons: [renderReason({ code: 'not-applicable', reason: exemption.reason }, 'en', element)],
        why: [{ code: 'not-applicable', reason: exemption.reason }],
        notApplicable: { reason: exemption.reason, source: exemption.source, ...(exemption.expires ? { expires: exemption.expires } : {}) },
      };
    }
    const near: NearMiss = {};
    const strong: SignalMatch[] = [];
    const contradictions: SignalMatch[] = [];
    const sides = sidesFor(element, languages);
    // Plain loops: flatMap and push(...spread) run in slow generic builtins, and this runs for
    // every element of every document (a third of the matching time on short documents).
    const find = (signals: Signal[], into: SignalMatch[], only: Set<Language> | undefined, nearMiss?: NearMiss) => {
      for (const signal of signals) for (const found of findSignal(signal, units, hits, compiled, nearMiss, only)) into.push(found);
    };
    for (const { side, only } of sides) {
      find(side.signals, strong, only, near);
      find(side.contradictions, contradictions, only);
    }
    // Weak signals are read only when the verdict depends on them: a firm match covers the
    // element whatever they say (a third of the elements of a typical set).
    const weak = () => {
      const found: SignalMatch[] = [];
      for (const { side, only } of sides) find(side.weak, found, only);
      return found;
    };
    const findings: ElementFindings = { strong, weak, contradictions, near };
    const verdict = score(element, findings, units, paths);
    // Built field by field: spreading three objects into one is a slow runtime path, per element per document.
    const result: ElementResult = {
      id: element.id,
      area: element.area,
      title: element.title,
      status: verdict.status,
      confidence: verdict.confidence,
      evidence: verdict.evidence,
      why: verdict.why,
      reasons: verdict.reasons,
    };
    if (verdict.status !== 'covered') {
      result.question = element.question;
      result.goodWording = element.goodWording;
    }
    return result;
  });
  return { results, problems };
}

// Which signals run on which documents: languages that share a side run it once, restricted to them.
function sidesFor(element: Element, languages: Set<Language>): { side: Side; only?: Set<Language> }[] {
  const bySide = new Map<Side, Set<Language>>();
  for (const language of languages) {
    const side = sideFor(element, language);
    bySide.set(side, (bySide.get(side) ?? new Set()).add(language));
  }
  if (bySide.size <= 1) return [{ side: [...bySide.keys()][0] ?? element }];
  return [...bySide].map(([side, only]) => ({ side, only }));
}

function asLanguage(language: string | undefined): Language {
  return language === 'fr' ? 'fr' : 'en';
}

// Config exemptions and inline markers, checked against the rubric and the date.
function exemptions(documents: Document[], rubric: Rubric, options: MatchOptions) {
  const known = new Set(rubric.elements.map((e) => e.id));
  const exempt = new Map<string, Exemption>();
  const problems: string[] = [];
  const markers: Exemption[] = [];
  for (const d of documents) {
    for (const m of d.markers) {
      const source = `${d.path}:${m.position.line}`;
      if (m.kind === 'invalid') problems.push(`${source}: ${m.problem}`);
      else markers.push({ element: m.element, reason: m.reason, source });
    }
  }
  for (const entry of [...(options.exemptions ?? []), ...markers]) {
    if (!known.has(entry.element)) {
      problems.push(`${entry.source}: not-applicable names unknown element "${entry.element}" (see \`policy-gap rubric show ${rubric.id}\`)`);
    } else if (!entry.reason) {
      problems.push(`${entry.source}: not-applicable ${entry.element} needs a reason after " -- "; the element was checked`);
    } else if (entry.expires && options.today && entry.expires < options.today) {
      problems.push(`${entry.source}: the not-applicable exemption for ${entry.element} lapsed on ${entry.expires}; the element was checked again`);
    } else {
      exempt.set(entry.element, entry);
    }
  }
  return { exempt, problems };
}
