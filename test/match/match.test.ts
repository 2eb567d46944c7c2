import { describe, expect, it } from 'vitest';
import { markdownDocument } from '../../src/documents/readers/markdown.js';
import { textDocument } from '../../src/documents/readers/text.js';
import { match } from '../../src/match/match.js';
import { loadRubric } from '../../src/rubric/load.js';

const rubric = loadRubric('test/fixtures/rubrics/mini.yaml');

async function statusOf(element: string, markdown: string) {
  const result = match([await markdownDocument('policy.md', markdown)], rubric).results.find((r) => r.id === element)!;
  return result;
}

describe('matching: polarity, strength and noise', () => {
  it.each([
    ['a firm statement covers', 'free.policy', 'All of our services are free of charge.', 'covered'],
    ['a negated charge supports "free"', 'free.policy', 'We do not charge fees for any service.', 'covered'],
    ['a hedge makes it weak', 'free.policy', 'We try to keep services free where possible.', 'weak'],
    ['a fee that applies contradicts it', 'free.policy', 'A fee of $50 applies to every application.', 'missing'],
    ['negation scope ends at a relative clause', 'free.policy', 'Our clients cannot afford lawyers who charge fees.', 'weak'],
    ['negation scope ends at a comma', 'free.policy', 'No appointment is needed, fees apply to every application.', 'missing'],
    ['a prohibition with "must not" is firm', 'coi.gifts', 'Staff must not accept gifts from clients.', 'covered'],
    ['"may not" is a prohibition, not a hedge', 'coi.gifts', 'Volunteers may not accept gifts from clients.', 'covered'],
    ['a modal "should" hedges', 'coi.gifts', 'Staff should decline gifts from clients.', 'weak'],
    ['a modal in a relative clause does not hedge the rule', 'coi.gifts', 'Staff decline gifts from clients that may influence their work.', 'covered'],
    ['a long sentence cut off at a comma is still a sentence', 'coi.gifts', 'Staff must not accept gifts from clients, from members of their families or from anyone who acts for them in any matter,', 'covered'],
    ['a short line cut off at a comma is a label', 'coi.gifts', 'Gifts from clients,', 'weak'],
    ['a long run of capitalised titles is a label, not a rule', 'coi.gifts', 'Staff Gifts From Clients Working Hours Parking Office Keys Holidays Travel Claims Training Sessions Volunteer Rotas', 'weak'],
    ['a modal in the main clause still hedges', 'coi.gifts', 'Staff may decline gifts from clients that influence their work.', 'weak'],
    ['a firm word beats a modal in a condition', 'coi.gifts', 'Anyone who may receive gifts from clients must declare them.', 'covered'],
    ['only part of the concepts is weak', 'coi.gifts', 'Staff must not accept gifts.', 'weak'],
    ['the same word on another topic is missing', 'coi.gifts', 'Our shop sells gift cards.', 'missing'],
  ])('%s', async (_name, element, text, expected) => {
    expect((await statusOf(element, text)).status).toBe(expected);
  });

  it.each([
    ['a list item that only names a topic is weak', 'The training covers:\n\n- gifts from clients\n- working hours\n', 'weak'],
    ['a list item under a firm lead-in is a rule', 'Staff must never accept:\n\n- gifts from clients\n- loans\n', 'covered'],
    ['a list item that is a sentence is a rule', 'Our rules:\n\n- Staff decline gifts from clients.\n', 'covered'],
    ['a list item that opens with a prohibition is a rule', 'Our rules:\n\n- Never accept gifts from clients\n', 'covered'],
    ['a negation further in does not make an example a rule', 'Examples of poor conduct include:\n\n- taking gifts from clients without telling anyone\n', 'weak'],
  ])('%s', async (_name, markdown, expected) => {
    expect((await statusOf('coi.gifts', markdown)).status).toBe(expected);
  });

  it.each([
    ['an "unless" word in the sentence stops the signal', 'Clients feel free to call us at any time.', 'missing'],
    ['an "unless" word in the heading does not', '# Feel free to ask\n\nAll of our services are free of charge.', 'covered'],
    // The contradiction needs "fees" not negated: the lead-in's "never charge fees" does not supply it.
    ['a negated lead-in does not supply a group that must not be negated', 'We never charge our clients any fees:\n\n- for forms that apply to a refugee claim\n', 'covered'],
    ['a plain lead-in does', 'These fees:\n\n- apply to every refugee claim\n', 'missing'],
  ])('%s', async (_name, markdown, expected) => {
    expect((await statusOf('free.policy', markdown)).status).toBe(expected);
  });

  it.each([
    ['a rule for another party is weak', 'Directors must never accept gifts from clients.', 'weak'],
    ['the other party may be named by the heading', '# Board of directors\n\nMembers must never accept gifts from clients.', 'weak'],
    ['the same rule for staff is covered', 'Staff must never accept gifts from clients.', 'covered'],
  ])('%s', async (_name, markdown, expected) => {
    expect((await statusOf('coi.gifts', markdown)).status).toBe(expected);
  });

  it('names the other party', async () => {
    const result = await statusOf('coi.gifts', 'Directors must never accept gifts from clients.');
    expect(result.why[0]).toEqual({ code: 'other-party', party: 'board' });
  });

  it('says a listed topic is not a rule', async () => {
    const result = await statusOf('coi.gifts', 'The training covers:\n\n- gifts from clients\n- working hours\n');
    expect(result.why).toEqual([{ code: 'listed-only' }]);
  });

  it.each([
    ['topics listed on one line after a colon are not rules', 'The training covers: working hours; staff accepting gifts from clients; parking rules.', 'weak'],
    ['a firm lead-in makes the one-line list rules', 'Staff must: refuse gifts from clients; report conflicts; keep records.', 'covered'],
    ['a prohibiting item is a rule', 'Two rules apply: never accept gifts from clients; report any offer; keep records.', 'covered'],
    ['two items are not yet a list', 'Two rules apply: staff never accept gifts from clients; offers are reported.', 'covered'],
    ['a heading-only group is supplied by the section title', '# Presents\n\nStaff decline anything clients offer.', 'covered'],
    ['a heading-only group is supplied by a list lead-in', 'Presents:\n\n- Staff decline anything clients offer.\n', 'covered'],
    ['a heading-only group is not read in the sentence', 'Staff decline presents clients offer.', 'missing'],
  ])('%s', async (_name, text, expected) => {
    expect((await statusOf('coi.gifts', text)).status).toBe(expected);
  });

  it('names what was found and what was not when only part matches', async () => {
    const result = await statusOf('coi.gifts', 'Staff must not accept gifts.');
    expect(result.reasons.join(' ')).toMatch(/"client"/);
  });

  it('names the hedge words that made it weak', async () => {
    const result = await statusOf('free.policy', 'We try to keep services free where possible.');
    expect(result.reasons[0]).toContain('"where possible"');
  });

  it('gives "contradicted" as the reason, with the evidence', async () => {
    const result = await statusOf('free.policy', 'Our services are free.\n\nA fee of $50 applies to renewals.');
    expect(result.status).toBe('missing');
    expect(result.reasons[0]).toMatch(/^contradicted/);
    expect(result.evidence[0]).toMatchObject({ line: 3, strength: 'contradicted' });
  });

  it('uses the heading as context: "Gifts" under a clients section', async () => {
    const result = await statusOf('coi.gifts', '# Working with clients\n\nStaff must refuse all gifts.');
    expect(result.status).toBe('covered');
  });

  it('does not count a heading alone as coverage', async () => {
    const result = await statusOf('coi.gifts', '# Gifts from clients\n\n# Parking\n\nPark behind the building.');
    expect(result.status).toBe('weak');
    expect(result.reasons.join(' ')).toMatch(/heading/);
  });

  it('does not count a table of contents', async () => {
    const result = await statusOf('free.policy', '# Contents\n\n- Free of charge ........ 3\n- Gifts ........ 4\n');
    expect(result.status).toBe('missing');
  });

  it('does not count a glossary or definitions section', async () => {
    const result = await statusOf('free.policy', '# Definitions\n\nFree of charge means without any payment.');
    expect(result.status).toBe('missing');
  });

  it('does not join concepts split across sections', async () => {
    const result = await statusOf('coi.gifts', '# Gifts\n\nWe must not accept gifts.\n\n# Our clients\n\nClients come from many countries.');
    expect(result.status).toBe('weak');
  });

  it('caps a sentence that only points at another document at weak', async () => {
    const result = await statusOf('free.policy', 'See our fees policy: services are free of charge.');
    expect(result.status).toBe('weak');
  });

  it('judges the whole set: one document covering is enough', async () => {
    const documents = [await markdownDocument('a.md', 'We run a garden.'), textDocument('b.txt', 'SERVICES\n\nEverything we do is free of charge.\n')];
    const result = match(documents, rubric).results.find((r) => r.id === 'free.policy')!;
    expect(result.status).toBe('covered');
    expect(result.evidence[0]).toMatchObject({ file: 'b.txt', line: 3, column: 1 });
  });
});

