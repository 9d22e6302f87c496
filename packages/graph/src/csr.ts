import { SECTORS } from './types';
import type { AnyGraph } from './types';

/**
 * A graph packed into compressed sparse rows, built once and shared by the heavy
 * algorithms so their inner loops touch only typed arrays.
 *
 * Node `i` has neighbours `targets[offsets[i] .. offsets[i + 1])`; every undirected tie
 * appears twice (once per end), and `reverse[s]` is the slot of the same tie seen from
 * the other end.
 */
export interface Csr {
  /** Number of nodes. */
  readonly nodeCount: number;
  /** Number of distinct undirected ties (parallel edges merged, self-loops dropped). */
  readonly edgeCount: number;
  /** Node id by index, in the graph's node order. */
  readonly ids: readonly string[];
  /** Index by node id. */
  readonly index: ReadonlyMap<string, number>;
  /** Row starts, length `nodeCount + 1`. */
  readonly offsets: Int32Array;
  /** Neighbour index per slot, length `2 * edgeCount`. */
  readonly targets: Int32Array;
  /** Tie weight per slot (1 when built without a weight attribute). */
  readonly weights: Float64Array;
  /** Slot of the same tie from the other end. */
  readonly reverse: Int32Array;
  /** Index into `SECTORS` per node, -1 when the node has no known sector. */
  readonly sectors: Int8Array;
  /** The edge attribute the weights were read from, or null when all weights are 1. */
  readonly weightAttribute: string | null;
}

/**
 * How many nodes the one-pass loops of a metric handle per call. A loop called a few
 * dozen times per pass, rather than once, is optimised by V8 during its first pass and
 * is still optimised when the next graph comes; a loop run once per pass is compiled
 * again on its second pass, which on a graph of a few thousand nodes costs about as
 * much as the pass itself.
 */
export const NODE_CHUNK = 256;

/** Options for {@link toCsr}. */
export interface CsrOptions {
  /** Edge attribute holding the weight (missing or non-numeric values count as 1); null for unweighted. Default `'weight'`. */
  weight?: string | null;
}

/**
 * Packs a graphology graph into a {@link Csr}. Edges are read as undirected; parallel
 * edges between the same two nodes become one tie whose weight is the sum of theirs
 * (or 1 when unweighted), and self-loops are dropped, since none of the metrics here
 * gives a self-tie a meaning.
 */
export function toCsr(graph: AnyGraph, options: CsrOptions = {}): Csr {
  const weightAttribute = options.weight === undefined ? 'weight' : options.weight;
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map<string, number>();
  const sectors = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i] as string;
    index.set(id, i);
    const sector: unknown = graph.getNodeAttribute(id, 'sector');
    sectors[i] = SECTORS.indexOf(sector as (typeof SECTORS)[number]);
  }

  // Merge parallel edges through a pair key; n * n stays far below 2^53 for any graph we hold.
  const pairSlot = new Map<number, number>();
  const ends: number[] = [];
  const pairWeights: number[] = [];
  graph.forEachEdge((_edge, attributes: Record<string, unknown>, source, target) => {
    const a = index.get(source) as number;
    const b = index.get(target) as number;
    if (a === b) return;
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    let w = 1;
    if (weightAttribute !== null) {
      const raw = attributes[weightAttribute];
      if (typeof raw === 'number' && Number.isFinite(raw)) w = raw;
    }
    const key = lo * n + hi;
    const existing = pairSlot.get(key);
    if (existing === undefined) {
      pairSlot.set(key, pairWeights.length);
      ends.push(lo, hi);
      pairWeights.push(w);
    } else if (weightAttribute !== null) {
      pairWeights[existing] = (pairWeights[existing] as number) + w;
    }
  });

  const m = pairWeights.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const a = (ends[2 * e] as number) + 1;
    const b = (ends[2 * e + 1] as number) + 1;
    offsets[a] = (offsets[a] as number) + 1;
    offsets[b] = (offsets[b] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  const weights = new Float64Array(2 * m);
  const reverse = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const a = ends[2 * e] as number;
    const b = ends[2 * e + 1] as number;
    const w = pairWeights[e] as number;
    const sa = cursor[a] as number;
    const sb = cursor[b] as number;
    cursor[a] = sa + 1;
    cursor[b] = sb + 1;
    targets[sa] = b;
    targets[sb] = a;
    weights[sa] = w;
    weights[sb] = w;
    reverse[sa] = sb;
    reverse[sb] = sa;
  }
  return {
    nodeCount: n,
    edgeCount: m,
    ids,
    index,
    offsets,
    targets,
    weights,
    reverse,
    sectors,
    weightAttribute,
  };
}

/** True when the value is a {@link Csr} rather than a graphology graph. */
export function isCsr(value: unknown): value is Csr {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Partial<Csr>).offsets instanceof Int32Array
  );
}

/**
 * Resolves an algorithm's input to a CSR and whether to use its weights. A graph is packed
 * with the requested weight attribute; a prebuilt CSR must carry that same attribute.
 */
export function csrFor(
  input: AnyGraph | Csr,
  weight: string | null,
  source: string,
): { csr: Csr; weighted: boolean } {
  if (!isCsr(input)) return { csr: toCsr(input, { weight }), weighted: weight !== null };
  if (weight !== null && input.weightAttribute !== weight) {
    throw new Error(
      `@brobygger/graph/${source}: weight "${weight}" asked for, but the CSR was built with ${
        input.weightAttribute === null ? 'no weights' : `weight "${input.weightAttribute}"`
      }`,
    );
  }
  return { csr: input, weighted: weight !== null };
}

/** Throws unless every node has one of the three sectors; group metrics need them. */
export function requireSectors(csr: Csr, source: string): void {
  for (let i = 0; i < csr.nodeCount; i++) {
    if ((csr.sectors[i] as number) < 0) {
      throw new Error(
        `@brobygger/graph/${source}: node "${csr.ids[i]}" has no sector (BUSINESS, PUBLIC or CIVIL)`,
      );
    }
  }
}

/** Copies a per-index array into a per-id record. */
export function toRecord(csr: Csr, values: ArrayLike<number>): Record<string, number> {
  const result: Record<string, number> = {};
  for (let i = 0; i < csr.nodeCount; i++) result[csr.ids[i] as string] = values[i] as number;
  return result;
}
