import { describe, expect, it } from 'vitest';
import { isUserError } from '../../src/errors.js';
import { loadRubric } from '../../src/rubric/load.js';
import { tempDir } from '../helpers/temp.js';

const element = (id: string, extra = '') => `
      - id: ${id}
        title: T
        question: Q?
        expects: E.
        goodWording: G.
        examples: [X.]
        source: S
        signals:
          - all: [[gift]]${extra}`;

const header = 'id: custom\nversion: "1"\ntitle: Custom\nlanguage: en\nlicence: MIT\n';

function errorOf(files: Record<string, string>, entry = 'rubric.yaml'): string {
  const dir = tempDir(files);
  try {
    loadRubric(`${dir}/${entry}`);
  } catch (error) {
    if (!isUserError(error)) throw error;
    return error.message.replaceAll(dir + '/', '');
  }
  throw new Error('expected the rubric to be rejected');
}

describe('rubric validation errors name the file, line, column and the fix', () => {
  it.each([
    ['a missing required field', `${header}areas:\n  - id: coi\n    elements:\n      - id: coi.gifts\n        title: T\n`, /rubric\.yaml:9:9: missing required field "question"/],
    ['an unknown field', `${header}colour: blue\n`, /rubric\.yaml:6:1: unknown field "colour"/],
    ['a wrong type', `${header}areas: yes\n`, /rubric\.yaml:6:1: "areas" must be array/],
    ['an empty signal group', `${header}areas:\n  - id: coi\n    elements:${element('coi.gifts').replace('[[gift]]', '[[]]')}\n`, /rubric\.yaml:17:19: "0" must have at least 1 item/],
    ['invalid YAML', `${header}areas: [\n`, /rubric\.yaml:\d+:\d+: invalid YAML/],
    ['an unknown extends', `${header}extends: no-such-rubric\n`, /rubric\.yaml:6:1: extends unknown rubric "no-such-rubric"/],
    ['a duplicate id', `${header}areas:\n  - id: coi\n    elements:${element('coi.gifts')}${element('coi.gifts')}\n`, /rubric\.yaml:18:\d+: duplicate element id "coi\.gifts" \(first defined at .*rubric\.yaml:9:\d+\)/],
    ['an unknown concept', `${header}areas:\n  - id: coi\n    elements:${element('coi.gifts').replace('[[gift]]', '["@nothing"]')}\n`, /unknown concept "@nothing"/],
    ['an id outside its area', `${header}areas:\n  - id: coi\n    elements:${element('conf.gifts')}\n`, /rubric\.yaml:9:\d+: element "conf\.gifts" is in area "coi"; its id must start with "coi\."/],
    ['disable without extends', `${header}disable: [coi.gifts]\n`, /rubric\.yaml:6:\d+: override and disable need `extends:`/],
    ['an alias bomb', `${header}description: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n`, /alias/i],
  ])('%s', (_name, text, expected) => {
    expect(errorOf({ 'rubric.yaml': text })).toMatch(expected);
  });

  it('rejects disabling an element that does not exist, at its line', () => {
    const base = `${header.replace('custom', 'base')}areas:\n  - id: coi\n    elements:${element('coi.gifts')}\n`;
    const child = `${header}extends: ./base.yaml\ndisable:\n  - coi.gift\n`;
    expect(errorOf({ 'base.yaml': base, 'rubric.yaml': child })).toMatch(/rubric\.yaml:8:5: cannot disable "coi\.gift": no such element \(did you mean coi\.gifts\?\)/);
  });

  it('rejects an extends loop', () => {
    const a = `${header.replace('custom', 'a')}extends: ./b.yaml\n`;
    const b = `${header.replace('custom', 'b')}extends: ./a.yaml\n`;
    expect(errorOf({ 'a.yaml': a, 'b.yaml': b }, 'a.yaml')).toMatch(/loops back/);
  });
});

describe('extends, override and disable', () => {
  const base = `${header.replace('custom', 'base')}concepts:\n  client: [client]\nareas:\n  - id: coi\n    title: Conflicts\n    elements:${element('coi.gifts')}${element('coi.policy')}\n`;

  it('adds elements, overrides fields and disables elements', () => {
    const child = `${header}extends: ./base.yaml\noverride:\n  coi.gifts:\n    title: Gifts and favours\ndisable: [coi.policy]\nareas:\n  - id: coi\n    elements:${element('coi.family')}\n  - id: scope\n    title: Scope\n    elements:${element('scope.areas', '\n          - all: ["@client"]')}\n`;
    const dir = tempDir({ 'base.yaml': base, 'rubric.yaml': child });
    const rubric = loadRubric(`${dir}/rubric.yaml`);
    expect(rubric.id).toBe('custom');
    expect(rubric.elements.map((e) => e.id)).toEqual(['coi.gifts', 'coi.family', 'scope.areas']);
    expect(rubric.elements[0].title).toBe('Gifts and favours');
    expect(rubric.areas.map((a) => a.title)).toEqual(['Conflicts', 'Scope']);
    expect(rubric.elements[2].signals[1].groups[0].terms).toEqual(['client']);
  });

  it('rejects redefining an inherited element instead of overriding it', () => {
    const child = `${header}extends: ./base.yaml\nareas:\n  - id: coi\n    elements:${element('coi.gifts')}\n`;
    const dir = tempDir({ 'base.yaml': base, 'rubric.yaml': child });
    expect(() => loadRubric(`${dir}/rubric.yaml`)).toThrow(/already defined .* use `override:`/);
  });
});

describe('concepts that include other concepts', () => {
  const rubricWith = (concepts: string) =>
    `${header}concepts:\n${concepts}areas:\n  - id: coi\n    elements:${element('coi.gifts').replace('[[gift]]', '["@frontline"]')}\n`;

  it('expand an included concept in place, so a near-copy is written once', () => {
    const dir = tempDir({ 'rubric.yaml': rubricWith('  workers: [staff, volunteers]\n  frontline: ["@workers", you]\n') });
    const rubric = loadRubric(`${dir}/rubric.yaml`);
    expect(rubric.elements[0].signals[0].groups[0].terms).toEqual(['staff', 'volunteers', 'you']);
  });

  it.each([
    ['an unknown included concept, naming the concept that includes it', '  frontline: ["@workers", you]\n', /concept "@frontline" refers to unknown concept "@workers"/],
    ['concepts that include each other', '  workers: ["@frontline"]\n  frontline: ["@workers", you]\n', /concepts include each other in a circle: @frontline -> @workers -> @frontline/],
  ])('reject %s', (_name, concepts, expected) => {
    expect(errorOf({ 'rubric.yaml': rubricWith(concepts) })).toMatch(expected);
  });
});
