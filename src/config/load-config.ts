/** Finds and reads `.policygap.yaml`: upwards from the checked files, or the --config file. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { validateAgainst } from '../rubric/validate.js';
import { parseYaml, readYamlText } from '../rubric/yaml-file.js';
import type { Exemption } from '../match/match.js';

export const CONFIG_NAME = '.policygap.yaml';
const CONFIG_SCHEMA = new URL('../../rubric/config.schema.json', import.meta.url);

export interface ConfigFile {
  path: string;
  rubric?: string;
  failOn?: 'missing' | 'weak' | 'never';
  maxWeak?: number;
  minScore?: number;
  ignore?: string[];
  lang?: 'en' | 'fr';
  notApplicable?: Exemption[];
}

/** The nearest config at or above `start` (a file or folder), stopping at the filesystem root. */
export function findConfig(start: string): string | undefined {
  let dir = resolve(start);
  if (existsSync(dir) && !isDirectory(dir)) dir = dirname(dir);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function readConfig(path: string): ConfigFile {
  const text = readYamlText(path, 'bad-config', 'config');
  const file = parseYaml(path, text, 'bad-config');
  if (file.data === null || file.data === undefined) return { path };
  validateAgainst(CONFIG_SCHEMA, file, 'bad-config', `config ${path}`);
  const data = file.data as Omit<ConfigFile, 'path'> & { notApplicable?: { element: string; reason: string; expires?: string }[] };
  const notApplicable = data.notApplicable?.map((entry, index) => ({
    ...entry,
    reason: entry.reason.trim(),
    source: `${file.locate(['notApplicable', index]).replace(/:\d+$/, '')}`,
  }));
  const rubric = data.rubric && /[\\/]|\.ya?ml$/i.test(data.rubric) ? resolve(dirname(path), data.rubric) : data.rubric;
  return { ...data, path, ...(rubric ? { rubric } : {}), ...(notApplicable ? { notApplicable } : {}) };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
