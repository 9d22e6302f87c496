import type { AgreementStatus } from '@brobygger/domain';
import { addDays, maxDay, minDay, randomDay } from './dates';
import type { SeedContext } from './seed-context';

export interface Anchors {
  activated?: string | undefined;
  closed?: string | undefined;
  /** The agreement cannot begin before this day (an accepted introduction). */
  notBefore?: string | undefined;
}

export interface Timeline {
  created: string;
  proposed: string | null;
  activated: string | null;
  closed: string | null;
  start: string;
  end: string;
}

/**
 * The dates of one agreement in a given state, never before `lo` (its parties joined) nor after
 * today: created ≤ proposed ≤ activated ≤ closed, start ≤ end. Anchors pin the activation or
 * closing to a day in the participant's history.
 */
export function agreementTimeline(
  ctx: SeedContext,
  status: AgreementStatus,
  lo: string,
  anchors: Anchors,
  fromActive: boolean,
): Timeline {
  const { rng, today } = ctx;
  const yesterday = addDays(today, -1);
  const low = maxDay(lo, anchors.notBefore ?? lo);
  const before = (day: string, min: number, max: number): string =>
    maxDay(low, addDays(day, -rng.int(min, max)));
  if (status === 'DRAFT') {
    const created = randomDay(rng, maxDay(low, addDays(today, -60)), today);
    const start = addDays(created, rng.int(30, 90));
    return {
      created,
      proposed: null,
      activated: null,
      closed: null,
      start,
      end: addDays(start, rng.int(90, 180)),
    };
  }
  if (status === 'PROPOSED' || (status === 'TERMINATED' && !fromActive)) {
    const proposed =
      status === 'PROPOSED'
        ? randomDay(rng, maxDay(low, addDays(today, -45)), today)
        : randomDay(rng, low, maxDay(low, addDays(today, -45)));
    const closed =
      status === 'TERMINATED' ? minDay(today, addDays(proposed, rng.int(5, 40))) : null;
    const start = addDays(proposed, rng.int(14, 45));
    return {
      created: before(proposed, 0, 14),
      proposed,
      activated: null,
      closed,
      start,
      end: addDays(start, rng.int(90, 270)),
    };
  }
  if (status === 'ACTIVE') {
    const activated =
      anchors.activated ?? randomDay(rng, maxDay(low, addDays(today, -300)), yesterday);
    const proposed = before(activated, 3, 21);
    const end = maxDay(addDays(activated, rng.int(90, 365)), addDays(today, rng.int(14, 120)));
    return {
      created: before(proposed, 0, 14),
      proposed,
      activated,
      closed: null,
      start: activated,
      end,
    };
  }
  // COMPLETED, or TERMINATED after it had been active.
  const closed = anchors.closed ?? minDay(today, randomDay(rng, addDays(low, 30), yesterday));
  const activated =
    anchors.activated && anchors.activated <= closed && anchors.activated >= low
      ? anchors.activated
      : before(closed, 60, 200);
  const proposed = before(activated, 3, 21);
  const end = status === 'COMPLETED' ? closed : addDays(activated, rng.int(90, 365));
  return { created: before(proposed, 0, 14), proposed, activated, closed, start: activated, end };
}
