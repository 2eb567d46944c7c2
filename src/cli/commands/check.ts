/** `policy-gap check PATH...`: one organization's policy set against a rubric. */
import { resolve } from 'node:path';
import { parseBytes, DEFAULT_LIMITS, type ReadLimits } from '../../documents/read.js';
import { formatOf } from '../../documents/load.js';
import { walk } from '../../documents/walk.js';
import { UserError } from '../../errors.js';
import { checkSet, type SetSpec } from '../../pipeline.js';
import { buildReport, displayPath } from '../../report/build.js';
import { compareToBaseline, readBaseline } from '../../report/baseline.js';
import { loadRubric } from '../../rubric/load.js';
import { TOOL } from '../version.js';
import { exitCodeFor, failures } from '../exit.js';
import { ExitCode, type IO } from '../io.js';
import { otherInputs, parseTargets, writeOutputs } from '../output.js';
import { formatOptionsFor, numberFlag, resolveSettings, thresholdsFor, type CommonFlags } from '../settings.js';

export interface CheckFlags extends CommonFlags {
  format: string[];
  output?: string;
  name?: string;
  stdinFilename?: string;
  quiet?: boolean;
  verbose?: boolean;
  color?: boolean;
  printConfig?: boolean;
  baseline?: string;
  docLang?: string;
  maxFileSize?: string;
  timeout?: string;
  maxPages?: string;
  maxInflatedMb?: string;
  maxTextMb?: string;
  maxMemoryMb?: string;
  bom?: boolean;
}

export async function checkCommand(paths: string[], flags: CheckFlags, io: IO): Promise<number> {
  const settings = resolveSettings(flags, paths.find((p) => p !== '-') ?? '.', io.cwd, io.env);
  if (flags.printConfig) {
    io.stdout(await printConfig(settings));
    return ExitCode.ok;
  }
  if (paths.length === 0) throw new UserError('bad-path', 'no paths given', { hint: 'policy-gap check POLICY.md or a folder; - reads standard input' });
  const rubric = loadRubric(settings.rubric, io.cwd);
  const limits = readLimits(flags);
  const targets = parseTargets(flags.format, flags.output, io.cwd);
  const docLanguage = languageFlag(flags.docLang);

  const spec: SetSpec = { id: flags.name ?? 'policies', files: [], documents: [], skipped: [] };
  const filePaths = paths.filter((p) => p !== '-');
  if (paths.includes('-')) spec.documents!.push(await readStdinDocument(flags.stdinFilename, io, limits, docLanguage));
  const walked = walk(filePaths, { cwd: io.cwd, ignore: settings.ignore });
  spec.files = walked.files.map((abs) => ({ abs, display: displayPath(abs, io.cwd) }));
  spec.skipped = walked.skipped.map((s) => ({ path: displayPath(s.path, io.cwd), format: null, error: s.reason }));
  if (spec.files.length === 0 && spec.documents!.length === 0) {
    throw new UserError('bad-path', `no policy files found in ${filePaths.join(', ')}`, { hint: 'policy-gap reads .md, .markdown, .txt, .html, .docx and .pdf files' });
  }

  const set = await checkSet(spec, { rubric, limits, exemptions: settings.exemptions, today: io.today, ...(docLanguage ? { docLanguage } : {}) });
  let report = buildReport(rubric, [set], { cwd: io.cwd, tool: TOOL, lang: settings.lang });
  if (flags.baseline) report = { ...report, comparison: compareToBaseline(report, readBaseline(resolve(io.cwd, flags.baseline)), flags.baseline) };
  const options = formatOptionsFor(flags, settings, io);
  await writeOutputs(report, targets, options, io, new Set([...walked.files, ...otherInputs(rubric.files, settings.configPath, flags.baseline, io.cwd)]));
  for (const problem of set.problems) io.stderr(`policy-gap: warning: ${problem}\n`);
  if (set.documents === 0) {
    io.stderr(`policy-gap: no file could be read: ${set.files.map((f) => `${f.path} (${f.error})`).join('; ')}\n`);
    return ExitCode.error;
  }
  const thresholds = thresholdsFor(settings);
  if (flags.verbose) for (const line of failures(report, thresholds)) io.stderr(`policy-gap: ${line}\n`);
  return exitCodeFor(report, thresholds);
}

async function readStdinDocument(name: string | undefined, io: IO, limits: ReadLimits, language?: 'en' | 'fr') {
  const display = name ?? '<stdin>';
  const bytes = await io.readStdin(limits.maxFileSize + 1);
  if (bytes.length === 0) throw new UserError('bad-file', 'standard input is empty', { hint: 'pipe a policy into it, e.g. cat policy.md | policy-gap check -' });
  if (bytes.length > limits.maxFileSize) {
    throw new UserError('limit', `standard input is larger than the limit of ${limits.maxFileSize / 1024 / 1024} MB`, { hint: 'raise it with --max-file-size' });
  }
  const format = formatOf(name ?? 'stdin.md') ?? 'markdown';
  const outcome = await parseBytes(bytes, { path: display, format, error: null }, display, limits, language);
  if (!outcome.document) throw new UserError('bad-file', `cannot read standard input: ${outcome.entry.error}`);
  return { document: outcome.document, entry: outcome.entry };
}

export function readLimits(flags: Pick<CheckFlags, 'maxFileSize' | 'timeout' | 'maxPages' | 'maxInflatedMb' | 'maxTextMb' | 'maxMemoryMb'>): Required<ReadLimits> {
  const mb = 1024 * 1024;
  const given = (value: string | undefined, name: string, scale: number, fallback: number, min = 0) => {
    const n = numberFlag(value, name);
    if (n === undefined) return fallback;
    if (n < min) throw new UserError('bad-option', `${name} must be at least ${min}, not "${value}"`);
    return n * scale;
  };
  return {
    maxFileSize: given(flags.maxFileSize, '--max-file-size', mb, DEFAULT_LIMITS.maxFileSize),
    timeoutMs: given(flags.timeout, '--timeout', 1000, DEFAULT_LIMITS.timeoutMs),
    maxPages: Math.floor(given(flags.maxPages, '--max-pages', 1, DEFAULT_LIMITS.maxPages)),
    maxInflatedBytes: given(flags.maxInflatedMb, '--max-inflated-mb', mb, DEFAULT_LIMITS.maxInflatedBytes),
    maxTextChars: given(flags.maxTextMb, '--max-text-mb', 1_000_000, DEFAULT_LIMITS.maxTextChars),
    maxMemoryMb: given(flags.maxMemoryMb, '--max-memory-mb', 1, DEFAULT_LIMITS.maxMemoryMb, 64),
  };
}

export function languageFlag(value: string | undefined): 'en' | 'fr' | undefined {
  if (value === undefined) return undefined;
  if (value !== 'en' && value !== 'fr') throw new UserError('bad-option', `--doc-lang must be en or fr, not "${value}"`);
  return value;
}

// Only --print-config writes YAML: the package is imported then, not on every check.
async function printConfig(settings: ReturnType<typeof resolveSettings>): Promise<string> {
  const { stringify } = await import('yaml');
  const { sources, configPath, ...values } = settings;
  const entries = Object.entries(values).map(([key, value]) => [key, { value, from: sources[key] ?? 'default' }]);
  return stringify({ config: configPath ?? null, settings: Object.fromEntries(entries) });
}
