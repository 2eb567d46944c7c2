/** Rubric -> one phrase index over every group's terms, per language, built once. */
import type { Element, Group, Rubric } from '../rubric/types.js';
import { PhraseIndex, type IndexPlan } from './phrases.js';
import type { Language } from './stem.js';
import { compileTerm, type Term } from './terms.js';

export interface CompiledRubric {
  /** Every distinct group object of the rubric, numbered. */
  groups: Group[];
  groupIds: Map<Group, number>;
  index: PhraseIndex<number>;
}

export type Side = Pick<Element, 'signals' | 'weak' | 'contradictions'>;

/** The signals documents in `language` are matched with: the element's French ones when it has them. */
export function sideFor(element: Element, language: Language): Side {
  return language === 'fr' && element.fr && element.fr.signals.length > 0 ? element.fr : element;
}

const groupsOf = (sides: Side[]): Group[] =>
  sides
    .flatMap((side) => [...side.signals, ...side.weak, ...side.contradictions])
    .flatMap((signal) => [...signal.groups, ...(signal.otherParty ? [signal.otherParty] : []), ...(signal.unless ? [signal.unless] : [])]);

const cache = new WeakMap<Rubric, Map<Language, CompiledRubric>>();

/**
 * A compiled index as data, made by the build for each shipped rubric (see rubric/cache.ts): a
 * cold run rebuilds the index from it instead of compiling and adding ~13,000 terms (~20 ms).
 * `groups` guards the numbering: a plan only applies to a rubric with the same groups.
 */
export interface RubricPlan {
  groups: number;
  index: IndexPlan<number>;
}

const plans = new WeakMap<Rubric, Partial<Record<Language, RubricPlan>>>();

export function usePlans(rubric: Rubric, perLanguage: Partial<Record<Language, RubricPlan>>): void {
  plans.set(rubric, perLanguage);
}

/** The plans registered for a rubric, to hand to worker threads with their copy of it. */
export function plansFor(rubric: Rubric): Partial<Record<Language, RubricPlan>> | undefined {
  return plans.get(rubric);
}

export function planOf(rubric: Rubric, language: Language): RubricPlan {
  const compiled = compileRubric(rubric, language);
  return { groups: compiled.groups.length, index: compiled.index.toPlan() };
}

export function compileRubric(rubric: Rubric, language: Language): CompiledRubric {
  let perLanguage = cache.get(rubric);
  if (!perLanguage) cache.set(rubric, (perLanguage = new Map()));
  const hit = perLanguage.get(language);
  if (hit) return hit;
  // Ids cover every group of both sides, so they agree across languages; the index holds only the
  // terms of the side this language is matched with (no French terms stemmed as English).
  const groups: Group[] = [];
  const groupIds = new Map<Group, number>();
  for (const element of rubric.elements) {
    for (const group of groupsOf([element, ...(element.fr ? [element.fr] : [])])) {
      if (groupIds.has(group)) continue;
      groupIds.set(group, groups.length);
      groups.push(group);
    }
  }
  const plan = plans.get(rubric)?.[language];
  const index = plan && plan.groups === groups.length ? PhraseIndex.fromPlan(plan.index) : indexGroups(rubric, language, groupIds);
  const compiled = { groups, groupIds, index };
  perLanguage.set(language, compiled);
  return compiled;
}

function indexGroups(rubric: Rubric, language: Language, groupIds: Map<Group, number>): PhraseIndex<number> {
  const index = new PhraseIndex<number>();
  const indexed = new Set<Group>();
  // Groups that name concepts ("concepts: [client]") repeat the concept's terms: compile each once.
  const terms = new Map<string, Term>();
  for (const element of rubric.elements) {
    for (const group of groupsOf([sideFor(element, language)])) {
      if (indexed.has(group)) continue;
      indexed.add(group);
      for (const text of group.terms) {
        let term = terms.get(text);
        if (!term) terms.set(text, (term = compileTerm(text, language)));
        index.add(term, groupIds.get(group)!);
      }
    }
  }
  return index;
}
