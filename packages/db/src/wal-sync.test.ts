import { describe, expect, it } from 'vitest';
import { walSync } from './wal-sync';

/** A disk whose syncs the test finishes by hand, in order. */
function manualDisk() {
  const started: { path: string; done: () => void; fail: (error: Error) => void }[] = [];
  const fsync = (path: string) =>
    new Promise<void>((done, fail) => {
      started.push({ path, done, fail });
    });
  return { fsync, started };
}

const settled = async <T>(promise: Promise<T>) => {
  let state = 'pending';
  promise.then(
    () => (state = 'done'),
    () => (state = 'failed'),
  );
  // Lets every callback already due run first.
  await new Promise((next) => setImmediate(next));
  return state;
};

describe('syncing the WAL off the event loop', () => {
  it('syncs the WAL file the caller named', async () => {
    const disk = manualDisk();
    const sync = walSync('/data/brobygger.db-wal', disk.fsync);
    const first = sync();
    expect(disk.started.map((run) => run.path)).toEqual(['/data/brobygger.db-wal']);
    disk.started[0]!.done();
    await expect(first).resolves.toBeUndefined();
  });

  it('answers a commit made during a sync only after a sync that started later', async () => {
    const disk = manualDisk();
    const sync = walSync('db-wal', disk.fsync);
    const first = sync();
    const second = sync();
    expect(disk.started).toHaveLength(1);
    disk.started[0]!.done();
    expect(await settled(first)).toBe('done');
    // The second commit's frames may have been written after the first sync began.
    expect(await settled(second)).toBe('pending');
    expect(disk.started).toHaveLength(2);
    disk.started[1]!.done();
    expect(await settled(second)).toBe('done');
  });

  it('lets commits that wait together share one sync', async () => {
    const disk = manualDisk();
    const sync = walSync('db-wal', disk.fsync);
    void sync();
    const waiting = [sync(), sync(), sync()];
    disk.started[0]!.done();
    await new Promise((next) => setImmediate(next));
    expect(disk.started).toHaveLength(2);
    disk.started[1]!.done();
    await expect(Promise.all(waiting)).resolves.toHaveLength(3);
    expect(disk.started).toHaveLength(2);
  });

  it('fails the commits a failed sync covers, and syncs afresh for the next', async () => {
    const disk = manualDisk();
    const sync = walSync('db-wal', disk.fsync);
    const first = sync();
    const second = sync();
    disk.started[0]!.fail(new Error('EIO'));
    await expect(first).rejects.toThrow('EIO');
    // The commit that waited behind the failed sync gets a sync of its own.
    await new Promise((next) => setImmediate(next));
    disk.started[1]!.done();
    await expect(second).resolves.toBeUndefined();
    const third = sync();
    expect(disk.started).toHaveLength(3);
    disk.started[2]!.done();
    await expect(third).resolves.toBeUndefined();
  });
});
