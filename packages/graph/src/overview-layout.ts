import forceAtlas2 from 'graphology-layout-forceatlas2';
import { UndirectedGraph } from 'graphology';
import { seededRandom } from './rng';

/** A graph by node index: which nodes are hubs, and each tie's two ends. */
export interface OverviewLayoutInput {
  /** Per node: true for the nodes the picture is organised around (organisations and networks). */
  hub: readonly boolean[];
  /** Each tie's one end, as a node index. */
  sources: readonly number[];
  /** Each tie's other end, as a node index. */
  targets: readonly number[];
  /** Per tie: true when it places a person with a hub (their organisation); such a hub is preferred as the person's anchor. */
  anchoring: readonly boolean[];
  /**
   * Where each node stood in an earlier picture of this view (NaN where it did not): the hubs
   * start there, so a small change to the data moves the picture a little, not all of it.
   */
  previous?: { x: readonly number[]; y: readonly number[] };
}

/** Each node's position, by node index. */
export interface OverviewLayout {
  x: number[];
  y: number[];
}

/** ForceAtlas2 rounds over the hubs: from scratch, and from an earlier picture. */
const FRESH_ITERATIONS = 150;
const WARM_ITERATIONS = 40;
const BARNES_HUT_THETA = 1.2;
/** A person's disc around their hub takes up to this share of the distance to the nearest other hub. */
const DISC_SHARE = 0.3;
/** Above this many hub pairs per hub the skeleton counts as dense (see placeHubs). */
const DENSE_TIES_PER_HUB = 8;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * A picture of a large graph made cheaply enough to serve with it: ForceAtlas2 runs over the
 * hubs only (organisations and networks, joined as strongly as people join them), and every
 * other node sits on a small sunflower disc around its anchor — the organisation it belongs
 * to, else a hub it is tied to, else the anchor of a person it knows. The hubs are the
 * picture's shape; laying out 20,000 people by force would cost a minute where this costs
 * well under a second, and people sit beside the organisation a coordinator looks for them
 * by. Nodes with no way to a hub gather on a disc of their own beside the picture. Returns
 * null for a graph without hubs (a view of people only), which the client lays out itself.
 * Deterministic: the same input gives the same picture.
 */
export function overviewLayout(input: OverviewLayoutInput): OverviewLayout | null {
  const n = input.hub.length;
  const hubs: number[] = [];
  for (let i = 0; i < n; i++) if (input.hub[i]) hubs.push(i);
  if (hubs.length === 0) return null;

  const anchor = anchorsOf(input);
  const x = new Array<number>(n).fill(0);
  const y = new Array<number>(n).fill(0);
  placeHubs(input, hubs, anchor, x, y);

  const members = new Map<number, number[]>();
  const strays: number[] = [];
  for (let i = 0; i < n; i++) {
    if (input.hub[i]) continue;
    const a = anchor[i]!;
    if (a < 0) strays.push(i);
    else (members.get(a) ?? members.set(a, []).get(a)!).push(i);
  }
  const spacing = discSpacing(hubs, members, x, y);
  for (const [hub, people] of members) sunflower(people, x[hub]!, y[hub]!, spacing, x, y);
  if (strays.length > 0) {
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const h of hubs) {
      maxX = Math.max(maxX, x[h]!);
      minY = Math.min(minY, y[h]!);
      maxY = Math.max(maxY, y[h]!);
    }
    const radius = spacing * Math.sqrt(strays.length);
    sunflower(strays, maxX + radius + spacing * 4, (minY + maxY) / 2, spacing, x, y);
  }
  return { x, y };
}

/**
 * Each non-hub node's anchor (a hub's index, or -1): its organisation by an anchoring tie,
 * else the first hub it is tied to, else — spreading a few steps out — a neighbour's anchor.
 */
