import type Sigma from 'sigma';
import type { CameraState } from 'sigma/types';

/** One press of zoom in or out multiplies or divides the camera's ratio by this. */
export const ZOOM_STEP = 1.5;
/** How far the camera may zoom in (ratio 1 shows the whole graph; smaller is closer). */
export const MIN_CAMERA_RATIO = 0.02;
export const MAX_CAMERA_RATIO = 4;
/** The ratio a focused node is brought to at most, close enough to read its neighbours' names. */
export const FOCUS_MAX_RATIO = 0.5;
const FOCUS_MIN_RATIO = 0.08;
/** An arrow key moves the view by this share of what is on screen. */
const PAN_SHARE = 0.15;

interface Point {
  x: number;
  y: number;
}

export type CameraAction = { kind: 'zoomIn' } | { kind: 'zoomOut' } | { kind: 'fit' } | { kind: 'pan'; dx: number; dy: number };

/**
 * Keys the canvas answers while it has focus: + and − zoom, 0 shows the whole graph, arrows
 * move the view. "=" is + without Shift on many layouts; numpad keys send the same characters.
 */
export function cameraActionForKey(key: string): CameraAction | null {
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoomIn' };
    case '-':
    case '_':
      return { kind: 'zoomOut' };
    case '0':
      return { kind: 'fit' };
    case 'ArrowLeft':
      return { kind: 'pan', dx: -1, dy: 0 };
    case 'ArrowRight':
      return { kind: 'pan', dx: 1, dy: 0 };
    // Sigma's graph space has y pointing up, as Gephi's does.
    case 'ArrowUp':
      return { kind: 'pan', dx: 0, dy: 1 };
    case 'ArrowDown':
      return { kind: 'pan', dx: 0, dy: -1 };
    default:
      return null;
  }
}

/** The zoom in percent of the whole-graph view, for people (ratio 0.5 is 200 %). */
export function zoomPercent(ratio: number): number {
  return Math.round(100 / ratio);
}

/**
 * Where the camera goes to show a focused node: centred on it, close enough that its nearest
 * ties fit on screen, never farther out than it already is nor closer than a few names.
 */
export function focusCameraState(node: Point, neighbours: readonly Point[], currentRatio: number): Partial<CameraState> {
  let reach = 0;
  for (const p of neighbours) reach = Math.max(reach, Math.hypot(p.x - node.x, p.y - node.y));
  // Twice the reach spans the screen's smaller side; a third more keeps the ends off its edge.
  const fitting = reach > 0 ? reach * 2.6 : FOCUS_MAX_RATIO / 2;
  const ratio = Math.max(FOCUS_MIN_RATIO, Math.min(fitting, FOCUS_MAX_RATIO, Math.max(currentRatio, FOCUS_MIN_RATIO)));
  return { x: node.x, y: node.y, ratio };
}

/** The camera framing a set of points (a bridge path) with some margin. */
export function frameCameraState(points: readonly Point[]): Partial<CameraState> | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  return {
    x: (Math.max(...xs) + Math.min(...xs)) / 2,
    y: (Math.max(...ys) + Math.min(...ys)) / 2,
    ratio: Math.min(1.2, Math.max(0.15, extent * 1.8)),
  };
}

/** Animations last this long, or no time at all for people who asked the system for less motion. */
export function motionDuration(ms: number): number {
  const reduce = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 0 : ms;
}

/** Carries out a zoom, fit or pan on a renderer's camera, animated. */
export function runCameraAction(renderer: Pick<Sigma, 'getCamera'>, action: CameraAction): Promise<void> {
  const camera = renderer.getCamera();
  const duration = motionDuration(250);
  switch (action.kind) {
    case 'zoomIn':
      return camera.animatedZoom({ factor: ZOOM_STEP, duration });
    case 'zoomOut':
      return camera.animatedUnzoom({ factor: ZOOM_STEP, duration });
    case 'fit':
      return camera.animatedReset({ duration: motionDuration(400) });
    case 'pan': {
      const { x, y, ratio } = camera.getState();
      return camera.animate({ x: x + action.dx * PAN_SHARE * ratio, y: y + action.dy * PAN_SHARE * ratio }, { duration: motionDuration(150) });
    }
  }
}
