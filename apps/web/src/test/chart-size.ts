import { vi } from 'vitest';

const rect = (width: number, height: number): DOMRect => ({
  width,
  height,
  top: 0,
  left: 0,
  right: width,
  bottom: height,
  x: 0,
  y: 0,
  toJSON: () => ({}),
});

/**
 * jsdom lays nothing out: gives recharts' responsive containers a size, so the charts draw their
 * bars and axes, and every other element none. Call in beforeEach; vi.restoreAllMocks undoes it.
 */
export function sizeChartContainers(width: number, height: number): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('recharts-responsive-container') ? rect(width, height) : rect(0, 0);
  });
}
