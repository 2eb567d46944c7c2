/** The rubrics that ship with policy-gap, found next to the package. */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** rubric/ at the package root (dist/rubric/shipped.js -> ../../rubric/). */
export const RUBRIC_DIR = new URL('../../rubric/', import.meta.url);
export const RUBRIC_SCHEMA = new URL('schema.json', RUBRIC_DIR);
export const DEFAULT_RUBRIC = 'ccr-ethical-principles';

export function shippedRubricIds(): string[] {
  return readdirSync(RUBRIC_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** The file of a shipped rubric id, or undefined when no such rubric ships. */
export function shippedRubricPath(id: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return undefined;
  const path = fileURLToPath(new URL(`${id}.yaml`, RUBRIC_DIR));
  return existsSync(path) ? path : undefined;
}
