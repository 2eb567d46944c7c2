/** Rubric -> one phrase index over every group's terms, per language, built once. */
import type { Group, Rubric } from '../rubric/types.js';
import { PhraseIndex } from './phrases.js';
import type { Language } from './stem.js';
import { compileTerm } from './terms.js';

export interface CompiledRubric {
  /** Every distinct group object of the rubric, numbered. */
  groups: Group[];
  groupIds: Map<Group, number>;
  index: PhraseIndex<number>;
}

const cache = new WeakMap<Rubric, Map<Language, CompiledRubric>>();

export function compileRubric(rubric: Rubric, language: Language): CompiledRubric {
  let perLanguage = cache.get(rubric);
  if (!perLanguage) cache.set(rubric, (perLanguage = new Map()));
  const hit = perLanguage.get(language);
  if (hit) return hit;
  const groups: Group[] = [];
  const groupIds = new Map<Group, number>();
  const index = new PhraseIndex<number>();
  for (const element of rubric.elements) {
    const sides = [element, ...(element.fr ? [element.fr] : [])];
    for (const signal of sides.flatMap((side) => [...side.signals, ...side.weak, ...side.contradictions])) {
      for (const group of signal.groups) {
        if (groupIds.has(group)) continue;
        const id = groups.length;
        groups.push(group);
        groupIds.set(group, id);
        for (const term of group.terms) index.add(compileTerm(term, language), id);
      }
    }
  }
  const compiled = { groups, groupIds, index };
  perLanguage.set(language, compiled);
  return compiled;
}
