import { describe, expect, it } from 'vitest';
import {
  INPUT_BUDGET_MS,
  MAX_STILL_MS,
  MIN_GAP_MS,
  QUIET_MS,
  nextFrameDelay,
} from './layout-pacing';

const idle = Number.NEGATIVE_INFINITY;
const unknown = Number.NaN;

describe("the pace of the layout's frames", () => {
  it('draws at once when the last frame was cheap and long enough ago', () => {
    expect(nextFrameDelay(1000, { lastFrameAt: 0, lastFrameCostMs: 20, lastInputAt: idle })).toBe(
      0,
    );
  });

  it('keeps a small gap between frames however cheap they are', () => {
    expect(nextFrameDelay(10, { lastFrameAt: 0, lastFrameCostMs: 1, lastInputAt: idle })).toBe(
      MIN_GAP_MS - 10,
    );
  });

  it('gives frames a quarter of the main thread: three times the last cost in between', () => {
    // A 1.2 s frame (20,000 people on software WebGL) is followed by 3.6 s for the user.
    expect(nextFrameDelay(1200, { lastFrameAt: 0, lastFrameCostMs: 1200, lastInputAt: idle })).toBe(
      3600,
    );
  });

  it('lets cheap frames go on while the user types or points', () => {
    expect(
      nextFrameDelay(100, {
        lastFrameAt: 0,
        lastFrameCostMs: INPUT_BUDGET_MS / 2,
        lastInputAt: 90,
      }),
    ).toBe(0);
  });

  it('holds costly frames, or frames of unknown cost, while the user types or points, and draws once they pause', () => {
    for (const cost of [INPUT_BUDGET_MS + 1, unknown]) {
      const state = { lastFrameAt: 0, lastFrameCostMs: cost, lastInputAt: 4000 };
      expect(nextFrameDelay(4100, state)).toBe(QUIET_MS - 100);
      expect(nextFrameDelay(4000 + QUIET_MS, state)).toBe(0);
    }
  });

  it('still draws every few seconds under a hand that never rests, so the layout is seen to move', () => {
    const busy = (now: number) =>
      nextFrameDelay(now, { lastFrameAt: 0, lastFrameCostMs: 100, lastInputAt: now });
    expect(busy(MAX_STILL_MS - 1000)).toBe(1000);
    expect(busy(MAX_STILL_MS)).toBe(0);
  });

  it('does not let the busy hand shorten the pace of costly frames', () => {
    expect(
      nextFrameDelay(MAX_STILL_MS, {
        lastFrameAt: 0,
        lastFrameCostMs: 4000,
        lastInputAt: MAX_STILL_MS,
      }),
    ).toBe(16000 - MAX_STILL_MS);
  });
});
