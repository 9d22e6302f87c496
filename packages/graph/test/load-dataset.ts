import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { PlainGraph } from '../src/graph-from-plain';
import type { NodeMetric } from '../src/types';

/** Reference values written by make-references.py; null stands for NaN. */
export type References = Record<string, unknown>;

export const DATASETS = ['karate', 'three-sector', 'random-1000'] as const;

function readJson<T>(file: string): T {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL(`./datasets/${file}`, import.meta.url)), 'utf8'),
  ) as T;
}

export function loadDataset(name: string): { plain: PlainGraph; references: References } {
  return {
    plain: readJson<PlainGraph>(`${name}.json`),
    references: readJson<References>(`${name}.references.json`),
  };
}

/** Asserts every node's value is within `tolerance` of the reference (null = NaN) and no node is missing or extra. */
export function expectCloseTo(actual: NodeMetric, expected: unknown, tolerance = 1e-9): void {
  const reference = expected as Record<string, number | null>;
  expect(Object.keys(actual).sort()).toEqual(Object.keys(reference).sort());
  let worst = 0;
  let worstNode = '';
  for (const [node, value] of Object.entries(reference)) {
    const got = actual[node] as number;
    if (value === null) {
      expect(got, `node ${node}`).toBeNaN();
      continue;
    }
    const error = Math.abs(got - value);
    if (!(error <= worst)) {
      worst = error;
      worstNode = node;
    }
  }
  expect(worst, `largest error at node ${worstNode}`).toBeLessThanOrEqual(tolerance);
}
