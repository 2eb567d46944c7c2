// --lang and the locale: which language the report text is in, and that a bad value is a usage error.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../src/cli/settings.js';
import { runCli } from '../helpers/run-cli.js';
import { tempDir } from '../helpers/temp.js';

const bilingual = resolve('test/fixtures/rubrics/bilingual.yaml');
const rubricArgs = ['--rubric', bilingual, '--no-config', '--fail-on', 'never'];

const dir = tempDir({
  'policies/politique.md': '# Politique\n\nNos services sont gratuits pour tous les clients.\nLe personnel devrait refuser les cadeaux des clients dans la mesure du possible.\n',
  'policies/policy.md': '# Policy\n\nStaff should avoid gifts from clients where possible.\n',
  'members/a/policy.md': 'All services are free of charge.\n',
  'members/b/policy.md': 'Staff must not accept gifts from clients.\n',
  'fr-config/.policygap.yaml': `rubric: ${bilingual}\nfailOn: never\nlang: fr\n`,
  'fr-config/policy.md': 'All services are free of charge.\n',
  'bad-config/.policygap.yaml': 'lang: de\n',
  'bad-config/policy.md': 'All services are free of charge.\n',
});
const policies = `${dir}/policies`;

const FRENCH = /2 fichiers|0 couvert|manquant/;
const ENGLISH = /2 files|covered, .* weak/;

