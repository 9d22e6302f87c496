import type { GraphNodeData } from './types';

export const MAX_SUGGESTIONS = 12;

// Each node list's labels in lower case, made once: a keystroke then only compares strings.
const lowered = new WeakMap<readonly GraphNodeData[], string[]>();

function lowerLabels(nodes: readonly GraphNodeData[]): string[] {
  let labels = lowered.get(nodes);
  if (!labels) {
    labels = nodes.map((node) => node.label.toLowerCase());
    lowered.set(nodes, labels);
  }
  return labels;
}

/** Names starting with the query first, then names containing it; a dozen at most. */
export function matchNodes(nodes: readonly GraphNodeData[], query: string): GraphNodeData[] {
  const q = query.trim().toLowerCase();
  if (q.length < 2) return [];
  const labels = lowerLabels(nodes);
  const starts: GraphNodeData[] = [];
  const contains: GraphNodeData[] = [];
  for (let i = 0; i < labels.length && starts.length < MAX_SUGGESTIONS; i += 1) {
    const label = labels[i]!;
    if (label.startsWith(q)) starts.push(nodes[i]!);
    else if (contains.length < MAX_SUGGESTIONS && label.includes(q)) contains.push(nodes[i]!);
  }
  return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
}
