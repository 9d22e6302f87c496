import type { IntroductionStatus } from './enums';

/** Days a participant has to answer an introduction request. */
export const INTRODUCTION_DEADLINE_DAYS = 14;

/**
 * Months an accepted introduction keeps the participant's name and contact revealed to the
 * employer organisation, counted from the answer (the terms of use promise removal then).
 */
export const INTRODUCTION_REVEAL_MONTHS = 6;

/** The deadline of a request made at `requestedAt` (ISO), as ISO. */
export function introductionDeadline(requestedAt: Date): string {
  return new Date(requestedAt.getTime() + INTRODUCTION_DEADLINE_DAYS * 86_400_000).toISOString();
}

/** A stored status as it stands at `now`: a request past its deadline counts as EXPIRED. */
export function effectiveIntroductionStatus(
  status: IntroductionStatus,
  deadline: string | null,
  now: Date,
): IntroductionStatus {
  return status === 'REQUESTED' && deadline !== null && deadline < now.toISOString() ? 'EXPIRED' : status;
}

/** Until when an ACCEPTED introduction answered at `answeredAt` reveals the participant (ISO). */
export function revealedUntil(answeredAt: string): string {
  const until = new Date(answeredAt);
  until.setUTCMonth(until.getUTCMonth() + INTRODUCTION_REVEAL_MONTHS);
  return until.toISOString();
}
