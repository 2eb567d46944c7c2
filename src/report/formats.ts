/**
 * The format names and a loader per format, without importing any formatter: a run imports only
 * the formatters it writes (the CLI's start-up budget). `index.ts` is the static registry.
 */
import type { Formatter } from './types.js';

const loaders = {
  stylish: async () => (await import('./formatters/stylish.js')).stylish,
  json: async () => (await import('./formatters/json.js')).json,
  sarif: async () => (await import('./formatters/sarif.js')).sarif,
  github: async () => (await import('./formatters/github.js')).github,
  junit: async () => (await import('./formatters/junit.js')).junit,
  gitlab: async () => (await import('./formatters/gitlab.js')).gitlab,
  markdown: async () => (await import('./formatters/markdown.js')).markdown,
  csv: async () => (await import('./formatters/csv.js')).csv,
  html: async () => (await import('./formatters/html.js')).html,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof loaders;

/** The names `--format` accepts, in registry order (stylish, the default, first). */
export const formatNames = Object.keys(loaders) as FormatName[];

/** True when `name` is a registered format. */
export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(loaders, name);
}

/** The formatter called `name`, imported on first use. */
export function loadFormatter(name: FormatName): Promise<Formatter> {
  return loaders[name]();
}

/** The Markdown job summary GitHub shows beside the annotations. */
export async function loadGithubStepSummary(): Promise<(typeof import('./formatters/github.js'))['githubStepSummary']> {
  return (await import('./formatters/github.js')).githubStepSummary;
}
