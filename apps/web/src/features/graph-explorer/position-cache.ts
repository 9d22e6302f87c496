/**
 * Node positions survive leaving the explorer: a module-level map (instant on return within
 * the tab) mirrored to sessionStorage (survives a reload). Keyed by node id, not by filter,
 * because a node keeps its place whichever filter shows it, so narrowing and widening the
 * view never starts the layout from scratch for nodes already placed.
 */
const STORAGE_KEY = 'brobygger.graph.positions';
const positions = new Map<string, { x: number; y: number }>();
let loaded = false;

function load(): void {
  if (loaded) return;
  loaded = true;
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return;
    const entries = JSON.parse(raw) as [string, number, number][];
    for (const [id, x, y] of entries) positions.set(id, { x, y });
  } catch {
    // A corrupt or foreign entry only costs a fresh layout.
  }
}

export function getPosition(id: string): { x: number; y: number } | undefined {
  load();
  return positions.get(id);
}

export function savePositions(nodes: Iterable<[string, number, number]>): void {
  load();
  for (const [id, x, y] of nodes) positions.set(id, { x, y });
  try {
    const entries = [...positions].map(([id, p]) => [id, Math.round(p.x * 100) / 100, Math.round(p.y * 100) / 100]);
    window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
  } catch {
    // Storage full: the in-memory cache still serves this tab.
  }
}
