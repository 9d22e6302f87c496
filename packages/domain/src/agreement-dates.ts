import { refuse, type MoveRefusal } from './agreement-problems';
import { isOnOrAfter } from './iso-date';

/** What the date rules read of an agreement. */
interface Dated {
  readonly startDate?: string | null;
  readonly endDate?: string | null;
}

/**
 * The date rules of the lifecycle moves. Proposing, activating and completing need the end on
 * or after the start (dates stored before that rule, or changed one at a time, can disagree).
 * With today known: nothing is proposed or activated after its end date, and nothing is
 * completed before its start date. Activating before the start date is allowed: the parties
 * sign ahead and the agreement runs from its first day. Signing and terminating have no date
 * rule: a party may sign any day, and an agreement may be stopped any day.
 */
export function dateRefusal(agreement: Dated, move: string, today?: string): MoveRefusal | null {
  if (move !== 'propose' && move !== 'activate' && move !== 'complete') return null;
  const { startDate, endDate } = agreement;
  if (startDate && endDate && !isOnOrAfter(endDate, startDate)) {
    return refuse(
      'endDate',
      'AGREEMENT_END_BEFORE_START',
      `The end date (${endDate}) is before the start date (${startDate}); correct the dates first.`,
      { startDate, endDate },
    );
  }
  if (!today) return null;
  if (move === 'complete' && startDate && !isOnOrAfter(today, startDate)) {
    return refuse(
      'startDate',
      'AGREEMENT_NOT_STARTED',
      `An agreement cannot be completed before it starts; it starts on ${startDate}.`,
      { startDate },
    );
  }
  if ((move === 'propose' || move === 'activate') && endDate && !isOnOrAfter(endDate, today)) {
    return refuse(
      'endDate',
      'AGREEMENT_ENDED',
      `The end date (${endDate}) has passed; move it before the agreement is ${move === 'propose' ? 'proposed' : 'activated'}.`,
      { endDate },
    );
  }
  return null;
}
