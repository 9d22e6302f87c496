import { describe, expect, it, vi } from 'vitest';
import { cameraActionForKey, focusCameraState, FOCUS_MAX_RATIO, frameCameraState, runCameraAction, zoomPercent } from './camera';

describe('camera keys', () => {
  it('zooms with + and -, fits with 0, pans with arrows, ignores the rest', () => {
    expect(cameraActionForKey('+')).toEqual({ kind: 'zoomIn' });
    expect(cameraActionForKey('=')).toEqual({ kind: 'zoomIn' });
    expect(cameraActionForKey('-')).toEqual({ kind: 'zoomOut' });
    expect(cameraActionForKey('0')).toEqual({ kind: 'fit' });
    expect(cameraActionForKey('ArrowUp')).toEqual({ kind: 'pan', dx: 0, dy: 1 });
    expect(cameraActionForKey('a')).toBeNull();
    expect(cameraActionForKey('Enter')).toBeNull();
  });

  it('hands each action to the matching sigma camera call', async () => {
    const camera = {
      animatedZoom: vi.fn(() => Promise.resolve()),
      animatedUnzoom: vi.fn(() => Promise.resolve()),
      animatedReset: vi.fn(() => Promise.resolve()),
      animate: vi.fn(() => Promise.resolve()),
      getState: () => ({ x: 0.5, y: 0.5, ratio: 0.5, angle: 0 }),
    };
    const renderer = { getCamera: () => camera } as unknown as Parameters<typeof runCameraAction>[0];
    await runCameraAction(renderer, { kind: 'zoomIn' });
    await runCameraAction(renderer, { kind: 'zoomOut' });
    await runCameraAction(renderer, { kind: 'fit' });
    await runCameraAction(renderer, { kind: 'pan', dx: 1, dy: 0 });
    expect(camera.animatedZoom).toHaveBeenCalledWith(expect.objectContaining({ factor: 1.5 }));
    expect(camera.animatedUnzoom).toHaveBeenCalledWith(expect.objectContaining({ factor: 1.5 }));
    expect(camera.animatedReset).toHaveBeenCalled();
    const [target] = camera.animate.mock.calls[0] as unknown as [{ x: number; y: number }];
    expect(target.x).toBeGreaterThan(0.5);
    expect(target.y).toBe(0.5);
  });
});

describe('where the camera goes on a focus', () => {
  it('centres on the node and comes close enough to read, from the whole-graph view', () => {
    const state = focusCameraState({ x: 0.2, y: 0.7 }, [{ x: 0.25, y: 0.7 }], 1);
    expect(state.x).toBe(0.2);
    expect(state.y).toBe(0.7);
    expect(state.ratio).toBeCloseTo(0.13, 2);
  });

  it('never goes farther out than the focus ratio, nor than the user already zoomed in', () => {
    expect(focusCameraState({ x: 0, y: 0 }, [{ x: 1, y: 1 }], 1).ratio).toBe(FOCUS_MAX_RATIO);
    expect(focusCameraState({ x: 0, y: 0 }, [{ x: 0.1, y: 0 }], 0.1).ratio).toBe(0.1);
  });

  it('frames a set of nodes around their middle', () => {
    const state = frameCameraState([{ x: 0.2, y: 0.2 }, { x: 0.4, y: 0.6 }]);
    expect(state?.x).toBeCloseTo(0.3);
    expect(state?.y).toBeCloseTo(0.4);
    expect(frameCameraState([])).toBeNull();
  });

  it('states the zoom as people read it', () => {
    expect(zoomPercent(1)).toBe(100);
    expect(zoomPercent(1 / 1.5)).toBe(150);
    expect(zoomPercent(2)).toBe(50);
  });
});
