import { describe, expect, it } from 'vitest';
import { FairQueue } from './fair-queue';

/** A task that finishes when the test says so, recording when it started. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  return { task: () => (log.push(name), done.then(() => name)), open };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('FairQueue', () => {
  it('runs at most `concurrency` tasks at once', async () => {
    const log: string[] = [];
    const queue = new FairQueue(2, 10);
    const gates = ['a1', 'b1', 'c1'].map((name) => gate(log, name));
    const runs = gates.map((g, i) => queue.tryRun(`key${i}`, g.task)!);
    await turn();
    expect(log).toEqual(['a1', 'b1']);
    gates[0]!.open();
    await turn();
    expect(log).toEqual(['a1', 'b1', 'c1']);
    gates.forEach((g) => g.open());
    expect(await Promise.all(runs)).toEqual(['a1', 'b1', 'c1']);
  });

  it('gives the next slot to another key, however many tasks one key has waiting', async () => {
    const log: string[] = [];
    const queue = new FairQueue(1, 10);
    const flood = Array.from({ length: 5 }, (_, i) => gate(log, `flood${i}`));
    const floodRuns = flood.map((g) => queue.tryRun('203.0.113.7', g.task)!);
    const user = gate(log, 'user');
    const userRun = queue.tryRun('198.51.100.1', user.task);
    await turn();
    expect(log).toEqual(['flood0']);
    flood[0]!.open();
    await turn();
    // The other address is next, not the flood's second task.
    expect(log).toEqual(['flood0', 'user']);
    user.open();
    expect(await userRun).toBe('user');
    flood.forEach((g) => g.open());
    await Promise.all(floodRuns);
    expect(log).toEqual(['flood0', 'user', 'flood1', 'flood2', 'flood3', 'flood4']);
  });

  it('refuses a key past `perKey` tasks running or waiting at once, and takes it again once one ends', async () => {
    const queue = new FairQueue(1, 2);
    const log: string[] = [];
    const gates = [gate(log, 'one'), gate(log, 'two')];
    const runs = gates.map((g) => queue.tryRun('a', g.task));
    expect(runs.every(Boolean)).toBe(true);
    expect(queue.tryRun('a', () => Promise.resolve('three'))).toBeNull();
    expect(queue.tryRun('b', () => Promise.resolve('other'))).not.toBeNull();
    expect(queue.heldBy('a')).toBe(2);
    gates[0]!.open();
    await runs[0];
    await turn();
    expect(queue.heldBy('a')).toBe(1);
    const again = queue.tryRun('a', () => Promise.resolve('three'));
    expect(again).not.toBeNull();
    gates[1]!.open();
    expect(await again).toBe('three');
    expect(queue.heldBy('a')).toBe(0);
  });

  it('skips a waiting task whose request was cancelled, and frees its place', async () => {
    const queue = new FairQueue(1, 5);
    const log: string[] = [];
    const first = gate(log, 'first');
    const running = queue.tryRun('a', first.task);
    const controller = new AbortController();
    const cancelled = queue.tryRun('b', () => Promise.resolve(log.push('never')), controller.signal);
    controller.abort(new Error('REQUEST_TIMEOUT'));
    first.open();
    await running;
    await expect(cancelled).rejects.toThrow('REQUEST_TIMEOUT');
    expect(log).toEqual(['first']);
    expect(queue.heldBy('b')).toBe(0);
  });

  it('frees the place of a task that failed', async () => {
    const queue = new FairQueue(1, 1);
    await expect(queue.tryRun('a', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.tryRun('a', () => Promise.resolve('ok'))).toBe('ok');
  });
});
