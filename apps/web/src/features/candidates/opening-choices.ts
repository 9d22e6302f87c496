import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/format';

/** An opening the employer may pick, with what can tell two of the same title apart. */
export interface OpeningOption {
  id: string;
  title: string;
  hoursPerWeek?: number | null | undefined;
  municipalityName?: string | null | undefined;
  createdAt?: string | null | undefined;
}

/**
 * The openings as a picker's choices. An organisation often has several openings of one title
 * (a work trial place each spring); those are told apart by hours, place and the day each was
 * created, in the label itself so the chosen one reads right in the field too.
 */
export function openingChoices(
  openings: readonly OpeningOption[],
  t: TFunction,
  language: string,
): { value: string; label: string }[] {
  const uses = new Map<string, number>();
  for (const o of openings) uses.set(o.title, (uses.get(o.title) ?? 0) + 1);
  return openings.map((o) => {
    if ((uses.get(o.title) ?? 0) < 2) return { value: o.id, label: o.title };
    const details = [
      o.hoursPerWeek != null ? t('employer.candidates.hours', { count: o.hoursPerWeek }) : null,
      o.municipalityName,
      o.createdAt
        ? t('employer.candidates.openingCreated', { date: formatDate(o.createdAt, language) })
        : null,
    ].filter(Boolean);
    return { value: o.id, label: details.length ? `${o.title} (${details.join(', ')})` : o.title };
  });
}
