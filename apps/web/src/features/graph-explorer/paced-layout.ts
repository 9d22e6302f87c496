import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import type { ExplorerGraph } from './build-graph';
import { lastInputAt, watchInput } from './input-activity';
import { MIN_GAP_MS, nextFrameDelay } from './layout-pacing';
import type { EdgeAttrs, NodeAttrs } from './types';

/** Floats per node in the supervisor's matrix, x and y first (graphology-layout-forceatlas2/helpers.js). */
const PPN = 10;

/** The parts of graphology-layout-forceatlas2's supervisor (worker.js) that its typings leave out. */
interface SupervisorInternals {
  running: boolean;
  matrices: { nodes: Float32Array } | null;
  askForIterations(withEdges?: boolean): unknown;
}

/**
 * The library's supervisor writes every iteration into the graph as it arrives, and sigma then
 * re-reduces and redraws the whole graph: at 20,000 people the main thread was never free for
 * long. This one keeps the newest positions and writes them when asked (`apply`).
 */
class KeepingSupervisor extends FA2LayoutSupervisor<NodeAttrs, EdgeAttrs> {
  /** x, y of each node in the graph's node order, from the newest iteration. */
  private latest: Float32Array | null = null;
  private fresh = false;

  /** Replaces the library's handler (bound in its constructor): keep the positions, ask for more. */
  handleMessage(event: MessageEvent<{ nodes: ArrayBuffer }>): void {
    const internals = this as unknown as SupervisorInternals;
    if (!internals.running || !internals.matrices) return;
    const matrix = new Float32Array(event.data.nodes);
    const length = (matrix.length / PPN) * 2;
    // A copy: the matrix goes back to the worker (transferred) with the next request.
    const xy = this.latest?.length === length ? this.latest : new Float32Array(length);
    for (let i = 0, j = 0; j < length; i += PPN, j += 2) {
      xy[j] = matrix[i]!;
      xy[j + 1] = matrix[i + 1]!;
    }
    this.latest = xy;
    this.fresh = true;
    internals.matrices.nodes = matrix;
    internals.askForIterations();
  }

  /** Whether positions have arrived that the graph does not have yet. */
  hasFresh(): boolean {
    return this.fresh;
  }

  /** Writes the newest positions into the graph: one graphology event, one redraw. */
  apply(graph: ExplorerGraph): boolean {
    const xy = this.latest;
    if (!this.fresh || !xy || xy.length !== graph.order * 2) return false;
    this.fresh = false;
    let j = 0;
    graph.updateEachNodeAttributes(
      (_id, attrs) => {
        attrs.x = xy[j]!;
        attrs.y = xy[j + 1]!;
        j += 2;
        return attrs;
      },
      { attributes: ['x', 'y'] },
    );
    return true;
  }
}

/**
 * ForceAtlas2 in a web worker, drawn at a pace the main thread can afford (layout-pacing.ts):
 * the worker iterates without pause, the graph (and so the canvas) receives its positions only
 * when a frame is due, and always the newest ones when the layout stops.
 */
export class PacedLayout {
  private readonly supervisor: KeepingSupervisor;
  private readonly stopWatching: () => void;
  private timer: number | null = null;
  private frame: number | null = null;
  private lastFrameAt = 0;
  private lastFrameCostMs = Number.NaN;

  constructor(
    private readonly graph: ExplorerGraph,
    settings: ForceAtlas2Settings,
    /** Called once positions have been written into the graph for a frame. */
    private readonly onFrame: () => void = () => undefined,
  ) {
    this.supervisor = new KeepingSupervisor(graph, { settings });
    // From now on, so the click that starts a layout already counts as the user's.
    this.stopWatching = watchInput();
  }

  isRunning(): boolean {
    return this.supervisor.isRunning();
  }

  start(): void {
    if (this.isRunning()) return;
    this.supervisor.start();
    // The picture is up to date now: the first frame is paced from here. What a frame costs
    // is kept from the last run.
    this.lastFrameAt = performance.now();
    this.schedule(MIN_GAP_MS);
  }

  /** Stops iterating; the newest positions wait for `settle`. */
  stop(): void {
    this.cancel();
    this.supervisor.stop();
  }

  /** Writes the newest positions into the graph, if it does not have them yet. */
  settle(): void {
    this.supervisor.apply(this.graph);
  }

  kill(): void {
    this.cancel();
    this.supervisor.kill();
    this.stopWatching();
  }

  private cancel(): void {
    if (this.timer !== null) window.clearTimeout(this.timer);
    if (this.frame !== null) window.cancelAnimationFrame(this.frame);
    this.timer = null;
    this.frame = null;
  }

  private schedule(delay: number): void {
    this.timer = window.setTimeout(() => this.tick(), delay);
  }

  private tick(): void {
    this.timer = null;
    if (!this.isRunning()) return;
    const now = performance.now();
    const wait = nextFrameDelay(now, {
      lastFrameAt: this.lastFrameAt,
      lastFrameCostMs: this.lastFrameCostMs,
      lastInputAt: lastInputAt(),
    });
    if (wait > 0 || !this.supervisor.hasFresh()) {
      this.schedule(Math.max(wait, MIN_GAP_MS));
      return;
    }
    this.supervisor.apply(this.graph);
    this.onFrame();
    this.lastFrameAt = now;
    // The frame's cost: this task (positions and redraw), and the browser's commit of the frame,
    // which waits for the GPU (the task after the next animation frame begins once it is done).
    this.frame = window.requestAnimationFrame(() => {
      this.frame = null;
      this.timer = window.setTimeout(() => {
        this.lastFrameCostMs = performance.now() - now;
        this.tick();
      }, 0);
    });
  }
}
