import { describe, expect, it } from 'vitest';
import { stem } from '../../src/match/stem.js';

describe('stems: one stem per word family, unrelated families kept apart', () => {
  it.each([
    ['authorization', 'authorize'],
    ['authorities', 'authority'],
    ['information', 'informational'],
    ['informally', 'informal'],
    ['internationally', 'international'],
    ['minorities', 'minority'],
    ['periodically', 'periodic'],
    ['officers', 'officer'],
    ['consents', 'consented'],
    ['personally', 'personal'],
    ['responsibility', 'responsible'],
    ['developers', 'developer'],
    ['anonymously', 'anonymity'],
  ])('"%s" and "%s" share a stem', (a, b) => {
    expect(stem(a)).toBe(stem(b));
  });

  it.each([
    ['authority', 'authorize'],
    ['information', 'inform'],
    ['informal', 'information'],
    ['international', 'internal'],
    ['integrity', 'integration'],
    ['minority', 'minor'],
    ['periodic', 'period'],
    ['officer', 'office'],
    ['publication', 'public'],
    ['mentoring', 'mentor'],
    ['personal', 'person'],
    ['applicable', 'applications'],
    ['consultants', 'consult'],
    ['responsible', 'respond'],
    ['organizers', 'organization'],
    ['supporters', 'support'],
    ['providers', 'provide'],
    ['collectively', 'collect'],
    ['systemic', 'system'],
    ['developers', 'development'],
    ['anonymously', 'anonymized'],
  ])('"%s" and "%s" do not', (a, b) => {
    expect(stem(a)).not.toBe(stem(b));
  });

  it('French words are stemmed without accents', () => {
    expect(stem('confidentialité', 'fr')).toBe(stem('confidentialite', 'fr'));
  });
});
