/**
 * A small least-recently-used map of metric results. Keys carry the data version, so a write
 * makes every older entry unreachable; `dropOtherVersions` frees them at once.
 */
export class MetricsCache<V> {
  private readonly entries = new Map<string, { version: number; value: V }>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Re-inserting moves the key to the young end of the Map's insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, version: number, value: V): void {
    this.dropOtherVersions(version);
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  dropOtherVersions(version: number): void {
    for (const [key, entry] of this.entries) if (entry.version !== version) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
