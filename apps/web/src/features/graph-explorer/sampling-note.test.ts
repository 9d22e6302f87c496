import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { samplingNote } from './sampling-note';

const nb = i18next.getFixedT('nb');
const en = i18next.getFixedT('en');

const SAMPLED = { method: 'SAMPLED', samples: 1200, nodeCount: 20533, epsilon: 0.0125, delta: 0.05 } as const;
const EXACT = { method: 'EXACT', samples: 1533, nodeCount: 1533, epsilon: 0, delta: 0.05 } as const;

describe('the sampling note', () => {
  it('words a sampled estimate in Norwegian, numbers the Norwegian way', () => {
    expect(samplingNote(nb, 'nb', SAMPLED)).toBe(
      'Anslått: mellomsentralitet og nærhet er beregnet fra 1\u00a0200 av 20\u00a0533 noder; hver verdi ligger innenfor ±0,013 av den eksakte med 95\u00a0% sannsynlighet. Sammenlign rangering heller enn små forskjeller.',
    );
  });

  it('words a sampled estimate in English', () => {
    expect(samplingNote(en, 'en', SAMPLED)).toBe(
      'Estimated: betweenness and closeness are sampled from 1,200 of 20,533 nodes; each value is within ±0.013 of the exact one with 95% probability. Compare ranks rather than small differences.',
    );
  });

  it('says when the figures are exact, in both languages', () => {
    expect(samplingNote(nb, 'nb', EXACT)).toBe('Eksakt: mellomsentralitet og nærhet er beregnet fra alle 1\u00a0533 noder.');
    expect(samplingNote(en, 'en', EXACT)).toBe('Exact: betweenness and closeness are computed from all 1,533 nodes.');
  });
});
