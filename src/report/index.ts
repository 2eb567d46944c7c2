// The formatter registry: `--format NAME` picks one of these; a new format is one file and one line.
import { csv } from './formatters/csv.js';
import { github } from './formatters/github.js';
import { gitlab } from './formatters/gitlab.js';
import { html } from './formatters/html.js';
import { json } from './formatters/json.js';
import { junit } from './formatters/junit.js';
import { markdown } from './formatters/markdown.js';
import { sarif } from './formatters/sarif.js';
import { stylish } from './formatters/stylish.js';
import type { Formatter } from './types.js';

export const formatters = { stylish, json, sarif, github, junit, gitlab, markdown, csv, html } as const;

export type FormatName = keyof typeof formatters;

/** The names `--format` accepts, in registry order (stylish, the default, first). */
export const formatNames = Object.keys(formatters) as FormatName[];

/** True when `name` is a registered format. */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}

/** The formatter called `name`; an unknown name throws an Error that lists the valid ones. */
export function getFormatter(name: string): Formatter {
  if (!isFormatName(name)) {
    throw new Error(`Unknown format "${name}"; expected one of: ${formatNames.join(', ')}`);
  }
  return formatters[name];
}

export { githubStepSummary } from './formatters/github.js';
