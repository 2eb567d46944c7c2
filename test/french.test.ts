/**
 * French policies get the same verdicts as English ones: each French fixture is run through the
 * CLI next to its English counterpart and every element must get the same status. A set that
 * mixes an English and a French document is matched in both languages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

interface Report {
  sets: { elements: { id: string; status: string; evidence: { file: string }[] }[] }[];
}

async function statuses(input: string | string[], args: string[]): Promise<Record<string, string>> {
  const paths = Array.isArray(input) ? input : [input];
  const result = await runCli(['check', ...paths, '--format', 'json', '--no-config', ...args]);
  const report: Report = JSON.parse(result.stdout);
  return Object.fromEntries(report.sets[0].elements.map((e) => [e.id, e.status]));
}

const pairs: [english: string, french: string][] = [
  ['complete', 'complete-fr'],
  ['gaps', 'gaps-fr'],
  ['hedged', 'hedged-fr'],
  ['negations', 'negations-fr'],
];

describe.each(pairs)('French fixture for %s', (english, french) => {
  it(`${french} gives the same status per element as ${english}`, async () => {
    const args: string[] = JSON.parse(readFileSync(join('fixtures', english, 'args.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join('fixtures', french, 'args.json'), 'utf8'))).toEqual(args);
    const [en, fr] = await Promise.all([statuses(join('fixtures', english, 'input'), args), statuses(join('fixtures', french, 'input'), args)]);
    expect(Object.keys(fr)).toEqual(Object.keys(en));
    // Guard against two empty runs agreeing: each English scenario has something to find.
    expect(Object.values(en).some((s) => s !== 'missing')).toBe(true);
    expect(fr).toEqual(en);
  });
});

describe('a set mixing English and French documents', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-gap-mixed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('matches each document in its own language', async () => {
    writeFileSync(join(dir, 'fees.md'), '# Fees\n\nAll of our immigration and settlement services are free of charge for the people we serve.\n');
    writeFileSync(
      join(dir, 'confidentialite.md'),
      '# Confidentialité\n\nToutes les informations que les clients nous confient demeurent strictement confidentielles.\n\n' +
        'Le personnel et les bénévoles doivent signer une entente de confidentialité avant tout contact avec la clientèle.\n',
    );
    const result = await runCli(['check', dir, '--format', 'json', '--no-config']);
    const report: Report = JSON.parse(result.stdout);
    const byId = new Map(report.sets[0].elements.map((e) => [e.id, e]));
    // English signals on the English document...
    expect(byId.get('free.policy')?.status).toBe('covered');
    expect(byId.get('free.policy')?.evidence[0].file).toMatch(/fees\.md$/);
    // ...and French signals on the French one.
    expect(byId.get('conf.policy')?.status).toBe('covered');
    expect(byId.get('conf.policy')?.evidence[0].file).toMatch(/confidentialite\.md$/);
    expect(byId.get('conf.agreement')?.status).toBe('covered');
    expect(byId.get('conf.agreement')?.evidence[0].file).toMatch(/confidentialite\.md$/);
    // Nothing in either document speaks of insurance.
    expect(byId.get('insurance.liability')?.status).toBe('missing');
  });
});