describe('matching: a group that must be found several times (atLeast)', () => {
  const several = loadRubric('test/fixtures/rubrics/several.yaml');
  const verdict = async (markdown: string) =>
    match([await markdownDocument('policy.md', markdown)], several).results.find((r) => r.id === 'conf.safeguards')!;

  it.each([
    ['two different measures in one sentence cover it', 'Files are locked away and laptops are encrypted.', 'covered'],
    ['two measures in neighbouring sentences cover it', 'Paper files are locked away. Laptops are encrypted.', 'covered'],
    ['one measure is weak', 'All files are locked away.', 'weak'],
    ['the same measure twice is one', 'Files are locked in a room with a lock on the cabinet.', 'weak'],
    ['overlapping phrases are one place', 'All files are password protected.', 'weak'],
    ['a measure in the heading is not a place in the sentence', '# Encryption\n\nAll files are locked away.', 'weak'],
  ])('%s', async (_name, markdown, expected) => {
    expect((await verdict(markdown)).status).toBe(expected);
  });

  it('gives a sentence that matches alone as the evidence, without its neighbour', async () => {
    const result = await verdict('Old files are locked away.\nFiles are locked and laptops are encrypted.');
    expect(result.status).toBe('covered');
    const covering = result.evidence.filter((e) => e.signal === 'several measures');
    expect(covering.map((e) => e.line)).toEqual([2]);
  });

  it('names the group that fell short as missing', async () => {
    const result = await verdict('All files are locked away.');
    expect(result.why).toContainEqual(expect.objectContaining({ code: 'touched', missing: ['security measures'] }));
  });
});

