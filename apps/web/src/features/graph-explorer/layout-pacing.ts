/**
 * How often the running layout's positions are drawn. ForceAtlas2 iterates in its worker many
 * times a second, but every drawn frame costs the main thread: sigma re-processes the nodes and,
 * on software WebGL (headless Chromium, pnpm bench), the compositor waits for the GPU process
 * to raster the canvas — at 20,000 people about a second a frame. A key press or a hover
 * arriving then waits as long. So the picture is brought up to date
 * - no more than a quarter of the time: after a frame, three times its cost passes before the
 *   next;
 * - when frames cost more than an input may wait (or their cost is not known yet), not while
 *   the user is doing something: QUIET_MS after the last input, so typing, pointing and
 *   toggling are answered at once (and a pointer over the canvas finds nodes where they are
 *   drawn);
 * - but at least every MAX_STILL_MS, so the layout visibly progresses even under a busy hand.
 */
export const MIN_GAP_MS = 16;
export const QUIET_MS = 1500;
export const MAX_STILL_MS = 8000;
/** A frame that costs this little may interrupt the user: an input waits for it at most that long. */
export const INPUT_BUDGET_MS = 50;
/** A frame may take this share of the main thread, at most. */
const SHARE = 0.25;

export interface PacingState {
  /** When the last frame was drawn, or the layout started (performance.now()). */
  lastFrameAt: number;
  /** What the last frame cost the main thread, from writing positions to the task after it was on screen; NaN before the first. */
  lastFrameCostMs: number;
  /** When the user last did something (input-activity.ts). */
  lastInputAt: number;
}

/** How long to wait, from `now`, before drawing the layout's newest positions; 0 for now. */
export function nextFrameDelay(now: number, state: PacingState): number {
  const known = Number.isFinite(state.lastFrameCostMs);
  const cost = known ? state.lastFrameCostMs : 0;
  // The frame began at lastFrameAt and held the main thread for its cost; three times as long follows.
  const paced = state.lastFrameAt + Math.max(MIN_GAP_MS, cost / SHARE);
  const holds = !known || cost > INPUT_BUDGET_MS;
  const quiet = holds ? state.lastInputAt + QUIET_MS : Number.NEGATIVE_INFINITY;
  const due = Math.max(paced, Math.min(quiet, state.lastFrameAt + MAX_STILL_MS));
  return Math.max(0, due - now);
}