function anchorsOf(input: OverviewLayoutInput): Int32Array {
  const { hub, sources, targets, anchoring } = input;
  const anchor = new Int32Array(hub.length).fill(-1);
  const preferred = new Uint8Array(hub.length);
  const offer = (person: number, other: number, strong: number) => {
    if (hub[person] || !hub[other]) return;
    if (anchor[person] === -1 || (strong && !preferred[person])) {
      anchor[person] = other;
      preferred[person] = strong;
    }
  };
  for (let e = 0; e < sources.length; e++) {
    const strong = anchoring[e] ? 1 : 0;
    offer(sources[e]!, targets[e]!, strong);
    offer(targets[e]!, sources[e]!, strong);
  }
  // People tied only to people: a few passes carry anchors along those ties.
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    for (let e = 0; e < sources.length; e++) {
      const s = sources[e]!;
      const t = targets[e]!;
      if (hub[s] || hub[t]) continue;
      if (anchor[s] === -1 && anchor[t] !== -1) {
        anchor[s] = anchor[t]!;
        changed = true;
      } else if (anchor[t] === -1 && anchor[s] !== -1) {
        anchor[t] = anchor[s]!;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return anchor;
}

/** ForceAtlas2 over the hubs, each pair joined by the number of ties between their people. */
function placeHubs(
  input: OverviewLayoutInput,
  hubs: readonly number[],
  anchor: Int32Array,
  x: number[],
  y: number[],
): void {
  const skeleton = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  const random = seededRandom(hubs.length);
  const spread = Math.sqrt(hubs.length) * 10;
  let warm = false;
  for (const h of hubs) {
    const px = input.previous?.x[h];
    const py = input.previous?.y[h];
    if (px !== undefined && py !== undefined && Number.isFinite(px) && Number.isFinite(py)) {
      skeleton.addNode(h, { x: px, y: py });
      warm = true;
    } else {
      const angle = random() * Math.PI * 2;
      const radius = Math.sqrt(random()) * spread;
      skeleton.addNode(h, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
    }
  }
  const pairs = hubPairs(input, anchor);
  // In a dense skeleton, pairs joined by a single tie (one acquaintance across two
  // organisations) pull every hub into one ball and say little about where hubs belong.
  const minWeight = pairs.size > skeleton.order * DENSE_TIES_PER_HUB ? 2 : 1;
  const n = input.hub.length;
  for (const [pair, weight] of pairs) {
    if (weight < minWeight) continue;
    const a = Math.floor(pair / n);
    const b = pair % n;
    skeleton.addEdgeWithKey(`${a}-${b}`, a, b, { weight });
  }
  // LinLog separates clusters of hubs more clearly than ForceAtlas2's default attraction.
  // Barnes–Hut at Gephi's θ of 1.2 rather than graphology's 0.5: the repulsion of far groups of
  // hubs is approximated more coarsely, which an overview does not show, and a round over 2,550
  // hubs takes a third of the time.
  const settings = {
    ...forceAtlas2.inferSettings(skeleton),
    linLogMode: true,
    barnesHutOptimize: skeleton.order > 500,
    barnesHutTheta: BARNES_HUT_THETA,
  };
  forceAtlas2.assign(skeleton, {
    iterations: warm ? WARM_ITERATIONS : FRESH_ITERATIONS,
    settings,
    getEdgeWeight: 'weight',
  });
  skeleton.forEachNode((key, attributes) => {
    x[Number(key)] = attributes.x;
    y[Number(key)] = attributes.y;
  });
}

/**
 * How many ties join each pair of hubs, through the people anchored to them: keyed by the pair
 * (lower index × node count + higher), in the order each pair is first met. Summed here rather
 * than in graphology: at 20,000 people that is 100,000 ties folded into a few thousand pairs,
 * which graphology's edge updates took a fifth of a warm picture's time to do.
 */
function hubPairs(input: OverviewLayoutInput, anchor: Int32Array): Map<number, number> {
  const represent = (i: number) => (input.hub[i] ? i : anchor[i]!);
  const n = input.hub.length;
  const pairs = new Map<number, number>();
  for (let e = 0; e < input.sources.length; e++) {
    const a = represent(input.sources[e]!);
    const b = represent(input.targets[e]!);
    if (a < 0 || b < 0 || a === b) continue;
    const pair = a < b ? a * n + b : b * n + a;
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

/**
 * The distance between neighbours on the discs: the largest that keeps the median hub's disc
 * within DISC_SHARE of the median distance from a hub to its nearest other hub (measured on
 * up to 256 hubs), so discs rarely cover each other.
 */
function discSpacing(
  hubs: readonly number[],
  members: Map<number, number[]>,
  x: number[],
  y: number[],
): number {
  const step = Math.max(1, Math.floor(hubs.length / 256));
  const nearest: number[] = [];
  for (let k = 0; k < hubs.length; k += step) {
    const h = hubs[k]!;
    // Squared distances, one square root at the end: Math.hypot in this loop of hubs × 256 took 30 ms.
    let bestSquared = Infinity;
    for (const o of hubs) {
      if (o === h) continue;
      const dx = x[h]! - x[o]!;
      const dy = y[h]! - y[o]!;
      bestSquared = Math.min(bestSquared, dx * dx + dy * dy);
    }
    const best = Math.sqrt(bestSquared);
    if (Number.isFinite(best) && best > 0) nearest.push(best);
  }
  const sizes = [...members.values()].map((people) => people.length);
  const median = (values: number[]) =>
    values.length ? values.sort((a, b) => a - b)[Math.floor(values.length / 2)]! : 0;
  const distance = median(nearest) || 10;
  return (distance * DISC_SHARE) / Math.sqrt(median(sizes) + 1);
}

/** Places `nodes` on a sunflower disc around (cx, cy): evenly spread, the disc growing with the square root of their number. */
function sunflower(
  nodes: readonly number[],
  cx: number,
  cy: number,
  spacing: number,
  x: number[],
  y: number[],
): void {
  nodes.forEach((node, k) => {
    const radius = spacing * Math.sqrt(k + 0.5);
    x[node] = cx + Math.cos(k * GOLDEN_ANGLE) * radius;
    y[node] = cy + Math.sin(k * GOLDEN_ANGLE) * radius;
  });
}
