/**
 * The list with the item at `index` moved one place up (-1) or down (+1); the same list when
 * the move would leave it (the first item up, the last down), so a caller can tell nothing moved.
 */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): readonly T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return items;
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** `items` in the order of `ids`, while a new order is on its way to the server; items the order does not name keep their place at the end. */
export function inOrder<T extends { id: string }>(
  items: readonly T[],
  ids: readonly string[] | null,
): readonly T[] {
  if (!ids) return items;
  const rank = new Map(ids.map((id, i) => [id, i]));
  return [...items].sort(
    (a, b) =>
      (rank.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.id) ?? Number.MAX_SAFE_INTEGER),
  );
}
