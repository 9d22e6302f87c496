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
 * data version.
 */
const MAX_READS = 128;
/** Views with their metrics, a few MB each on the largest graphs. */
export const MAX_VIEWS = 8;

/**
 * Everything derived from the graph at one data version: the graphs read (the whole region,
 * or one network's part), and the role views cut from them with a filter, each with its
 * metrics. There is one rule for all of it: it holds while the data version is unchanged.
 * Every write that changes data bumps the version (sessions, login counters and audit events
 * of reads do not), so the first request that sees a new version starts a new generation and
 * the old one is dropped whole; another instance does the same on its own next request.
 */
export class GraphGeneration {
  readonly reads = new LRUCache<string, Promise<GraphData>>({ max: MAX_READS });
  readonly views = new LRUCache<string, Promise<CachedView>>({ max: MAX_VIEWS });

  constructor(readonly version: number) {}
}

/** Keyed by the database's query builder: one per database, shared by every request's view of the handle. */
const generations = new WeakMap<DbHandle['db'], GraphGeneration>();

/**
 * The generation for a data version. A request that read an older version than the newest
 * seen gets a generation of its own, not kept: its results never reach newer requests.
 */
export function generationAt(handle: DbHandle, version: number): GraphGeneration {
  const current = generations.get(handle.db);
  if (current?.version === version) return current;
  const next = new GraphGeneration(version);
  if (!current || version > current.version) generations.set(handle.db, next);
  return next;
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
