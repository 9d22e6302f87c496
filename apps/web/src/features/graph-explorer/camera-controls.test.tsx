import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../test/render';
import { CameraControls } from './camera-controls';

function fakeRenderer(ratio: number) {
  const camera = {
    getState: () => ({ x: 0.5, y: 0.5, ratio, angle: 0 }),
    on: vi.fn(),
    off: vi.fn(),
    animatedZoom: vi.fn(() => Promise.resolve()),
    animatedUnzoom: vi.fn(() => Promise.resolve()),
    animatedReset: vi.fn(() => Promise.resolve()),
  };
  return { camera, renderer: { getCamera: () => camera } as unknown as Parameters<typeof CameraControls>[0]['renderer'] };
}

describe('the camera buttons', () => {
  it('are named buttons that zoom in, out and back to the whole graph', () => {
    const { camera, renderer } = fakeRenderer(0.5);
    renderWithMantine(<CameraControls renderer={renderer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom inn' }));
    fireEvent.click(screen.getByRole('button', { name: 'Zoom ut' }));
    fireEvent.click(screen.getByRole('button', { name: 'Vis hele kartet' }));
    expect(camera.animatedZoom).toHaveBeenCalledTimes(1);
    expect(camera.animatedUnzoom).toHaveBeenCalledTimes(1);
    expect(camera.animatedReset).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Zoom inn' }).getAttribute('aria-keyshortcuts')).toBe('+');
  });

  it('shows the zoom as a Norwegian percentage', () => {
    const { renderer } = fakeRenderer(0.5);
    renderWithMantine(<CameraControls renderer={renderer} />);
    expect(screen.getByTestId('zoom-level').textContent).toBe('200\u00a0%');
  });

  it('waits, disabled, until the canvas is ready', () => {
    renderWithMantine(<CameraControls renderer={null} />);
    expect(screen.getByRole('button', { name: 'Zoom inn' })).toHaveProperty('disabled', true);
  });
});
