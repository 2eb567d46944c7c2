import { describe, expect, it } from 'vitest';
import { textDocument } from '../../src/documents/readers/text.js';
import { detectLanguage } from '../../src/documents/language.js';

describe('detectLanguage: English or French, short texts included', () => {
  it.each([
    ['a short English sentence', 'We do not charge fees.', 'en'],
    ['a short French sentence', 'Nous ne facturons aucuns frais.', 'fr'],
    ['a French policy paragraph', "Tous les renseignements personnels des clients sont confidentiels et ne sont communiqués qu'avec leur consentement écrit.", 'fr'],
    ['an English policy paragraph', 'All personal information about clients is confidential and is shared only with their written consent.', 'en'],
    ['too little text falls back to English', 'Politique', 'en'],
    ['one English function word and no French one settles a short sentence', 'Our caseworkers get monthly updates on new immigration regulations.', 'en'],
    ['one French function word and no English one too', 'Nos intervenants reçoivent chaque mois les nouveautés réglementaires.', 'fr'],
  ])('%s', async (_name, text, expected) => {
    expect(await detectLanguage(await textDocument('policy.txt', text))).toBe(expected);
  });
});
