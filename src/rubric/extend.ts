/** Applies `extends`: areas and elements added, fields overridden, elements disabled. */
import { UserError } from '../errors.js';
import type { AreaSource, ElementSource, RubricSource } from './types.js';
import type { YamlFile } from './yaml-file.js';

/** Merges a child rubric over its resolved parent. The child's own fields win. */
export function extendRubric(parent: RubricSource, child: RubricSource, file: YamlFile): RubricSource {
  const areas: AreaSource[] = (parent.areas ?? []).map((a) => ({ ...a, elements: [...(a.elements ?? [])] }));
  const seen = new Set(areas.flatMap((a) => (a.elements ?? []).map((e) => e.id)));
  (child.areas ?? []).forEach((area, areaIndex) => {
    let target = areas.find((a) => a.id === area.id);
    if (!target) areas.push((target = { ...area, elements: [] }));
    else {
      if (area.title) target.title = area.title;
      if (area.fr) target.fr = { ...target.fr, ...area.fr };
    }
    (area.elements ?? []).forEach((element, elementIndex) => {
      if (seen.has(element.id)) {
        throw new UserError('bad-rubric', `${file.locate(['areas', areaIndex, 'elements', elementIndex, 'id'])}: element "${element.id}" is already defined by the rubric this one extends; use \`override:\` to change it`);
      }
      seen.add(element.id);
      target.elements!.push(element);
    });
  });
  for (const [id, fields] of Object.entries(child.override ?? {})) {
    const element = findElement(areas, id);
    if (!element) {
      throw new UserError('bad-rubric', `${file.locate(['override', id])}: cannot override "${id}": no such element in "${parent.id}"`, { hint: suggest(id, seen) });
    }
    Object.assign(element, fields);
  }
  const disabled = new Set(child.disable ?? []);
  (child.disable ?? []).forEach((id, index) => {
    if (!seen.has(id)) {
      throw new UserError('bad-rubric', `${file.locate(['disable', index])}: cannot disable "${id}": no such element${suggest(id, seen) ? ` (${suggest(id, seen)})` : ''}`);
    }
  });
  for (const area of areas) area.elements = (area.elements ?? []).filter((e) => !disabled.has(e.id));
  return {
    ...parent,
    ...child,
    lexicon: { ...parent.lexicon, ...child.lexicon },
    concepts: { ...parent.concepts, ...child.concepts },
    areas: areas.filter((a) => (a.elements ?? []).length > 0),
    override: undefined,
    disable: undefined,
    extends: undefined,
  };
}

function findElement(areas: AreaSource[], id: string): ElementSource | undefined {
  for (const area of areas) {
    const found = (area.elements ?? []).find((e) => e.id === id);
    if (found) return found;
  }
  return undefined;
}

/** "did you mean coi.gifts?" for a near miss, by shared prefix. */
export function suggest(id: string, known: Iterable<string>): string | undefined {
  const [area] = id.split('.');
  const candidates = [...known].filter((k) => k.startsWith(`${area}.`) || k.split('.')[1] === id.split('.')[1]);
  return candidates.length > 0 ? `did you mean ${candidates.slice(0, 3).join(', ')}?` : undefined;
}
