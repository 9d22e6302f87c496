import { describe, expect, it } from 'vitest';
import { expectCloseTo, loadDataset } from '../test/load-dataset';
import {
  betweennessErrorBound,
  betweennessSampled,
  betweennessSampleSize,
} from './betweenness-sampled';
import { toCsr } from './csr';
import { graphFromPlain } from './graph-from-plain';

describe('betweennessSampled', () => {
  const { plain, references } = loadDataset('random-1000');
  const csr = toCsr(graphFromPlain(plain));
  const exact = references.betweenness as Record<string, number>;

  it('is exact (and says so) when every node is a source', () => {
    const estimate = betweennessSampled(csr, { samples: 5000 });
    expect(estimate).toMatchObject({ samples: 1000, exact: true, epsilon: 0 });
    expectCloseTo(estimate.betweenness, exact);
  });

  it('stays within its error bound and is unbiased overall', () => {
    const estimate = betweennessSampled(csr, { samples: 200, seed: 3 });
    expect(estimate.exact).toBe(false);
    expect(estimate.epsilon).toBeCloseTo(Math.sqrt(Math.log(2000 / 0.05) / (2 * 199)), 12);
    let worst = 0;
    let sumEstimate = 0;
    let sumExact = 0;
    for (const [node, value] of Object.entries(exact)) {
      worst = Math.max(worst, Math.abs((estimate.betweenness[node] as number) - value));
      sumEstimate += estimate.betweenness[node] as number;
      sumExact += value;
    }
    expect(worst).toBeLessThanOrEqual(estimate.epsilon);
    // A wrongly scaled estimator would miss the total by the scaling factor.
    expect(sumEstimate / sumExact).toBeGreaterThan(0.95);
    expect(sumEstimate / sumExact).toBeLessThan(1.05);
  });

  it('repeats itself for a seed and changes with another', () => {
    const a = betweennessSampled(csr, { samples: 50, seed: 9 }).betweenness;
    expect(betweennessSampled(csr, { samples: 50, seed: 9 }).betweenness).toEqual(a);
    expect(betweennessSampled(csr, { samples: 50, seed: 10 }).betweenness).not.toEqual(a);
  });

  it('sizes a sample for a wanted error', () => {
    const k = betweennessSampleSize(20000, 0.05);
    expect(betweennessErrorBound(20000, k)).toBeLessThanOrEqual(0.05);
    expect(betweennessErrorBound(20000, k - 1)).toBeGreaterThan(0.05);
    expect(betweennessSampleSize(100, 0.01)).toBe(100);
  });
});