describe('matching: French documents use the element\'s French signals', () => {
  const french = (text: string) => textDocument('politique.txt', text);
  const statusIn = (documents: Awaited<ReturnType<typeof textDocument>>[], language?: 'fr' | 'en') =>
    match(documents, rubric, language ? { language } : {}).results.find((r) => r.id === 'free.policy')!;

  it.each([
    ['a firm French statement covers', 'Tous nos services sont offerts gratuitement à chaque personne.', 'covered'],
    ['a French hedge makes it weak', 'Nos services restent gratuits dans la mesure du possible pour chacun.', 'weak'],
    ['a French fee contradicts it', 'Des frais de 50 dollars sont payables pour chaque demande.', 'missing'],
    ['English wording in a French document is not read with French signals', 'All of our services are free of charge.', 'missing'],
  ])('%s', async (_name, text, expected) => {
    const document = { ...(await french(text)), language: 'fr' };
    expect(statusIn([document]).status).toBe(expected);
  });

  it('a set mixing an English and a French document is matched in both languages', async () => {
    const english = { ...(await textDocument('policy.txt', 'We try to keep services free where possible.')), language: 'en' };
    const frenchDoc = { ...(await french('Tous nos services sont offerts gratuitement à chaque personne.')), language: 'fr' };
    const result = statusIn([english, frenchDoc]);
    expect(result.status).toBe('covered');
    expect(result.evidence[0].file).toBe('politique.txt');
  });
});
