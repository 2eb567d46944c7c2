/**
 * One object per distinct group. Groups with the same content match the same words, so the matcher
 * needs to index and hit-test them once: a concept used by forty signals is one group, not forty.
 * Concept references are shared as they are resolved; inline groups may repeat each other or a
 * concept. Applied once, after resolving; the rubric cache keeps the sharing (rubric/cache.ts).
 */
import type { Group, Rubric, Signal } from './types.js';

export function shareGroups(rubric: Rubric): Rubric {
  const byContent = new Map<string, Group>();
  const share = (group: Group): Group => {
    const key = JSON.stringify(group);
    const known = byContent.get(key);
    if (known) return known;
    byContent.set(key, group);
    return group;
  };
  const shareSignal = (signal: Signal) => {
    signal.groups = signal.groups.map(share);
    if (signal.otherParty) signal.otherParty = share(signal.otherParty);
    if (signal.unless) signal.unless = share(signal.unless);
  };
  for (const element of rubric.elements) {
    for (const side of [element, ...(element.fr ? [element.fr] : [])]) {
      for (const signal of [...side.signals, ...side.weak, ...side.contradictions]) shareSignal(signal);
    }
  }
  return rubric;
}
