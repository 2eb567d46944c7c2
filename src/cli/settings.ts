/** Flags + .policygap.yaml + defaults -> the settings of one run, remembering where each came from. */
import { resolve } from 'node:path';
import { findConfig, readConfig, type ConfigFile } from '../config/load-config.js';
import { UserError } from '../errors.js';
import type { Exemption } from '../match/match.js';
import { DEFAULT_RUBRIC } from '../rubric/shipped.js';
import { isReportLanguage, type ReportLanguage } from '../report/messages.js';
import type { FormatOptions } from '../report/types.js';
import type { FailOn, Thresholds } from './exit.js';

export interface CommonFlags {
  rubric?: string;
  config?: string | false;
  failOn?: string;
  maxWeak?: string;
  minScore?: string;
  ignore?: string[];
  lang?: string;
}

export interface Settings {
  rubric: string;
  failOn: FailOn;
  maxWeak?: number;
  minScore?: number;
  ignore: string[];
  lang: ReportLanguage;
  exemptions: Exemption[];
  configPath?: string;
  /** Setting name -> "--flag", "<config path>", "LANG" (or LC_ALL, LC_MESSAGES) or "default". */
  sources: Record<string, string>;
}

export function resolveSettings(flags: CommonFlags, start: string, cwd: string, env: Record<string, string | undefined>): Settings {
  const configPath = flags.config === false ? undefined : flags.config ? resolve(cwd, flags.config) : findConfig(resolve(cwd, start));
  const config: ConfigFile = configPath ? readConfig(configPath) : { path: '' };
  const sources: Record<string, string> = {};
  const pick = <T>(name: string, flag: T | undefined, fromConfig: T | undefined, fallback: T, flagName: string): T => {
    if (flag !== undefined) return (sources[name] = flagName), flag;
    if (fromConfig !== undefined) return (sources[name] = config.path), fromConfig;
    sources[name] = 'default';
    return fallback;
  };
  const failOn = pick('failOn', flags.failOn, config.failOn, 'missing', '--fail-on');
  if (!['missing', 'weak', 'never'].includes(failOn)) {
    throw new UserError('bad-option', `--fail-on must be missing, weak or never, not "${failOn}"`);
  }
  const language = resolveLanguage(flags.lang, config.lang === undefined ? undefined : { value: config.lang, source: config.path }, env);
  sources.lang = language.source;
  const lang = language.lang;
  const settings: Settings = {
    rubric: pick('rubric', flags.rubric, config.rubric, DEFAULT_RUBRIC, '--rubric'),
    failOn: failOn as FailOn,
    ignore: [...(config.ignore ?? []), ...(flags.ignore ?? [])],
    lang,
    exemptions: config.notApplicable ?? [],
    sources,
  };
  sources.ignore = flags.ignore?.length ? '--ignore' : config.ignore ? config.path : 'default';
  sources.notApplicable = config.notApplicable ? config.path : 'default';
  const maxWeak = pick('maxWeak', numberFlag(flags.maxWeak, '--max-weak'), config.maxWeak, undefined, '--max-weak');
  const minScore = pick('minScore', numberFlag(flags.minScore, '--min-score'), config.minScore, undefined, '--min-score');
  if (maxWeak !== undefined) settings.maxWeak = maxWeak;
  if (minScore !== undefined) settings.minScore = minScore;
  if (configPath) settings.configPath = configPath;
  return settings;
}

/** The locale variables that may choose French, in POSIX precedence: the first one set wins. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The report language: --lang, else the config's `lang`, else the locale (LC_ALL, LC_MESSAGES,
 * LANG: the first that is set and not empty; French when it starts with "fr", e.g. fr_CA.UTF-8),
 * else English. `env` is passed in, never read from process.env. A bad value is a usage error.
 */
export function resolveLanguage(
  flag: string | undefined,
  config: { value: string; source: string } | undefined,
  env: Record<string, string | undefined>,
): { lang: ReportLanguage; source: string } {
  const chosen = flag !== undefined ? { value: flag, source: '--lang' } : config;
  if (chosen) {
    if (!isReportLanguage(chosen.value)) {
      const where = chosen.source === '--lang' ? '--lang' : `lang in ${chosen.source}`;
      throw new UserError('bad-option', `${where} must be en or fr, not "${chosen.value}"`);
    }
    return { lang: chosen.value, source: chosen.source };
  }
  const variable = LOCALE_VARIABLES.find((name) => (env[name] ?? '') !== '');
  // "fr", "fr_CA.UTF-8", "fr-FR", "french"; not North Frisian ("frr_DE").
  if (variable && /^(?:fr(?:$|[_.@-])|french\b)/i.test(env[variable] ?? '')) return { lang: 'fr', source: variable };
  return { lang: 'en', source: 'default' };
}

export function numberFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UserError('bad-option', `${name} must be a number of 0 or more, not "${value}"`);
  return n;
}

/** The format options both check and batch derive from flags and settings. */
export function formatOptionsFor(
  flags: { color?: boolean; verbose?: boolean; quiet?: boolean; bom?: boolean; by?: 'area' | 'element' },
  settings: Settings,
  io: { cwd: string; isTTY: boolean; env: Record<string, string | undefined> },
): FormatOptions {
  return {
    color: flags.color ?? (io.isTTY && !io.env.NO_COLOR),
    cwd: io.cwd,
    verbose: flags.verbose ?? false,
    quiet: flags.quiet ?? false,
    lang: settings.lang,
    ...(flags.by ? { by: flags.by } : {}),
    ...(flags.bom ? { bom: true } : {}),
  };
}

/** The exit thresholds of a run. */
export function thresholdsFor(settings: Settings): Thresholds {
  return {
    failOn: settings.failOn,
    ...(settings.maxWeak !== undefined ? { maxWeak: settings.maxWeak } : {}),
    ...(settings.minScore !== undefined ? { minScore: settings.minScore } : {}),
  };
}