describe('resolveLanguage', () => {
  it.each([
    ['nothing set', undefined, undefined, {}, 'en', 'default'],
    ['LANG=fr_CA.UTF-8', undefined, undefined, { LANG: 'fr_CA.UTF-8' }, 'fr', 'LANG'],
    ['LANG=fr', undefined, undefined, { LANG: 'fr' }, 'fr', 'LANG'],
    ['LANG=en_CA.UTF-8', undefined, undefined, { LANG: 'en_CA.UTF-8' }, 'en', 'default'],
    ['LC_ALL wins over LANG', undefined, undefined, { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' }, 'fr', 'LC_ALL'],
    ['LC_ALL=C wins over a French LANG', undefined, undefined, { LC_ALL: 'C', LANG: 'fr_CA.UTF-8' }, 'en', 'default'],
    ['an empty LC_ALL is unset', undefined, undefined, { LC_ALL: '', LANG: 'fr_CA.UTF-8' }, 'fr', 'LANG'],
    ['LC_MESSAGES before LANG', undefined, undefined, { LC_MESSAGES: 'fr_BE', LANG: 'en_GB' }, 'fr', 'LC_MESSAGES'],
    ['North Frisian is not French', undefined, undefined, { LANG: 'frr_DE.UTF-8' }, 'en', 'default'],
    ['the config wins over LANG', undefined, { value: 'en', source: '/x/.policygap.yaml' }, { LANG: 'fr_CA.UTF-8' }, 'en', '/x/.policygap.yaml'],
    ['--lang wins over the config', 'fr', { value: 'en', source: '/x/.policygap.yaml' }, {}, 'fr', '--lang'],
    ['--lang en wins over LANG', 'en', undefined, { LANG: 'fr_CA.UTF-8' }, 'en', '--lang'],
  ] as const)('%s', (_name, flag, config, env, lang, source) => {
    expect(resolveLanguage(flag, config, env)).toEqual({ lang, source });
  });

  it('rejects a language it has no report text for', () => {
    expect(() => resolveLanguage('de', undefined, {})).toThrow('--lang must be en or fr, not "de"');
    expect(() => resolveLanguage(undefined, { value: 'es', source: 'c.yaml' }, {})).toThrow('lang in c.yaml must be en or fr, not "es"');
  });
});

describe('policy-gap check --lang', () => {
  it.each([
    ['--lang fr', ['--lang', 'fr'], {}, FRENCH],
    ['LANG=fr_CA.UTF-8', [], { LANG: 'fr_CA.UTF-8' }, FRENCH],
    ['LC_ALL=fr_FR.UTF-8', [], { LC_ALL: 'fr_FR.UTF-8' }, FRENCH],
    ['--lang en over LANG=fr_CA.UTF-8', ['--lang', 'en'], { LANG: 'fr_CA.UTF-8' }, ENGLISH],
    ['no flag, no locale', [], {}, ENGLISH],
  ] as const)('%s', async (_name, args, env, expected) => {
    const result = await runCli(['check', policies, ...rubricArgs, ...args], { env: { NO_COLOR: '1', ...env } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(expected);
    expect(result.stdout).not.toMatch(expected === FRENCH ? ENGLISH : FRENCH);
  });

  it('takes `lang: fr` from the config file', async () => {
    const result = await runCli(['check', 'policy.md'], { cwd: `${dir}/fr-config` });
    expect(result.stdout).toContain('1 fichier');
    expect(result.stdout).toContain('Services gratuits');
  });

  it('--print-config says which variable chose the language', async () => {
    const result = await runCli(['check', policies, ...rubricArgs, '--print-config'], { env: { LC_MESSAGES: 'fr_CA.UTF-8' } });
    expect(result.stdout).toContain('lang:\n    value: fr\n    from: LC_MESSAGES');
  });

  it('writes the same JSON keys, ids and statuses in both languages', async () => {
    const json = async (lang: string) => JSON.parse((await runCli(['check', policies, ...rubricArgs, '--format', 'json', '--lang', lang])).stdout);
    const [en, fr] = [await json('en'), await json('fr')];
    const shape = (report: { sets: { elements: Record<string, unknown>[] }[] }) =>
      report.sets[0].elements.map(({ id, status, why, evidence, ...rest }) => ({ id, status, why, evidence, keys: Object.keys(rest) }));
    expect(shape(fr)).toEqual(shape(en));
    const gifts = fr.sets[0].elements.find((e: { id: string }) => e.id === 'coi.gifts');
    expect(gifts).toMatchObject({ status: 'weak', title: 'Cadeaux', question: 'Le personnel peut-il accepter des cadeaux des clients ?' });
    expect(gifts.reasons[0]).toMatch(/^formulation atténuée/);
    expect(fr.sets[0].files.map((f: { language: string }) => f.language)).toEqual(['en', 'fr']);
  });

  it.each([
    ['check', ['check', policies, ...rubricArgs, '--lang', 'de']],
    ['batch', ['batch', `${dir}/members`, ...rubricArgs, '--lang', 'de']],
    ['explain', ['explain', 'coi.gifts', '--rubric', bilingual, '--lang', 'de']],
  ])('%s: a bad --lang exits 2 with one message', async (_name, args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: option '--lang <lang>' argument 'de' is invalid\. Allowed choices are en, fr\.\n/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad lang in the config exits 2, naming the file', async () => {
    const result = await runCli(['check', 'policy.md'], { cwd: `${dir}/bad-config` });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\.policygap\.yaml/);
    expect(result.stderr).toMatch(/lang/);
  });
});

describe('policy-gap batch --lang', () => {
  it('writes the matrix in French', async () => {
    const result = await runCli(['batch', `${dir}/members`, ...rubricArgs, '--jobs', '1', '--lang', 'fr']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 membres × 2 domaines');
    expect(result.stdout).not.toMatch(/\bmembers\b/);
  });
});

describe('policy-gap explain --lang', () => {
  it.each([
    ['--lang fr', ['--lang', 'fr'], {}],
    ['LANG=fr_CA.UTF-8', [], { LANG: 'fr_CA.UTF-8' }],
  ] as const)('%s explains in French', async (_name, args, env) => {
    const result = await runCli(['explain', 'coi.gifts', '--rubric', bilingual, ...args], { env: { NO_COLOR: '1', ...env } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('coi.gifts : Cadeaux');
    expect(result.stdout).toContain('Couvert quand la politique dit\n  Le personnel n’accepte pas de cadeaux des clients.');
    expect(result.stdout).toContain('Exemples de formulation\n  - Le personnel ne doit pas accepter de cadeaux des clients.');
    expect(result.stdout).toContain('Détection dans les documents en français\n  couvert : [cadeau | cadeaux] + [client | clients | clientèle]');
  });

  it('falls back to English per field and --lang en overrides LANG', async () => {
    const fr = await runCli(['explain', 'coi.disclosure', '--rubric', bilingual, '--lang', 'fr']);
    expect(fr.stdout).toContain('coi.disclosure : Déclarer les conflits');
    expect(fr.stdout).toContain('Question\n  Who do staff tell about a conflict?');
    const en = await runCli(['explain', 'coi.gifts', '--rubric', bilingual, '--lang', 'en'], { env: { LANG: 'fr_CA.UTF-8' } });
    expect(en.stdout).toContain('coi.gifts: Gifts\nArea: Conflicts');
    expect(en.stdout).toContain('Covered when the policy says\n  Staff do not accept gifts from clients.');
  });
});
