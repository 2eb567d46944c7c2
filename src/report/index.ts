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
import type { FormatName } from './formats.js';
import { formatNames, isFormatName } from './formats.js';
import type { Formatter } from './types.js';

export const formatters = { stylish, json, sarif, github, junit, gitlab, markdown, csv, html } as const satisfies Record<FormatName, Formatter>;

export { formatNames, isFormatName, type FormatName } from './formats.js';

/** The formatter called `name`; an unknown name throws an Error that lists the valid ones. */
export function getFormatter(name: string): Formatter {
  if (!isFormatName(name)) {
    throw new Error(`Unknown format "${name}"; expected one of: ${formatNames.join(', ')}`);
  }
  return formatters[name];
}

export { githubStepSummary } from './formatters/github.js';
