/** `policy-gap rubric list|show|validate|test`: for people who adapt and tune rubrics. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { UserError } from '../../errors.js';
import { listCases, runCase } from '../../eval/cases.js';
import { runExamples } from '../../eval/examples.js';
import { computeMetrics } from '../../eval/metrics.js';
import { formatMetrics, formatDisagreements, formatExampleFailures } from '../../eval/print.js';
import { loadRubric } from '../../rubric/load.js';
import { DEFAULT_RUBRIC, shippedRubricIds } from '../../rubric/shipped.js';
import { ExitCode, type IO } from '../io.js';

export function registerRubricCommands(program: Command, io: IO, done: (code: number) => void): void {
  const rubric = program.command('rubric').description('list, show, validate and test rubrics');

  rubric
    .command('list')
    .description('the shipped rubrics, with their element counts')
    .action(() => {
      for (const id of shippedRubricIds()) {
        const r = loadRubric(id, io.cwd);
        io.stdout(`${id.padEnd(26)} ${String(r.elements.length).padStart(3)} elements, ${r.areas.length} areas  ${r.title} (v${r.version})\n`);
      }
      done(ExitCode.ok);
    });

  rubric
    .command('show')
    .description('the resolved rubric (after extends, overrides and disables) as YAML')
    .argument('[id|file]', 'rubric id or file', DEFAULT_RUBRIC)
    .action((ref: string) => {
      const r = loadRubric(ref, io.cwd);
      const { files, ...rest } = r;
      io.stdout(stringify({ ...rest, files: files.map((f) => f.replace(`${io.cwd}/`, '')) }, { lineWidth: 0 }));
      done(ExitCode.ok);
    });

  rubric
    .command('validate')
    .description('check a rubric file: schema, extends, duplicate ids, overrides and disables of unknown ids, concepts')
    .argument('<file>', 'rubric file (or shipped id)')
    .action((ref: string) => {
      const r = loadRubric(ref, io.cwd);
      io.stdout(`${ref}: valid (${r.elements.length} elements in ${r.areas.length} areas)\n`);
      done(ExitCode.ok);
    });

  rubric
    .command('test')
    .description('score a rubric against labeled cases (folders with labels.yaml), or run its example passages')
    .argument('[cases-dir]', 'folder of labeled cases')
    .option('-r, --rubric <id|file>', 'rubric to test', DEFAULT_RUBRIC)
    .option('--examples', 'run the example passages of every element instead of cases')
    .option('--min-f1 <x>', 'exit 1 when macro-F1 is below x')
    .option('--case <glob-free substring>', 'only cases whose id contains this text')
    .option('-v, --verbose', 'list every disagreement with its deciding evidence')
    .addHelpText('after', '\nExamples:\n  $ policy-gap rubric test ../shared/eval/dev --rubric ccr-framework\n  $ policy-gap rubric test --examples --rubric my-rubric.yaml')
    .action(async (dir: string | undefined, flags: { rubric: string; examples?: boolean; minF1?: string; verbose?: boolean; case?: string }) => {
      const r = loadRubric(flags.rubric, io.cwd);
      if (flags.examples) {
        const { total, failures } = await runExamples(r);
        io.stdout(formatExampleFailures(failures, total));
        return done(failures.length > 0 ? ExitCode.findings : ExitCode.ok);
      }
      if (!dir) throw new UserError('bad-option', 'give a folder of labeled cases, or --examples');
      const casesDir = resolve(io.cwd, dir);
      const ids = listCases(casesDir).filter((id) => !flags.case || id.includes(flags.case));
      const cases = [];
      for (const id of ids) cases.push(await runCase(casesDir, id, r, io.today));
      if (flags.verbose) io.stdout(formatDisagreements(cases));
      const groups = {
        all: cases,
        english: cases.filter((c) => !c.id.endsWith('-fr')),
        french: cases.filter((c) => c.id.endsWith('-fr')),
      };
      io.stdout(formatMetrics(r.id, groups));
      const minF1 = flags.minF1 === undefined ? undefined : Number(flags.minF1);
      if (minF1 !== undefined && !Number.isFinite(minF1)) throw new UserError('bad-option', `--min-f1 must be a number, not "${flags.minF1}"`);
      const macro = computeMetrics(cases.flatMap((c) => c.pairs)).macroF1;
      done(minF1 !== undefined && macro < minF1 ? ExitCode.findings : ExitCode.ok);
    });
}
