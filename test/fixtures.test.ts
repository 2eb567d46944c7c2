/**
 * Walks fixtures/<scenario>/ (input/, optional args.json, expected.json) and runs the CLI on each,
 * comparing with expected.json: the verdicts a person reviewed. UPDATE_FIXTURES=1 rewrites them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

interface Expected {
  exitCode: number;
  results: { element: string; status: string; evidence: string[] }[];
}

const root = 'fixtures';
const scenarios = readdirSync(root).filter((name) => existsSync(join(root, name, 'input')) && existsSync(join(root, name, 'args.json')));

describe.each(scenarios)('fixture %s', (scenario) => {
  it('gives the reviewed verdicts', async () => {
    const args: string[] = JSON.parse(readFileSync(join(root, scenario, 'args.json'), 'utf8'));
    const result = await runCli(['check', join(root, scenario, 'input'), '--format', 'json', '--no-config', ...args]);
    const report = JSON.parse(result.stdout);
    const actual: Expected = {
      exitCode: result.code,
      results: report.sets[0].elements.map((e: { id: string; status: string; evidence: { file: string; line: number }[] }) => ({
        element: e.id,
        status: e.status,
        evidence: e.evidence.map((ev) => `${ev.file.replace(`${root}/${scenario}/input/`, '')}:${ev.line}`),
      })),
    };
    const file = join(root, scenario, 'expected.json');
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    if (!existsSync(file)) throw new Error(`${file} is missing: run UPDATE_FIXTURES=1 npm test, then review it`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
