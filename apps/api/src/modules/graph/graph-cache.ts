import { LRUCache } from 'lru-cache';
import type { DbHandle } from '@brobygger/db';
import type { AllMetrics, OverviewLayout } from '@brobygger/graph';
import type { GraphData } from './graph-types';

/** One role view of the graph under one filter: its graph, and its metrics and picture once a request asks. */
export interface CachedView {
  graph: GraphData;
  metrics?: Promise<AllMetrics>;
  /** Where to draw each node (graph-picture.ts), once a request asks. */
  picture?: Promise<OverviewLayout | null>;
}

/**
 * Networks' graphs are small (a few hundred members each): room for every network of a large
 * region (50 at 20,000 people), so coordinators moving between networks read each once per
 * version of it.
 */
const MAX_NETWORKS = 128;
/** Views with their metrics, a few MB each on the largest graphs. */
export const MAX_VIEWS = 8;
/** A network's views: a role or two, a filter or two, each a fraction of a MB. */
const MAX_NETWORK_VIEWS = 4;

/**
 * Everything derived from one graph read at one version: the graph read, and the role views
 * cut from it with a filter, each with its metrics. There is one rule for all of it: it holds
 * while the version is unchanged, and a new version starts a new generation, the old one
 * dropped whole; another instance does the same on its own next request.
 *
 * The whole region's generation follows the region's graph version (meta `graph_version`), which
 * the database bumps with every write to a table the region's graph reads: a talent, a goal or
 * an introduction leaves the region's graph, views and pictures cached. A network's follows that
 * network's graph version (schema graphVersions), which the database bumps with every write that
 * can change what the network's graph reads, so a coordinator's write in one network leaves
 * every other network's graph cached.
 */
export class GraphGeneration {
  /** The graph as read (the whole region, or one network's part), once a request asks. */
  read?: Promise<GraphData>;
  readonly views: LRUCache<string, Promise<CachedView>>;

  constructor(
    readonly version: number,
    maxViews = MAX_VIEWS,
  ) {
    this.views = new LRUCache({ max: maxViews });
  }
}

/** Keyed by the database's query builder: one per database, shared by every request's view of the handle. */
const generations = new WeakMap<DbHandle['db'], GraphGeneration>();
const networkGenerations = new WeakMap<DbHandle['db'], LRUCache<string, GraphGeneration>>();

/**
 * The current generation if it is at `version`, else a new one, kept if it is newer. A request
 * that read an older version than the newest seen gets a generation of its own, not kept: its
 * results never reach newer requests.
 */
function advance(
  current: GraphGeneration | undefined,
  version: number,
  make: () => GraphGeneration,
  keep: (next: GraphGeneration) => void,
): GraphGeneration {
  if (current?.version === version) return current;
  const next = make();
  if (!current || version > current.version) keep(next);
  return next;
}

/** The whole region's generation at a version of the region's graph. */
export function generationAt(handle: DbHandle, version: number): GraphGeneration {
  return advance(
    generations.get(handle.db),
    version,
    () => new GraphGeneration(version),
    (next) => generations.set(handle.db, next),
  );
}

/** A network's generation at its graph version. */
export function networkGenerationAt(handle: DbHandle, networkId: string, version: number): GraphGeneration {
  let byNetwork = networkGenerations.get(handle.db);
  if (!byNetwork) networkGenerations.set(handle.db, (byNetwork = new LRUCache({ max: MAX_NETWORKS })));
  const kept = byNetwork;
  return advance(
    kept.get(networkId),
    version,
    () => new GraphGeneration(version, MAX_NETWORK_VIEWS),
    (next) => kept.set(networkId, next),
  );
}

/** The keys of every view held now, the region's and each network's (for the tests of what is drawn ahead). */
export function heldViewKeys(handle: DbHandle): string[] {
  const networks = [...(networkGenerations.get(handle.db)?.values() ?? [])];
  return [generations.get(handle.db), ...networks].flatMap((generation) => [...(generation?.views.keys() ?? [])]);
}

/** The generation's graph, read once: concurrent callers share the read, and a failed read is forgotten. */
export function readOnce(generation: GraphGeneration, read: () => Promise<GraphData>): Promise<GraphData> {
  if (generation.read) return generation.read;
  const made = read();
  generation.read = made;
  made.catch(() => {
    if (generation.read === made) generation.read = undefined;
  });
  return made;
}

/**
 * The value under `key`, made once: concurrent callers share the pending promise. A failure is
 * forgotten, so the next caller tries again.
 */
export function remember<V>(cache: LRUCache<string, Promise<V>>, key: string, make: () => Promise<V>): Promise<V> {
  const known = cache.get(key);
  if (known) return known;
  const made = make();
  cache.set(key, made);
  made.catch(() => {
    if (cache.get(key) === made) cache.delete(key);
  });
  return made;
}
