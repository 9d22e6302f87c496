/**
 * The pure parts of the privacy rules (DESIGN.md, "Privacy is part of the product"). The API
 * enforces them; they live here so the API, the web app and the tests share one definition.
 */

/** Counts below this are suppressed in statistics shown to researchers. */
export const SMALL_COUNT_THRESHOLD = 5;

/** A count as a researcher may see it. */
export interface SuppressedCount {
  /** The count, or `null` when it is too small to show. */
  readonly value: number | null;
  readonly suppressed: boolean;
}

/**
 * Hides counts below SMALL_COUNT_THRESHOLD. Zero is hidden too: "none of the six participants
 * in Siljan is in work" tells something about every one of them, just as "two are" does.
 *
 * @throws RangeError when `n` is not a non-negative integer (a bug upstream, not user input).
 */
export function suppressSmallCount(n: number): SuppressedCount {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`@brobygger/domain/privacy: a count must be a non-negative integer, got ${n}`);
  }
  return n < SMALL_COUNT_THRESHOLD ? { value: null, suppressed: true } : { value: n, suppressed: false };
}

/**
 * The participant fields an employer's pseudonymous candidate card may contain. Never the
 * name, contact details, benefit, coordinator or public partner: those stay hidden until
 * the participant accepts an introduction.
 */
export const CANDIDATE_CARD_FIELDS = [
  'talents',
  'goals',
  'municipalityNumber',
  'municipalityName',
  'hoursPerWeek',
  'wishedIndustries',
] as const;
export type CandidateCardField = (typeof CANDIDATE_CARD_FIELDS)[number];

/** A candidate card built from `T`: only the allowed fields that `T` has. */
export type CandidateCard<T> = Pick<T, Extract<keyof T, CandidateCardField>>;

/**
 * Copies only the CANDIDATE_CARD_FIELDS out of a participant, so a field added to the
 * profile later stays hidden from employers until someone adds it to the list on purpose.
 */
export function toCandidateCard<T extends object>(participant: T): CandidateCard<T> {
  const card: Partial<Record<CandidateCardField, unknown>> = {};
  for (const field of CANDIDATE_CARD_FIELDS) {
    if (field in participant) card[field] = (participant as Record<string, unknown>)[field];
  }
  return card as CandidateCard<T>;
}
