import type { Csr } from './csr';

/**
 * Called once per triangle {u, v, w} with the CSR slots of u→v, v→w and u→w (the
 * opposite directions are `csr.reverse[slot]`).
 */
export type TriangleVisitor = (
  u: number,
  v: number,
  w: number,
  uv: number,
  vw: number,
  uw: number,
) => void;

/**
 * Visits every triangle once, by the "forward" algorithm (Schank & Wagner 2005): ties
 * are oriented from lower to higher (degree, index) rank and each node intersects only
 * its forward lists. O(m^1.5) time, so a hub with thousands of members costs no more
 * than its ties — the reason constraint, effective size, clustering and brokerage run in
 * near-linear passes instead of looping over all neighbour pairs.
 */
export function forEachTriangle(csr: Csr, visit: TriangleVisitor): void {
  const n = csr.nodeCount;
  const { offsets, targets } = csr;
  const rank = new Int32Array(n);
  const byDegree = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      (offsets[a + 1] as number) -
        (offsets[a] as number) -
        ((offsets[b + 1] as number) - (offsets[b] as number)) || a - b,
  );
  for (let r = 0; r < n; r++) rank[byDegree[r] as number] = r;

  // Forward lists hold the CSR slot, so the neighbour is targets[slot].
  const forwardOffsets = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) {
    let count = 0;
    for (let e = offsets[u] as number, end = offsets[u + 1] as number; e < end; e++) {
      if ((rank[targets[e] as number] as number) > (rank[u] as number)) count++;
    }
    forwardOffsets[u + 1] = (forwardOffsets[u] as number) + count;
  }
  const forwardSlots = new Int32Array(forwardOffsets[n] as number);
  for (let u = 0, k = 0; u < n; u++) {
    for (let e = offsets[u] as number, end = offsets[u + 1] as number; e < end; e++) {
      if ((rank[targets[e] as number] as number) > (rank[u] as number)) forwardSlots[k++] = e;
    }
  }

  // mark[w] = slot u→w + 1 while u is being processed.
  const mark = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const start = forwardOffsets[u] as number;
    const end = forwardOffsets[u + 1] as number;
    for (let i = start; i < end; i++) {
      const slot = forwardSlots[i] as number;
      mark[targets[slot] as number] = slot + 1;
    }
    for (let i = start; i < end; i++) {
      const uv = forwardSlots[i] as number;
      const v = targets[uv] as number;
      for (
        let j = forwardOffsets[v] as number, jEnd = forwardOffsets[v + 1] as number;
        j < jEnd;
        j++
      ) {
        const vw = forwardSlots[j] as number;
        const w = targets[vw] as number;
        const marked = mark[w] as number;
        if (marked !== 0) visit(u, v, w, uv, vw, marked - 1);
      }
    }
    for (let i = start; i < end; i++) mark[targets[forwardSlots[i] as number] as number] = 0;
  }
}

/** Number of triangles through each node (ties among its neighbours). */
export function trianglesPerNode(csr: Csr): Float64Array {
  const count = new Float64Array(csr.nodeCount);
  forEachTriangle(csr, (u, v, w) => {
    count[u] = (count[u] as number) + 1;
    count[v] = (count[v] as number) + 1;
    count[w] = (count[w] as number) + 1;
  });
  return count;
}
