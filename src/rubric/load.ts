/** loadRubric(id | path) -> Rubric: read YAML, validate, follow `extends`, resolve. */
import { dirname, isAbsolute, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { readCachedRubric } from './cache.js';
import { extendRubric } from './extend.js';
import { resolveRubric } from './resolve.js';
import { RUBRIC_SCHEMA, shippedRubricIds, shippedRubricPath } from './shipped.js';
import type { Rubric, RubricSource } from './types.js';
import { validateAgainst } from './validate.js';
import { parseYaml, readYamlText, type YamlFile } from './yaml-file.js';

const MAX_EXTENDS_DEPTH = 8;

export function loadRubric(ref: string, cwd = process.cwd()): Rubric {
  if (shippedRubricPath(ref)) {
    const cached = readCachedRubric(ref);
    if (cached) return cached;
  }
  const files: string[] = [];
  const source = loadSource(ref, cwd, files, []);
  return resolveRubric(source, files);
}

/** Resolves a rubric reference: a shipped id, else a path relative to `base`. */
export function rubricPath(ref: string, base: string): string {
  const shipped = shippedRubricPath(ref);
  if (shipped) return shipped;
  if (/[\\/]|\.ya?ml$/i.test(ref)) return isAbsolute(ref) ? ref : resolve(base, ref);
  throw new UserError('bad-rubric', `unknown rubric "${ref}"`, {
    hint: `shipped rubrics: ${shippedRubricIds().join(', ')}; or give a path to a .yaml file`,
  });
}

function loadSource(ref: string, base: string, files: string[], chain: string[]): RubricSource {
  const path = rubricPath(ref, base);
  if (chain.includes(path)) throw new UserError('bad-rubric', `${path}: extends loops back to itself (${[...chain, path].join(' -> ')})`);
  if (chain.length >= MAX_EXTENDS_DEPTH) throw new UserError('bad-rubric', `${path}: extends is nested more than ${MAX_EXTENDS_DEPTH} deep`);
  const text = readYamlText(path, 'bad-rubric', 'rubric');
  const file = parseYaml(path, text, 'bad-rubric');
  validateAgainst(RUBRIC_SCHEMA, file, 'bad-rubric', `rubric ${path}`);
  files.push(path);
  const source = file.data as RubricSource;
  checkOwnElements(source, file);
  if (!source.extends) {
    if (source.override || source.disable) {
      throw new UserError('bad-rubric', `${file.locate([source.override ? 'override' : 'disable'])}: override and disable need \`extends:\` (a rubric to change)`);
    }
    return source;
  }
  let parent: RubricSource;
  try {
    parent = loadSource(source.extends, dirname(path), files, [...chain, path]);
  } catch (error) {
    if (error instanceof UserError && error.message.startsWith('unknown rubric')) {
      throw new UserError('bad-rubric', `${file.locate(['extends'])}: extends ${error.message}`, { hint: error.hint });
    }
    throw error;
  }
  return extendRubric(parent, source, file);
}

// Problems inside one file, reported at the line of the offending id.
function checkOwnElements(source: RubricSource, file: YamlFile): void {
  const seen = new Map<string, string>();
  (source.areas ?? []).forEach((area, a) => {
    (area.elements ?? []).forEach((element, e) => {
      const at = file.locate(['areas', a, 'elements', e, 'id']);
      const first = seen.get(element.id);
      if (first) throw new UserError('bad-rubric', `${at}: duplicate element id "${element.id}" (first defined at ${first})`, { hint: 'give each element its own id' });
      if (!element.id.startsWith(`${area.id}.`)) {
        throw new UserError('bad-rubric', `${at}: element "${element.id}" is in area "${area.id}"; its id must start with "${area.id}."`);
      }
      seen.set(element.id, at);
    });
  });
}
