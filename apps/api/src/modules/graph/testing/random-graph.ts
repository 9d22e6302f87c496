import { SECTORS } from '@brobygger/domain';
import type { PlainGraph } from '@brobygger/graph';

/** A seeded random graph of `n` people and about `m` ties: the same graph on every run. */
export function randomGraph(n: number, m: number): PlainGraph {
  let state = 7;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, sector: SECTORS[i % SECTORS.length]!, kind: 'PERSON' as const }));
  const edges = Array.from({ length: m }, (_, i) => ({
    id: `e${i}`,
    source: `n${Math.floor(random() * n)}`,
    target: `n${Math.floor(random() * n)}`,
    kind: 'CONNECTION' as const,
  })).filter((edge) => edge.source !== edge.target);
  return { nodes, edges };
}

/** A metrics job that keeps a worker busy for seconds (exact betweenness on 8,000 nodes). */
export const SLOW_METRICS_JOB = { plain: randomGraph(8_000, 32_000), options: { exactBetweennessMaxNodes: 100_000 } };
/** A metrics job done in a moment. */
export const SMALL_METRICS_JOB = { plain: randomGraph(30, 60), options: {} };
