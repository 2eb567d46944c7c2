/** A merged RubricSource -> the Rubric the engine runs: concept references resolved, defaults set. */
import { UserError } from '../errors.js';
import { shareGroups } from './share-groups.js';
import type { Element, ElementSource, ElementTranslation, Group, GroupSource, Lexicon, LexiconLists, LexiconSource, Rubric, RubricSource, Signal, SignalSource } from './types.js';

export function resolveRubric(source: RubricSource, files: string[]): Rubric {
  const concepts = source.concepts ?? {};
  const shared = new Map<string, Group>();
  const where = files[0];

  // One Group object per concept use, so the matcher indexes each concept's terms once.
  const group = (g: GroupSource, owner: string): Group => {
    if (typeof g === 'string') {
      const name = g.slice(1);
      let cached = shared.get(name);
      if (!cached) {
        cached = { label: name, terms: conceptTerms(name, concepts, owner, where), context: true, shared: true };
        shared.set(name, cached);
      }
      return cached;
    }
    if (Array.isArray(g)) return { label: g[0], terms: g, context: true };
    const names = (g.concepts ?? []).map((c) => c.replace(/^@/, ''));
    const terms = [...(g.terms ?? []), ...names.flatMap((n) => conceptTerms(n, concepts, owner, where))];
    const resolved: Group = { label: g.label ?? names[0] ?? terms[0], terms, context: g.context ?? true };
    if (g.negated !== undefined) resolved.negated = g.negated;
    if (g.atLeast !== undefined && g.atLeast > 1) resolved.atLeast = g.atLeast;
    return resolved;
  };
  const signals = (list: SignalSource[] | undefined, owner: string): Signal[] =>
    (list ?? []).map((s) => {
      const groups = s.all.map((g) => group(g, owner));
      const signal: Signal = { label: s.label ?? groups.map((g) => g.label).join(' + '), groups, window: s.window ?? 1 };
      if (s.otherParty) signal.otherParty = group(s.otherParty, owner);
      if (s.unless) signal.unless = group(s.unless, owner);
      return signal;
    });

  const elements: Element[] = [];
  const seen = new Set<string>();
  for (const area of source.areas ?? []) {
    for (const e of area.elements ?? []) {
      if (seen.has(e.id)) throw new UserError('bad-rubric', `${where}: duplicate element id "${e.id}"`);
      if (!e.id.startsWith(`${area.id}.`)) {
        throw new UserError('bad-rubric', `${where}: element "${e.id}" is in area "${area.id}"; its id must start with "${area.id}."`);
      }
      seen.add(e.id);
      elements.push(resolveElement(e, area.id, signals));
    }
  }
  return shareGroups({
    id: source.id,
    version: source.version,
    title: source.title,
    language: source.language,
    licence: source.licence,
    ...(source.docsUrl ? { docsUrl: source.docsUrl } : {}),
    files,
    areas: (source.areas ?? []).map((a) => ({
      id: a.id,
      title: a.title ?? a.id,
      ...(a.source ? { source: a.source } : {}),
      ...(a.fr?.title ? { fr: { title: a.fr.title } } : {}),
    })),
    elements,
    lexicon: resolveLexicon(source.lexicon ?? {}),
  });
}

function resolveElement(e: ElementSource, area: string, signals: (l: SignalSource[] | undefined, owner: string) => Signal[]): Element {
  return {
    id: e.id,
    area,
    title: e.title,
    question: e.question,
    expects: e.expects,
    goodWording: e.goodWording,
    examples: e.examples,
    source: e.source,
    signals: signals(e.signals, e.id),
    weak: signals(e.weak, e.id),
    contradictions: signals(e.contradictions, e.id),
    tests: testsOf(e.tests),
    ...(e.fr ? { fr: resolveTranslation(e.fr, e.id, signals) } : {}),
  };
}

function resolveTranslation(
  fr: NonNullable<ElementSource['fr']>,
  owner: string,
  signals: (l: SignalSource[] | undefined, owner: string) => Signal[],
): ElementTranslation {
  const text = Object.fromEntries((['title', 'question', 'expects', 'goodWording', 'examples'] as const).filter((k) => fr[k] !== undefined).map((k) => [k, fr[k]]));
  return {
    ...text,
    signals: signals(fr.signals, owner),
    weak: signals(fr.weak, owner),
    contradictions: signals(fr.contradictions, owner),
    tests: testsOf(fr.tests),
  };
}

function testsOf(tests: ElementSource['tests']): Element['tests'] {
  return { covered: tests?.covered ?? [], weak: tests?.weak ?? [], missing: tests?.missing ?? [] };
}

// A concept may include another by name ("frontline: ['@workers', you, your]"), so a list that
// differs from another by a few words is written once; an extending rubric that replaces the
// included concept changes both.
function conceptTerms(name: string, concepts: Record<string, string[]>, owner: string, where: string, including: string[] = []): string[] {
  const terms = concepts[name];
  if (!terms) {
    const known = Object.keys(concepts).sort().join(', ') || 'none';
    const by = including.length > 0 ? `concept "@${including[including.length - 1]}"` : `element "${owner}"`;
    throw new UserError('bad-rubric', `${where}: ${by} refers to unknown concept "@${name}" (defined: ${known})`);
  }
  if (including.includes(name)) {
    throw new UserError('bad-rubric', `${where}: concepts include each other in a circle: ${[...including, name].map((n) => `@${n}`).join(' -> ')}`);
  }
  if (!terms.some((term) => term.startsWith('@'))) return terms;
  return terms.flatMap((term) => (term.startsWith('@') ? conceptTerms(term.slice(1), concepts, owner, where, [...including, name]) : [term]));
}

function lists(source: Omit<LexiconSource, 'fr'>): LexiconLists {
  return {
    hedges: source.hedges ?? [],
    tentative: source.tentative ?? [],
    firm: source.firm ?? [],
    negations: source.negations ?? [],
    noiseHeadings: source.noiseHeadings ?? [],
    references: source.references ?? [],
    drafts: source.drafts ?? [],
  };
}

function resolveLexicon(source: LexiconSource): Lexicon {
  const lexicon: Lexicon = { en: lists(source) };
  if (source.fr) lexicon.fr = lists({ ...source, ...source.fr });
  return lexicon;
}
