/**
 * Runs `callback` once the next frame is on screen: in a task after the next rendering update,
 * which waits for the GL work of the frame just asked for.
 */
export function afterNextFrame(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}

/**
 * User timing for `pnpm bench` (bench/src/explorer): marks `names` once the next frame is on
 * screen. Each name is marked once per page: the first such frame is the one that counts.
 */
export function markAfterNextFrame(names: readonly string[]): void {
  if (names.length === 0) return;
  afterNextFrame(() => {
    for (const name of names)
      if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
  });
}

/**
 * User timing for `pnpm bench`: marks NEW_GRAPH_FRAME every time a new graph the renderer was
 * given is on screen (the whole graph after its hubs, a new filter's graph).
 */
export function markNewGraphFrame(): void {
  afterNextFrame(() => performance.mark(NEW_GRAPH_FRAME));
}

/** The first frame drawn. */
export const FIRST_FRAME = 'explorer:first-frame';
/** The first frame with every organisation and network at its final position, in sector colours. */
export const FIRST_USEFUL_FRAME = 'explorer:first-useful-frame';
/** The first frame with every node and tie drawn at its final position. */
export const FULL_FRAME = 'explorer:full-frame';
/** A frame with a graph that replaced the renderer's last one, each time. */
export const NEW_GRAPH_FRAME = 'explorer:new-graph-frame';
