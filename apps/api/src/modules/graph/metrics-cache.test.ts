import { describe, expect, it } from 'vitest';
import { MetricsCache } from './metrics-cache';

describe('MetricsCache', () => {
  it('forgets the least recently used entry beyond its capacity', () => {
    const cache = new MetricsCache<number>(2);
    cache.set('a', 'g1', 1);
    cache.set('b', 'g1', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 'g1', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('drops the entries of older data when new data arrives', () => {
    const cache = new MetricsCache<number>(8);
    cache.set('a', 'g1', 1);
    cache.set('b', 'g1', 2);
    cache.set('a', 'g2', 10);
    expect(cache.size).toBe(1);
    expect(cache.get('a')).toBe(10);
    expect(cache.get('b')).toBeUndefined();
  });
});
