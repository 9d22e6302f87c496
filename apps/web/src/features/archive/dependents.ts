import type { TFunction } from 'i18next';

/** One kind of row that refers to a record or goes with it (the API's DependentCount). */
export interface Dependent {
  kind: string;
  count: number;
}

/** "3 avtaler", "1 tilknyttet person": a count in the reader's words, most first. */
export function dependentPhrases(t: TFunction, dependents: readonly Dependent[]): string[] {
  return [...dependents]
    .filter((d) => d.count > 0)
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
    .map((d) => t(`archive.dependents.${d.kind}`, { count: d.count }));
}

/** An IN_USE refusal's `params` (`{ agreements: 3, shortlistEntries: 1 }`) as the dependents it counts. */
export function dependentsOfParams(
  params: Readonly<Record<string, unknown>> | null | undefined,
): Dependent[] {
  return Object.entries(params ?? {})
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([key, count]) => ({
      kind: key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase(),
      count,
    }));
}
