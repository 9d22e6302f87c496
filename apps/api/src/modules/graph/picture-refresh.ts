import type { DbHandle } from '@brobygger/db';
import type { Role } from '@brobygger/domain';
import { buildContext, type Viewer } from '../../context';
import type { Env } from '../../env';
import { pictureFor } from './graph-picture';
import { viewFor } from './service';
import { toColumns } from './view-columns';
import { filterKey } from './filter-key';
import type { GraphFilterInput } from './graph-types';
import { registerViewsInUse } from './views-in-use';

/** Roles whose view of the graph is one for everyone in the role: their pictures can be drawn before anyone asks. */
const SHARED_VIEW_ROLES: ReadonlySet<Role> = new Set(['COORDINATOR', 'RESEARCHER']);
/** A view counts as in use this long after someone last asked for its picture. */
const IN_USE_MS = 15 * 60_000;
/** The most views of one role kept drawn ahead; the least recently asked for goes first. */
const MAX_VIEWS_KEPT = 4;
/**
 * A new version of the region's graph is drawn once it has held this long: a run of writes (a
 * coordinator at work, an import) is drawn after it, not after each write, and the drawing does
 * not take a core from requests that come right after a write.
 */
const QUIET_MS = 1_000;

interface ViewInUse {
  role: Role;
  filter: GraphFilterInput | null;
  askedAt: number;
}

/**
 * Keeps the pictures of the views in use (graph-picture.ts) drawn for the newest graph version,
 * so the next visit after a change, or the first after the server started, finds its picture
 * made instead of waiting a second or more for it. Only views that are one for a whole role
 * (coordinators', researchers') are drawn ahead, each as a member of that role would see it: the
 * same view, cache entry and picture a request would make.
 */
export class PictureRefresher {
  private readonly views = new Map<string, ViewInUse>();
  private readonly stopped = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private seen: number | undefined;
  private seenSince = 0;
  private drawn: number | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly handle: DbHandle,
    private readonly env: Env,
    private readonly now: () => number = Date.now,
  ) {}

  /** Notes that a viewer asked for a view's picture. */
  noteAsked(role: Role, filter: GraphFilterInput | null | undefined): void {
    if (!SHARED_VIEW_ROLES.has(role)) return;
    const key = `${role}\u0000${filterKey(filter)}`;
    this.views.delete(key);
    this.views.set(key, { role, filter: filter ?? null, askedAt: this.now() });
    // Per role, so one role's many filters do not push the other's views out.
    const ofRole = [...this.views].filter(([, view]) => view.role === role);
    if (ofRole.length > MAX_VIEWS_KEPT) this.views.delete(ofRole[0]![0]);
  }

  /** The drawing `start` begins with: done (or given up) once it settles. */
  firstDrawing: Promise<void> = Promise.resolve();

  /** Draws the coordinators' explorer as it opens, then checks the region's graph version every `intervalMs`. */
  start(intervalMs: number): void {
    this.noteAsked('COORDINATOR', null);
    this.timer = setInterval(() => void this.tick(), intervalMs);
    // The server's only timer that is not a request's: it must not keep the process alive.
    this.timer.unref();
    this.firstDrawing = this.tick(true);
  }

  stop(): void {
    clearInterval(this.timer);
    this.stopped.abort();
  }

  /**
   * One check: draws the views in use when the region's graph version has changed and held for
   * QUIET_MS (at once with `drawNow`). Every write a network's graph sees moves the region's
   * version too, so the views of one network are drawn ahead as well.
   */
  tick(drawNow = false): Promise<void> {
    this.running ??= this.check(drawNow)
      .catch(() => {
        // The database did not answer (a restart, a failover, a full pool): the next check tries
        // again, and requests report their own errors. Thrown from a timer, it would end the process.
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async check(drawNow: boolean): Promise<void> {
    const version = await this.handle.graphVersion();
    if (version !== this.seen) {
      this.seen = version;
      this.seenSince = this.now();
    }
    if (version === this.drawn || !(drawNow || this.now() - this.seenSince >= QUIET_MS)) return;
    this.drawn = version;
    // The most recently asked for first: the view someone is likeliest to open next.
    for (const [key, view] of [...this.views].reverse()) {
      if (this.now() - view.askedAt > IN_USE_MS) this.views.delete(key);
      else if (!this.stopped.signal.aborted) await this.draw(view);
    }
  }

  private async draw(view: ViewInUse): Promise<void> {
    const viewer: Viewer = {
      userId: `system:picture-refresh:${view.role}`,
      email: '',
      role: view.role,
      personId: null,
      organizationId: null,
      sessionId: '',
    };
    const ctx = buildContext({
      handle: this.handle,
      env: this.env,
      viewer,
      requestId: 'picture-refresh',
      cookies: { set() {}, clear() {} },
      signal: this.stopped.signal,
    });
    try {
      // As compactGraph draws it, without noting an ask: a view drawn ahead stays in use only while people ask for it.
      const drawn = await viewFor(ctx, view.filter);
      await pictureFor(ctx, drawn, toColumns(drawn.graph), view.filter);
    } catch {
      // Drawing ahead is a saving, not a promise: a failure (a database at rest, a full pool)
      // leaves the picture to the next request that asks, which reports its own errors.
    }
  }
}

/** Starts drawing ahead for the server on this database; requests' asks reach it through views-in-use.ts. */
export function startPictureRefresh(
  handle: DbHandle,
  env: Env,
  intervalMs: number,
  now?: () => number,
): PictureRefresher {
  const refresher = new PictureRefresher(handle, env, now);
  registerViewsInUse(handle.db, refresher);
  refresher.start(intervalMs);
  return refresher;
}
