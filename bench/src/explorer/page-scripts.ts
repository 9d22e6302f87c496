/**
 * Observers installed in the app's page before its first script (context.addInitScript), so
 * they see everything from navigation on. They are strings, not functions: the bench's own
 * compiler would otherwise add helpers to them that do not exist in the page, and the app's
 * Content-Security-Policy forbids compiling them there from text (no 'unsafe-eval').
 */

export interface LongTask {
  start: number;
  duration: number;
}

/** Every main-thread task over 50 ms, as `window.__longTasks`. */
export const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

/** An Event Timing entry: a discrete input event (key, click, input…) and its handling. */
export interface InputEvent {
  name: string;
  start: number;
  processingStart: number;
  processingEnd: number;
  duration: number;
}

/**
 * Every input event whose duration (input to the next paint after its handlers) reaches 16 ms,
 * the API's smallest threshold, as `window.__inputEvents`. Shorter ones are not reported.
 */
export const OBSERVE_INPUT_EVENTS = `
  window.__inputEvents = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__inputEvents.push({
        name: e.name, start: e.startTime, processingStart: e.processingStart, processingEnd: e.processingEnd, duration: e.duration,
      });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

/** One mousemove: when the input happened and when the last of its listeners returned. */
export interface PointerMove {
  start: number;
  end: number;
}

/**
 * Event Timing leaves out mousemove, and sigma finds the node under the pointer (and the app
 * re-renders the hovered neighbourhood) inside its mousemove listener on the document. So every
 * mousemove is timed here the way Event Timing times a click, as processingEnd − startTime:
 * from the event's timeStamp (the input's own time) to the moment its dispatch is over. A
 * capture listener on window runs first; it adds a bubbling listener on window for this event
 * alone, which the DOM runs after every other listener on the event's path, sigma's included.
 */
export const OBSERVE_POINTER_MOVES = `
  window.__pointerMoves = [];
  let pending = null;
  window.addEventListener('mousemove', (event) => {
    // An event stopped before it bubbled leaves its listener behind: drop it.
    if (pending) window.removeEventListener('mousemove', pending);
    pending = (bubbled) => {
      if (bubbled !== event) return;
      window.removeEventListener('mousemove', pending);
      pending = null;
      window.__pointerMoves.push({ start: event.timeStamp, end: performance.now() });
    };
    window.addEventListener('mousemove', pending);
  }, { capture: true });
`;
