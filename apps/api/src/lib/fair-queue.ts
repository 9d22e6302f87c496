/**
 * Runs at most `concurrency` tasks at once, taking turns between keys (client addresses): the
 * next free slot goes to the waiting key served longest ago, never to the key with the longest
 * queue, so one key with many tasks waiting delays another key's task by one turn at most. A key
 * may have at most `perKey` tasks running or waiting; `tryRun` refuses one more at once (null),
 * so a flood from one key neither grows the queue nor waits its turn again and again.
 *
 * Per instance, as the rate-limit buckets are: it spreads this process's threads, nothing a
 * second instance would need.
 */
export class FairQueue {
  private running = 0;
  /** Waiting tasks by key. */
  private readonly waiting = new Map<string, (() => void)[]>();
  /** Tasks running or waiting, by key. */
  private readonly held = new Map<string, number>();
  /** The turn each key holding tasks was last served in: the key served longest ago (or never) goes next. */
  private readonly served = new Map<string, number>();
  private turns = 0;

  constructor(
    private readonly concurrency: number,
    private readonly perKey: number,
  ) {}

  /** Tasks running or waiting for `key`. */
  heldBy(key: string): number {
    return this.held.get(key) ?? 0;
  }

  /**
   * Runs `task` in `key`'s turn, or answers null at once when `key` already holds `perKey`
   * tasks. A task whose `signal` fired while it waited is not started: it rejects with the
   * signal's reason and gives its turn to the next.
   */
  tryRun<T>(key: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> | null {
    const held = this.heldBy(key);
    if (held >= this.perKey) return null;
    this.held.set(key, held + 1);
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        const reason: unknown = signal?.reason;
        const run = signal?.aborted
          ? Promise.reject(reason instanceof Error ? reason : new Error(String(reason)))
          : Promise.resolve().then(task);
        // The place is free before the caller hears the outcome.
        run
          .finally(() => {
            this.running -= 1;
            const left = this.heldBy(key) - 1;
            if (left > 0) this.held.set(key, left);
            else {
              this.held.delete(key);
              this.served.delete(key);
            }
            this.dispatch();
          })
          .then(resolve, reject);
      };
      const queue = this.waiting.get(key);
      if (queue) queue.push(start);
      else this.waiting.set(key, [start]);
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.running < this.concurrency && this.waiting.size) {
      // The waiting key served longest ago, or never; a linear look, as few keys wait at once
      // (each holds at most `perKey` tasks, and logins are rate-limited per address).
      let key: string | undefined;
      let oldest = Infinity;
      for (const candidate of this.waiting.keys()) {
        const turn = this.served.get(candidate) ?? -1;
        if (turn < oldest) [key, oldest] = [candidate, turn];
      }
      const queue = this.waiting.get(key!)!;
      const start = queue.shift()!;
      if (!queue.length) this.waiting.delete(key!);
      this.served.set(key!, (this.turns += 1));
      this.running += 1;
      start();
    }
  }
}
