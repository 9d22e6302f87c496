/**
 * How a candidate is ranked against an opening (DESIGN.md, "Browsing candidates"): talent
 * overlap first, then the same municipality, then enough hours. The API computes the same
 * score in SQL to sort and page; the weights live here so both agree, and the reason text
 * tells the employer why a card came first.
 */

/** Points per talent the opening wants and the candidate has. */
export const MATCH_POINTS_PER_TALENT = 10;
/** Points for living in the opening's municipality. */
export const MATCH_POINTS_SAME_MUNICIPALITY = 5;
/** Points when the candidate can work at least the opening's hours. */
export const MATCH_POINTS_HOURS_FIT = 3;

/** What is known about one candidate beside one opening. */
export interface CandidateMatchFacts {
  /** Talents the opening wants that the candidate has. */
  readonly talentsMatched: number;
  /** Talents the opening wants. */
  readonly talentsWanted: number;
  readonly sameMunicipality: boolean;
  /** The candidate's hours a week, if known. */
  readonly candidateHours: number | null;
  /** The opening's hours a week, if known. */
  readonly openingHours: number | null;
}

/** A candidate's match with an opening: the score it is sorted by and the reason shown. */
export interface CandidateMatch {
  readonly score: number;
  readonly talentsMatched: number;
  readonly talentsWanted: number;
  readonly sameMunicipality: boolean;
  /** null when either side's hours are unknown. */
  readonly hoursFit: boolean | null;
  /** e.g. "3 of 4 talents, same municipality, enough hours". */
  readonly reason: string;
}

/** Whether the candidate can work the opening's hours; null when either is unknown. */
export function hoursFit(candidateHours: number | null, openingHours: number | null): boolean | null {
  if (candidateHours == null || openingHours == null) return null;
  return candidateHours >= openingHours;
}

export function candidateMatch(facts: CandidateMatchFacts): CandidateMatch {
  const fit = hoursFit(facts.candidateHours, facts.openingHours);
  const score =
    facts.talentsMatched * MATCH_POINTS_PER_TALENT +
    (facts.sameMunicipality ? MATCH_POINTS_SAME_MUNICIPALITY : 0) +
    (fit ? MATCH_POINTS_HOURS_FIT : 0);
  const parts: string[] = [];
  if (facts.talentsWanted > 0) {
    parts.push(`${facts.talentsMatched} of ${facts.talentsWanted} talent${facts.talentsWanted === 1 ? '' : 's'}`);
  }
  if (facts.sameMunicipality) parts.push('same municipality');
  if (fit === true) parts.push('enough hours');
  if (fit === false) parts.push(`${facts.candidateHours} of ${facts.openingHours} hours`);
  return {
    score,
    talentsMatched: facts.talentsMatched,
    talentsWanted: facts.talentsWanted,
    sameMunicipality: facts.sameMunicipality,
    hoursFit: fit,
    reason: parts.length ? parts.join(', ') : 'no match with this opening',
  };
}
