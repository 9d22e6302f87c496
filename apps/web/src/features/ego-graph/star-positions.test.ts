import { describe, expect, it } from 'vitest';
import { starPositions } from './star-positions';

describe('starPositions', () => {
  it("keeps every neighbour out of the arc right of the person, where the person's label is drawn", () => {
    for (const count of [1, 2, 3, 4, 7, 20]) {
      const positions = starPositions(count, 10);
      expect(positions).toHaveLength(count);
      for (const { x, y } of positions) {
        expect(Math.hypot(x, y)).toBeCloseTo(10);
        // At least 30° from the direction of the label (straight right).
        expect(Math.abs(Math.atan2(y, x))).toBeGreaterThanOrEqual(Math.PI / 6 - 1e-9);
      }
    }
  });

  it('spreads neighbours evenly: no two share a place', () => {
    const positions = starPositions(4, 10);
    const keys = new Set(positions.map(({ x, y }) => `${x.toFixed(3)},${y.toFixed(3)}`));
    expect(keys.size).toBe(4);
  });
});
