/**
 * A small least-recently-used map of metric results. Each entry belongs to one generation of
 * the data (a content hash); a new generation makes older entries unreachable, and
 * `dropOtherGenerations` frees them at once.
 */
export class MetricsCache<V> {
  private readonly entries = new Map<string, { generation: string; value: V }>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Re-inserting moves the key to the young end of the Map's insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, generation: string, value: V): void {
    this.dropOtherGenerations(generation);
    this.entries.delete(key);
    this.entries.set(key, { generation, value });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  dropOtherGenerations(generation: string): void {
    for (const [key, entry] of this.entries) if (entry.generation !== generation) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }
}
