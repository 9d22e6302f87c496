import type { z } from 'zod';
import { isOnOrAfter } from '../iso-date';
import type { FieldLabel } from './labels';
import { messages } from './messages';

/**
 * Rules that involve more than one field. Each reports its issue on the field the user has
 * to change, so the form marks that field and the API names it in `extensions.field`.
 */

type Ctx = z.RefinementCtx;

/**
 * End on or after start, reported on the end field. Skipped when either is missing, so an
 * update that changes only one date is checked by the API against the stored other one.
 */
export function checkDateRange(
  value: Record<string, unknown>,
  ctx: Ctx,
  range: { start: string; end: string; startLabel: FieldLabel; endLabel: FieldLabel },
): void {
  const start = value[range.start];
  const end = value[range.end];
  if (typeof start !== 'string' || typeof end !== 'string') return;
  if (isOnOrAfter(end, start)) return;
  ctx.addIssue({
    code: 'custom',
    path: [range.end],
    message: messages().endBeforeStart(range.endLabel, range.startLabel, start),
    params: { reason: 'END_BEFORE_START', start },
  });
}

/**
 * Exactly one of a person and an organisation, reported on `personId`: a member or a party is
 * either someone or some organisation, never both and never neither.
 */
export function checkPersonOrOrganization(value: { personId?: unknown; organizationId?: unknown }, ctx: Ctx): void {
  const hasPerson = value.personId != null;
  const hasOrganization = value.organizationId != null;
  if (hasPerson !== hasOrganization) return;
  ctx.addIssue({
    code: 'custom',
    path: ['personId'],
    message: hasPerson ? messages().personAndOrganization() : messages().personOrOrganization(),
    params: { reason: hasPerson ? 'PERSON_AND_ORGANIZATION' : 'PERSON_OR_ORGANIZATION' },
  });
}

/**
 * No two entries with the same name, ignoring case and surrounding space; reported on the
 * later duplicate, e.g. `talents.2.name`.
 */
export function checkUniqueNames(
  items: readonly unknown[] | null | undefined,
  ctx: Ctx,
  where: { path: string; key?: string; label: FieldLabel },
): void {
  if (!items) return;
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const raw = where.key ? (item as Record<string, unknown> | null)?.[where.key] : item;
    if (typeof raw !== 'string') return;
    const name = raw.trim().toLocaleLowerCase('nb');
    if (seen.has(name)) {
      ctx.addIssue({
        code: 'custom',
        path: where.key ? [where.path, index, where.key] : [where.path, index],
        message: messages().listedTwice(where.label, raw.trim()),
        params: { reason: 'LISTED_TWICE', name: raw.trim() },
      });
    }
    seen.add(name);
  });
}
