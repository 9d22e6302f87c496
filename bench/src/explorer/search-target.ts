import type { GraphColumns } from './compact-graph';

/** The search box's own cap on suggestions (search-box.tsx). */
const SUGGESTIONS = 12;

/** Node indexes the search box suggests for `query`: labels starting with it first, then containing it. */
function suggestions(labels: readonly string[], query: string): number[] {
  const starts: number[] = [];
  const contains: number[] = [];
  for (const [i, label] of labels.entries()) {
    const lower = label.toLowerCase();
    if (lower.startsWith(query)) starts.push(i);
    else if (lower.includes(query)) contains.push(i);
    if (starts.length >= SUGGESTIONS) break;
  }
  return [...starts, ...contains].slice(0, SUGGESTIONS);
}

export interface SearchTarget {
  label: string;
  /** The letters to type: the shortest start of the label (three letters at least) that brings it up. */
  typed: string;
}

/**
 * A node to search for: an organisation whose label no other node has (so its suggestion is
 * unambiguous), the one found in the first few hundred that needs the fewest letters.
 */
export function searchTarget(columns: GraphColumns): SearchTarget {
  const labels = columns.nodeLabels.map((label) => label.toLowerCase());
  const seen = new Map<string, number>();
  for (const label of labels) seen.set(label, (seen.get(label) ?? 0) + 1);
  let best: SearchTarget | null = null;
  let tried = 0;
  for (const [i, kind] of columns.nodeKinds.entries()) {
    const label = columns.nodeLabels[i]!;
    if (kind !== 'ORGANIZATION' || label.trim().length < 3 || seen.get(labels[i]!) !== 1) continue;
    // Only starts shorter than the best so far are worth trying.
    const longest = Math.min(label.length, best ? best.typed.length - 1 : label.length);
    for (let length = 3; length <= longest; length += 1) {
      const typed = label.slice(0, length);
      if (suggestions(labels, typed.trim().toLowerCase()).includes(i)) {
        best = { label, typed };
        break;
      }
    }
    if ((best && best.typed.length <= 4) || ++tried >= 300) break;
  }
  if (!best) throw new Error('no organisation to search for in the graph');
  return best;
}
