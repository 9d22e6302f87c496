import type { GraphFilterInput } from './graph-types';

/** The same key for filters that mean the same: order of keys and list items, empty lists, false flags. */
export function filterKey(filter: GraphFilterInput | null | undefined): string {
  const canonical: Record<string, unknown> = {};
  for (const key of Object.keys(filter ?? {}).sort()) {
    const value = (filter as Record<string, unknown>)[key];
    if (value === null || value === undefined || value === false) continue;
    if (Array.isArray(value)) {
      if (value.length) canonical[key] = [...new Set(value as string[])].sort();
    } else canonical[key] = value;
  }
  return JSON.stringify(canonical);
}

