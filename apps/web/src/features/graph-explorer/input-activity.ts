/**
 * When the user last did something with the page: a key, a pointer moving or pressing, the
 * wheel, focus moving. The layout's frames wait for a quiet moment (layout-pacing.ts), because
 * at 20,000 people one frame holds the main thread for most of a second on software WebGL, and
 * a key or a hover arriving then would wait as long.
 */
const EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'focusin', 'touchstart'] as const;

let lastInput = Number.NEGATIVE_INFINITY;
let watchers = 0;

const note = () => {
  lastInput = performance.now();
};

/** The time (performance.now()) of the last input seen since watching began; −∞ if none. */
export function lastInputAt(): number {
  return lastInput;
}

/** Starts noticing input on the window; the returned function stops (once every watcher has). */
export function watchInput(): () => void {
  if (watchers === 0) {
    for (const type of EVENTS)
      window.addEventListener(type, note, { capture: true, passive: true });
  }
  watchers += 1;
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    watchers -= 1;
    if (watchers === 0) {
      for (const type of EVENTS) window.removeEventListener(type, note, { capture: true });
    }
  };
}
