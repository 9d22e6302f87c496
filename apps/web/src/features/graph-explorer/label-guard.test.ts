import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { describe, expect, it, vi } from 'vitest';
import { drawLabelApart, keepLabelsApart } from './label-guard';
import { labelBox, LabelSpace } from './labels';

/** A 2D context that measures every character 7 px wide and records what is written. */
function fakeContext() {
  const written: string[] = [];
  const context = {
    font: '',
    fillStyle: '',
    measureText: (text: string) => ({ width: text.length * 7 }),
    lineJoin: '',
    lineWidth: 0,
    strokeStyle: '',
    strokeText: () => {},
    fillText: (text: string) => written.push(text),
  };
  return { context: context as unknown as CanvasRenderingContext2D, written };
}

const settings = {
  labelSize: 12,
  labelWeight: 'normal',
  labelFont: 'Arial',
  labelColor: { color: '#000' },
} as unknown as Settings;

describe('labels kept apart', () => {
  it('knows when two label boxes cross', () => {
    const space = new LabelSpace();
    space.take(labelBox(100, 100, 5, 80, 12));
    expect(space.fits(labelBox(150, 104, 5, 80, 12))).toBe(false);
    expect(space.fits(labelBox(150, 130, 5, 80, 12))).toBe(true);
    expect(space.fits(labelBox(20, 100, 5, 60, 12))).toBe(true);
    space.clear();
    expect(space.fits(labelBox(150, 104, 5, 80, 12))).toBe(true);
  });

  it('leaves out a grid label that would cross a forced one, and draws the rest', () => {
    const { context, written } = fakeContext();
    let beforeRender = () => {};
    const forced = { x: 100, y: 100, size: 5, label: 'Kari Nordmann', color: '#000', forceLabel: true, hidden: false };
    const renderer = {
      getCanvases: () => ({ labels: { getContext: () => context } }),
      getSettings: () => settings,
      on: vi.fn((event: string, handler: () => void) => {
        if (event === 'beforeRender') beforeRender = handler;
      }),
      getNodeDisplayData: (id: string) => (id === 'kari' ? forced : undefined),
      framedGraphToViewport: (p: { x: number; y: number }) => p,
      scaleSize: (s: number) => s,
    } as unknown as Sigma;
    keepLabelsApart(renderer, () => ['kari']);
    beforeRender();

    // Sigma draws grid labels first: one crossing Kari's place, one far below.
    drawLabelApart(context, { x: 140, y: 103, size: 4, label: 'Ola', color: '#000' }, settings);
    drawLabelApart(context, { x: 140, y: 200, size: 4, label: 'Åse', color: '#000' }, settings);
    drawLabelApart(context, forced, settings);
    expect(written).toEqual(['Åse', 'Kari Nordmann']);

    // Each frame starts empty again.
    written.length = 0;
    beforeRender();
    drawLabelApart(context, { x: 300, y: 300, size: 4, label: 'Bjørn', color: '#000' }, settings);
    drawLabelApart(context, { x: 310, y: 302, size: 4, label: 'Nils', color: '#000' }, settings);
    expect(written).toEqual(['Bjørn']);
  });
});
