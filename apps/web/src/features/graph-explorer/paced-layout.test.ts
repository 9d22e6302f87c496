import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIET_MS } from './layout-pacing';
import { PacedLayout } from './paced-layout';
import { fixtureGraph } from './test/fixture-graph';

// The worker cannot run in jsdom: a stand-in with the library supervisor's shape (worker.js),
// whose `iterate` plays the worker answering with a new matrix.
const { FakeSupervisor, supervisors } = vi.hoisted(() => {
  const supervisors: InstanceType<typeof FakeSupervisor>[] = [];
  class FakeSupervisor {
    running = false;
    matrices: { nodes: Float32Array } | null = null;
    asked = 0;
    constructor(readonly graph: { order: number }) {
      supervisors.push(this);
    }
    isRunning() {
      return this.running;
    }
    start() {
      this.running = true;
      this.matrices = { nodes: new Float32Array(this.graph.order * 10) };
    }
    stop() {
      this.running = false;
    }
    kill() {
      this.running = false;
    }
    askForIterations() {
      this.asked += 1;
    }
    /** The worker's answer: every node at (step, −step). */
    iterate(step: number) {
      const nodes = new Float32Array(this.graph.order * 10);
      for (let i = 0; i < nodes.length; i += 10) {
        nodes[i] = step;
        nodes[i + 1] = -step;
      }
      (
        this as unknown as { handleMessage(event: { data: { nodes: ArrayBuffer } }): void }
      ).handleMessage({ data: { nodes: nodes.buffer } });
    }
  }
  return { FakeSupervisor, supervisors };
});
vi.mock('graphology-layout-forceatlas2/worker', () => ({ default: FakeSupervisor }));

const settings = { gravity: 1, scalingRatio: 1 };
const xOf = (graph: ReturnType<typeof fixtureGraph>) => graph.getNodeAttribute('kari', 'x');

describe("the layout's frames", () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'performance',
      ],
    });
    supervisors.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it("write the worker's newest positions into the graph once a frame is due, not at every iteration", () => {
    const graph = fixtureGraph();
    const frames = vi.fn();
    const layout = new PacedLayout(graph, settings, frames);
    const updates = vi.fn();
    graph.on('eachNodeAttributesUpdated', updates);
    layout.start();
    const worker = supervisors[0]!;
    for (let step = 1; step <= 5; step += 1) worker.iterate(step);
    // The worker is asked for more at once; the graph has not moved yet.
    expect(worker.asked).toBe(5);
    expect(updates).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(updates).toHaveBeenCalledTimes(1);
    expect(frames).toHaveBeenCalledTimes(1);
    expect(xOf(graph)).toBe(5);
    layout.kill();
  });

  it('hold still while the user types, and catch up when they pause', () => {
    const graph = fixtureGraph();
    const layout = new PacedLayout(graph, settings);
    layout.start();
    const worker = supervisors[0]!;
    const before = xOf(graph);
    for (let t = 0; t < 3000; t += 150) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
      worker.iterate(t + 1);
      vi.advanceTimersByTime(150);
    }
    expect(xOf(graph)).toBe(before);
    vi.advanceTimersByTime(QUIET_MS + 200);
    expect(xOf(graph)).toBe(2851);
    layout.kill();
  });

  it('leave the final positions in the graph when the layout settles', () => {
    const graph = fixtureGraph();
    const layout = new PacedLayout(graph, settings);
    layout.start();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    supervisors[0]!.iterate(7);
    layout.stop();
    expect(layout.isRunning()).toBe(false);
    layout.settle();
    expect(xOf(graph)).toBe(7);
    expect(graph.getNodeAttribute('kari', 'y')).toBe(-7);
    layout.kill();
  });
});
